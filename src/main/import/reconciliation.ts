import { formatAmount, roundAmount } from '../../shared/money/exact-amount';
import type { StatedTotal } from './stated-totals';

/** One figure a file states about itself, next to what the import found. */
export interface ReconciliationCheck {
  /** How the file names the figure: `Total_Amount`, `Gesamt (Royalties)`, `FOOT NumberOfLinesInFile`. */
  label: string;
  /** amount, quantity and lines are checked against the imported lines; records are DDEX FOOT counts. */
  measure: 'amount' | 'quantity' | 'lines' | 'records';
  currency: string | null;
  /** The line the figure is printed on. */
  line: number | null;
  /** Both figures as exact decimals (amounts at least at the precision the file prints). */
  stated: string;
  found: string;
}

/** Every figure checked, and those that disagree (the same objects). */
export interface Reconciliation {
  checked: ReconciliationCheck[];
  mismatches: ReconciliationCheck[];
}

/** What a document's import came to, for the comparison. */
export interface ImportedFigures {
  /** Statement lines read, imported or quarantined: the rows a file's row count counts. */
  lines: number;
  quantity: number;
  /** Earned amount per currency in 1e-16 units. */
  amounts: ReadonlyMap<string, bigint>;
}

export interface LocatedTotal {
  line: number;
  total: StatedTotal;
}

interface Judged {
  check: ReconciliationCheck;
  matches: boolean;
}

function amountCheck({ line, total }: LocatedTotal, amounts: ReadonlyMap<string, bigint>): Judged {
  const base = { label: total.label, measure: 'amount' as const, line, stated: formatAmount(total.value, total.decimals) };
  const currencies = [...amounts.keys()].sort();
  const currency = total.currency ?? (currencies.length === 1 ? currencies[0]! : null);
  if (currency === null) {
    // A total without a currency over lines in several currencies cannot be told apart.
    const found = currencies.map((c) => `${formatAmount(amounts.get(c)!, total.decimals)} ${c}`).join(' + ') || 'nothing';
    return { check: { ...base, currency: null, found }, matches: false };
  }
  const sum = amounts.get(currency) ?? 0n;
  // A total printed to the cent is compared with the sum rounded to the cent, exactly.
  const matches = roundAmount(sum, total.decimals) === total.value;
  return { check: { ...base, currency, found: formatAmount(sum, total.decimals) }, matches };
}

function countCheck({ line, total }: LocatedTotal, found: number): Judged {
  const check: ReconciliationCheck = {
    label: total.label, measure: total.measure, currency: null, line, stated: total.value.toString(), found: String(found),
  };
  return { check, matches: total.value === BigInt(found) };
}

/** Judges every stated total against the import, exactly (BigInt, never a float). */
export function reconcile(stated: readonly LocatedTotal[], imported: ImportedFigures): Reconciliation {
  const judged = stated.map((located) => {
    if (located.total.measure === 'amount') return amountCheck(located, imported.amounts);
    return countCheck(located, located.total.measure === 'quantity' ? imported.quantity : imported.lines);
  });
  return { checked: judged.map((j) => j.check), mismatches: judged.filter((j) => !j.matches).map((j) => j.check) };
}

/** One sentence naming both figures. */
export function describeMismatch(check: ReconciliationCheck): string {
  const where = check.line === null ? '' : ` (line ${check.line})`;
  const stated = `the file states ${check.label} = ${check.stated}`;
  switch (check.measure) {
    case 'amount':
      return check.currency === null
        ? `${stated}${where} without naming a currency, but its lines are in several: ${check.found}`
        : `${stated} ${check.currency}${where}, but the imported lines add up to ${check.found} ${check.currency}`;
    case 'quantity':
      return `${stated} units${where}, but the imported lines add up to ${check.found} units`;
    case 'lines':
      return `${stated} rows${where}, but ${check.found} statement lines were read`;
    case 'records':
      return `${stated}${where}, but the file has ${check.found}`;
  }
}
