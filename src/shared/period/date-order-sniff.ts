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

/** Shared by the importer and the mapping wizard, so the wizard's first guess is the order the importer would read. */
export function sniffDateOrder(rows: readonly (readonly string[])[]): DateOrderEvidence {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const row of rows) {
    for (const cell of row) {
      const m = NUMERIC_DATE.exec(cell.trim());
      if (!m) continue;
      const [first, second] = [Number(m[1]), Number(m[2])];
      if (first > 12 && second <= 12) dayFirst++;
      else if (second > 12 && first <= 12) monthFirst++;
    }
  }
  return { order: dayFirst > 0 && monthFirst === 0 ? 'dmy' : 'mdy', mixed: dayFirst > 0 && monthFirst > 0 };
}
