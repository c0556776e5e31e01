import { AmountSyntaxError, parseAmount, roundAmount, withinLineRange } from '../../../shared/money/exact-amount';
import type { DsrRecord } from './dsr-record';

/** A record that cannot become a statement line; `record` is the line to blame (a licensor line, say). */
export class DsrRecordRejection extends Error {
  constructor(
    readonly record: DsrRecord,
    reason: string,
  ) {
    super(reason);
  }
}

const ONE = 10n ** 16n;

/**
 * Which cell holds the label's money, most specific to the recipient first. Licensor lines (LI)
 * carry the amount due to each rights controller; a usage or summary record may carry an
 * allocated figure (bilateral cells, UGC, SY02/SY05) and otherwise only the DSP's net revenue.
 */
export const LICENSOR_AMOUNT = ['AllocatedAmount', 'AllocatedNetRevenue', 'AllocatedRevenue'];
export const USAGE_AMOUNT = ['AllocatedAmount', 'AllocatedRevenue', 'AllocatedNetRevenue', 'NetRevenue'];
/** SY02 calls the amount payable "AllocatedRevenue"; SY05 calls the amount due "AllocatedNetRevenue". */
export const SUMMARY_AMOUNT = ['AllocatedRevenue', 'AllocatedNetRevenue', 'AllocatedAmount', 'NetRevenue'];
/** Usage counts by record type: SU02 NumberOfStreams, SU01/SU03 Usages, others NumberOfUsages. */
const COUNT_CELLS = ['NumberOfStreams', 'Usages', 'NumberOfUsages', 'NumberOfDownloads', 'NumberOfSales', 'NumberOfBroadcasts'];

/** A decimal cell in exact 1e-16 units. */
export function readDecimal(record: DsrRecord, cell: string, text: string): bigint {
  try {
    return parseAmount(text);
  } catch (error) {
    if (error instanceof AmountSyntaxError) throw new DsrRecordRejection(record, `${record.type} cell "${cell}": ${error.message}`);
    throw error;
  }
}

/** The first money cell of `cells` that has a value, or null when the record carries none. */
export function amountOf(record: DsrRecord, cells: readonly string[]): { cell: string; amount: bigint } | null {
  const found = record.first(...cells);
  if (!found) return null;
  const amount = readDecimal(record, found.name, found.text);
  if (!withinLineRange(amount)) throw new DsrRecordRejection(record, `${record.type} cell "${found.name}": "${found.text}" is more than a statement line can earn (at most 10,000,000,000 either way)`);
  return { cell: found.name, amount };
}

/**
 * Units sold or streamed, net of returns (SU01). UGC usages may be decimal ("400.25"); the stored
 * quantity is whole, so it is rounded half away from zero and the printed figure kept in `extra`.
 */
export function quantityOf(usage: DsrRecord, extra: Record<string, string>): number {
  const count = usage.first(...COUNT_CELLS);
  if (!count) throw new DsrRecordRejection(usage, `${usage.type} has no usage count (${COUNT_CELLS.slice(0, 3).join(', ')} are all empty)`);
  let units = readDecimal(usage, count.name, count.text);
  const returns = usage.first('Returns');
  if (returns) {
    units -= readDecimal(usage, 'Returns', returns.text);
    extra.returns = returns.text;
  }
  if (units % ONE !== 0n) extra.usages_as_printed = count.text;
  const whole = roundAmount(units, 0) / ONE;
  if (whole > BigInt(Number.MAX_SAFE_INTEGER) || -whole > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new DsrRecordRejection(usage, `${usage.type} cell "${count.name}": "${count.text}" is out of range`);
  }
  return Number(whole);
}

/** An ISO 4217 code, upper-cased. */
export function currencyCode(record: DsrRecord, text: string): string {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new DsrRecordRejection(record, `${record.type}: "${text}" is not a currency code`);
  return code;
}
