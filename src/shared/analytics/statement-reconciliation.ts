import { decimalToUnits, formatAmount } from '../money/exact-amount';

/** One figure a statement printed about itself, as judged when it was imported. */
export interface StatedTotalCheck {
  label: string;
  measure: 'amount' | 'quantity' | 'lines' | 'records';
  currency: string | null;
  line: number | null;
  /** What the file states and what its imported lines add up to, as exact decimals or counts. */
  stated: string;
  found: string;
  /** The import's verdict: amounts agree when the sum rounded to the decimals the file prints is the stated figure. */
  matches: boolean;
}

/**
 * matched: every figure the file states agrees; mismatch: at least one does not; noStatedTotal:
 * the file states none (most distributor CSVs); notRecorded: imported before the workstation kept
 * files' own totals, so there is nothing to compare until the file is imported again.
 */
export type ReconciliationStatus = 'matched' | 'mismatch' | 'noStatedTotal' | 'notRecorded';

export function reconciliationStatus(checksKept: boolean, checks: readonly StatedTotalCheck[]): ReconciliationStatus {
  if (!checksKept) return 'notRecorded';
  if (checks.length === 0) return 'noStatedTotal';
  return checks.every((c) => c.matches) ? 'matched' : 'mismatch';
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const WHOLE_NUMBER = /^-?\d+$/;

/**
 * Imported minus stated, exactly, with at least the decimals the file printed; null when the
 * found side is no single figure (a total naming no currency over lines in several).
 */
export function statedDifference(check: StatedTotalCheck): string | null {
  if (check.measure !== 'amount') {
    return WHOLE_NUMBER.test(check.stated) && WHOLE_NUMBER.test(check.found) ? (BigInt(check.found) - BigInt(check.stated)).toString() : null;
  }
  if (!PLAIN_DECIMAL.test(check.stated) || !PLAIN_DECIMAL.test(check.found)) return null;
  const printed = check.stated.split('.')[1]?.length ?? 0;
  return formatAmount(decimalToUnits(check.found) - decimalToUnits(check.stated), printed);
}
