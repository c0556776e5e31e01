import { splitAmount } from '../../shared/money/exact-amount';
import type { SaleType } from '../catalogue/platform-catalogue';
import type { LocatedTotal } from './reconciliation';
import type { GaugeReading, PreparedLine, StatementLineDraft } from './statement-line';

/**
 * Statement lines read on one thread and written on another travel as a LineBatch: numbers in
 * typed arrays whose buffers are handed over rather than copied, and text as indexes into one
 * list of distinct strings (a statement repeats its stores, countries, titles and kept columns
 * on line after line, so each is sent once per batch). Rows that are not plain lines (gauges,
 * quarantined lines, skipped rows, stated totals, warnings) are few and travel as objects, each
 * placed before the line it preceded in the file.
 */
export interface LineBatch {
  count: number;
  lineNo: Float64Array;
  saleStart: Int32Array;
  saleEnd: Int32Array;
  /** 0: no reporting day. */
  reportingDay: Int32Array;
  quantity: Float64Array;
  /** The amount's stored halves (see splitAmount); NaN in amountHi: the amount is in `largeAmounts`. */
  amountHi: Float64Array;
  amountLo: Float64Array;
  /** TEXT_COLUMNS.length indexes into `strings` per line; -1 for none. */
  text: Int32Array;
  strings: string[];
  /** Amounts whose 1e-8 part is past 2^53, by line index, as decimal 1e-16 units. */
  largeAmounts: [number, string][];
  others: OtherRow[];
  /** Earned amount per currency of the batch's lines, as decimal 1e-16 units. */
  totals: [string, string][];
}

export type OtherRowContent =
  | { kind: 'gauges'; line: number; readings: GaugeReading[] }
  | { kind: 'quarantine'; line: number; reason: string; raw: string }
  | { kind: 'skip' }
  | { kind: 'total'; located: LocatedTotal }
  | { kind: 'warning'; text: string };

/** A row that is not a plain line, placed before the batch's `before`-th line (or after the last). */
export type OtherRow = OtherRowContent & { before: number };

/** The text columns, in the order a line's indexes are kept in `text`. */
const TEXT_COLUMNS = ['platform', 'territory', 'artist', 'releaseTitle', 'recordingTitle', 'isrc', 'upc', 'saleType', 'currency', 'extraJson'] as const;
const WIDTH = TEXT_COLUMNS.length;

/** Builds a batch line by line on the reading thread. */
export class LineBatchBuilder {
  private count = 0;
  private readonly lineNo: Float64Array;
  private readonly saleStart: Int32Array;
  private readonly saleEnd: Int32Array;
  private readonly reportingDay: Int32Array;
  private readonly quantity: Float64Array;
  private readonly amountHi: Float64Array;
  private readonly amountLo: Float64Array;
  private readonly text: Int32Array;
  private readonly stringIndex = new Map<string, number>();
  private readonly strings: string[] = [];
  private readonly largeAmounts: [number, string][] = [];
  private readonly others: OtherRow[] = [];
  private readonly totals = new Map<string, bigint>();
  /** Each text column's value on the previous line and its index: a column often repeats line after line. */
  private readonly lastText = new Array<string | null | undefined>(WIDTH).fill(undefined);
  private readonly lastIndex = new Int32Array(WIDTH);
  /** The previous line's kept columns: most lines keep the same ones, and need not be written as JSON again. */
  private lastExtra: Record<string, string> | null = null;

  constructor(readonly capacity: number) {
    this.lineNo = new Float64Array(capacity);
    this.saleStart = new Int32Array(capacity);
    this.saleEnd = new Int32Array(capacity);
    this.reportingDay = new Int32Array(capacity);
    this.quantity = new Float64Array(capacity);
    this.amountHi = new Float64Array(capacity);
    this.amountLo = new Float64Array(capacity);
    this.text = new Int32Array(capacity * WIDTH);
  }

  get full(): boolean {
    return this.count === this.capacity;
  }

  /** Rows of any kind held: a batch with none need not be sent. */
  get size(): number {
    return this.count + this.others.length;
  }

  line(draft: StatementLineDraft, line: number): void {
    const i = this.count++;
    this.lineNo[i] = line;
    this.saleStart[i] = draft.sale.start;
    this.saleEnd[i] = draft.sale.end;
    this.reportingDay[i] = draft.reportingDay ?? 0;
    this.quantity[i] = draft.quantity;
    const { hi, lo } = splitAmount(draft.amount);
    if (hi <= BigInt(Number.MAX_SAFE_INTEGER) && hi >= -BigInt(Number.MAX_SAFE_INTEGER)) {
      this.amountHi[i] = Number(hi);
      this.amountLo[i] = Number(lo);
    } else {
      this.amountHi[i] = NaN;
      this.largeAmounts.push([i, draft.amount.toString()]);
    }
    this.totals.set(draft.currency, (this.totals.get(draft.currency) ?? 0n) + draft.amount);
    const at = i * WIDTH;
    this.text[at] = this.textIndex(0, draft.platform);
    this.text[at + 1] = this.textIndex(1, draft.territory);
    this.text[at + 2] = this.textIndex(2, draft.artist);
    this.text[at + 3] = this.textIndex(3, draft.releaseTitle);
    this.text[at + 4] = this.textIndex(4, draft.recordingTitle);
    this.text[at + 5] = this.textIndex(5, draft.isrc);
    this.text[at + 6] = this.textIndex(6, draft.upc);
    this.text[at + 7] = this.textIndex(7, draft.saleType);
    this.text[at + 8] = this.textIndex(8, draft.currency);
    if (this.lastExtra === null || !sameRecord(draft.extra, this.lastExtra)) {
      this.lastExtra = draft.extra;
      this.lastIndex[9] = this.stringOf(extraText(draft.extra));
    }
    this.text[at + 9] = this.lastIndex[9]!;
  }

