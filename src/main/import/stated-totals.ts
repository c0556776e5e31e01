/**
 * Figures a statement prints about itself: a totals row (`Total`, `Gesamt`, `合計`) or Apple's
 * trailer rows (`Total_Rows`, `Total_Amount`, `Total_Units`). A format reads them (see
 * StatementFormat.statedTotals) and the pipeline checks the import against them.
 */
export interface StatedTotal {
  /** How the file names the figure, for messages: `Total_Amount`, `Gesamt (Royalties)`. */
  label: string;
  /** amount: earned money; quantity: units; lines: statement rows the file says it has. */
  measure: 'amount' | 'quantity' | 'lines';
  /** An amount in 1e-16 units; a quantity or a row count as a whole number. */
  value: bigint;
  /** An amount's printed precision: the imported sum is rounded to it, then compared exactly. */
  decimals: number;
  /** The amount's currency; null when the row names none and the file's one currency is meant. */
  currency: string | null;
}

/**
 * The first cell of a totals or trailer row, in the languages statements come in: English
 * (`Total`, `Totals:`, `Grand Total`), Apple's `Total_Rows`-style names, French, German, Dutch,
 * Italian and Japanese. A store, a date or a title is never spelt like this, so such a row is
 * never a sale.
 */
const TOTALS_LABEL = /^(?:(?:grand )?totals?|total_[a-z][a-z_]*|total général|totaal|totale|gesamt|gesamtsumme|summe|合計|総計|row count)\s*:?$/iu;

export function isTotalsLabel(text: string): boolean {
  return TOTALS_LABEL.test(text.normalize('NFC').trim());
}

const ONE = 10n ** 16n;

/**
 * The decimals a total is printed with: the digits after its last `.` or `,` (`19.985` → 3,
 * `6,56651` → 5). When the figure read is whole although digits other than zeros follow the
 * mark (`1,234` read as 1234), the mark grouped thousands and the total has no decimals. A
 * total in scientific notation is compared to the last unit the app keeps.
 */
function precisionOf(printed: string, value: bigint): number {
  const text = printed.trim();
  if (/\d[eE][+-]?\d/.test(text)) return 16;
  const m = /[.,](\d+)\)?\s*$/.exec(text);
  if (!m) return 0;
  if (value % ONE === 0n && /[1-9]/.test(m[1]!)) return 0;
  return Math.min(m[1]!.length, 16);
}

/** A stated amount, its precision read from the text as printed. */
export function statedAmount(label: string, printed: string, value: bigint, currency: string | null): StatedTotal {
  return { label, measure: 'amount', value, decimals: precisionOf(printed, value), currency };
}

/** A stated unit count or row count. */
export function statedCount(label: string, measure: 'quantity' | 'lines', value: number): StatedTotal {
  return { label, measure, value: BigInt(value), decimals: 0, currency: null };
}
