import type { DateOrder } from './sale-period';

/**
 * `03/04/2025`, `13/04/25 00:00`: the slash dates the period reader takes either way round. Other
 * spellings read one way only, and a hyphenated `13-04-25` is as likely a catalogue number.
 */
const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})\/(?:\d{2}|\d{4})(?:\s|$)/;

/** How a statement writes its numeric dates, as far as the rows below its header tell. */
export interface DateOrderEvidence {
  /** `dmy` once a date can only be day first and none only month first; otherwise month first, as US statements write. */
  order: DateOrder;
  /** A date that can only be day first and another that can only be month first. */
  mixed: boolean;
}

/** A date as printed (a time after it left off), and its row among the rows sniffed (0-based). */
export interface SniffedDate {
  cell: string;
  row: number;
}

/** The evidence with the dates behind it, for saying why an order was chosen. */
export interface DateOrderWitness extends DateOrderEvidence {
  /** The first date that can only be day first (its first number over 12), if any. */
  dayFirst: SniffedDate | null;
  /** The first date that can only be month first (its second number over 12), if any. */
  monthFirst: SniffedDate | null;
  /** Slash dates seen, whichever way they fit. */
  dates: number;
}

/** sniffDateOrder's reading with the dates that decided it. */
export function witnessDateOrder(rows: readonly (readonly string[])[]): DateOrderWitness {
  let dayFirst: SniffedDate | null = null;
  let monthFirst: SniffedDate | null = null;
  let dates = 0;
  for (const [at, row] of rows.entries()) {
    for (const cell of row) {
      const m = NUMERIC_DATE.exec(cell.trim());
      if (!m) continue;
      dates++;
      const [first, second] = [Number(m[1]), Number(m[2])];
      if (first > 12 && second <= 12) dayFirst ??= { cell: m[0].trim(), row: at };
      else if (second > 12 && first <= 12) monthFirst ??= { cell: m[0].trim(), row: at };
    }
  }
  const order = dayFirst !== null && monthFirst === null ? 'dmy' : 'mdy';
  return { order, mixed: dayFirst !== null && monthFirst !== null, dayFirst, monthFirst, dates };
}

/** Shared by the importer and the mapping wizard, so the wizard's first guess is the order the importer would read. */
export function sniffDateOrder(rows: readonly (readonly string[])[]): DateOrderEvidence {
  const { order, mixed } = witnessDateOrder(rows);
  return { order, mixed };
}