  other(row: OtherRowContent): void {
    this.others.push({ ...row, before: this.count });
  }

  /** The batch and the buffers to hand over with it. */
  build(): { batch: LineBatch; transfer: ArrayBuffer[] } {
    const batch: LineBatch = {
      count: this.count,
      lineNo: this.lineNo,
      saleStart: this.saleStart,
      saleEnd: this.saleEnd,
      reportingDay: this.reportingDay,
      quantity: this.quantity,
      amountHi: this.amountHi,
      amountLo: this.amountLo,
      text: this.text,
      strings: this.strings,
      largeAmounts: this.largeAmounts,
      others: this.others,
      totals: [...this.totals].map(([currency, units]) => [currency, units.toString()]),
    };
    const transfer = [batch.lineNo, batch.saleStart, batch.saleEnd, batch.reportingDay, batch.quantity, batch.amountHi, batch.amountLo, batch.text]
      .map((column) => column.buffer as ArrayBuffer);
    return { batch, transfer };
  }

  private textIndex(column: number, text: string | null): number {
    if (text !== this.lastText[column]) {
      this.lastText[column] = text;
      this.lastIndex[column] = this.stringOf(text);
    }
    return this.lastIndex[column]!;
  }

  private stringOf(text: string | null): number {
    if (text === null) return -1;
    let index = this.stringIndex.get(text);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(text);
      this.stringIndex.set(text, index);
    }
    return index;
  }
}

/** The same keys with the same values (JSON written from either holds the same object). */
function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  let keys = 0;
  for (const key in a) {
    if (!Object.hasOwn(a, key)) continue;
    if (a[key] !== b[key] || !Object.hasOwn(b, key)) return false;
    keys++;
  }
  for (const key in b) if (Object.hasOwn(b, key)) keys--;
  return keys === 0;
}

function extraText(extra: Record<string, string>): string | null {
  for (const key in extra) if (Object.hasOwn(extra, key)) return JSON.stringify(extra);
  return null;
}

/** Reads a batch's lines on the writing thread, into one PreparedLine reused line after line. */
export class LineBatchReader {
  readonly line: PreparedLine = {
    line: 0, saleStart: 0, saleEnd: 0, reportingDay: null, platform: '', territory: '', artist: '', releaseTitle: null,
    recordingTitle: null, isrc: null, upc: null, saleType: null, quantity: 0, currency: '', amountHi: 0, amountLo: 0, extraJson: null,
  };
  private readonly large: Map<number, string>;

  constructor(readonly batch: LineBatch) {
    this.large = new Map(batch.largeAmounts);
  }

  /** Fills `line` with the batch's i-th line. */
  read(i: number): PreparedLine {
    const { batch, line } = this;
    const { strings, text } = batch;
    const at = i * WIDTH;
    line.line = batch.lineNo[i]!;
    line.saleStart = batch.saleStart[i]!;
    line.saleEnd = batch.saleEnd[i]!;
    line.reportingDay = batch.reportingDay[i] === 0 ? null : batch.reportingDay[i]!;
    line.quantity = batch.quantity[i]!;
    const hi = batch.amountHi[i]!;
    if (Number.isNaN(hi)) {
      const split = splitAmount(BigInt(this.large.get(i)!));
      line.amountHi = split.hi;
      line.amountLo = split.lo;
    } else {
      line.amountHi = hi;
      line.amountLo = batch.amountLo[i]!;
    }
    line.platform = strings[text[at]!]!;
    line.territory = strings[text[at + 1]!]!;
    line.artist = strings[text[at + 2]!]!;
    line.releaseTitle = stringAt(strings, text[at + 3]!);
    line.recordingTitle = stringAt(strings, text[at + 4]!);
    line.isrc = stringAt(strings, text[at + 5]!);
    line.upc = stringAt(strings, text[at + 6]!);
    line.saleType = stringAt(strings, text[at + 7]!) as SaleType | null;
    line.currency = strings[text[at + 8]!]!;
    line.extraJson = stringAt(strings, text[at + 9]!);
    return line;
  }
}

const stringAt = (strings: string[], index: number): string | null => (index < 0 ? null : strings[index]!);
