import { formatAmount, joinAmount } from '../../shared/money/exact-amount';
import { formatDayNumber } from '../../shared/period/sale-period';
import type { Cell, ResultColumn } from '../../shared/query/query-spec';
import type { SelectPart } from './query-vocabulary';

const TYPES: Record<SelectPart['shape'], ResultColumn['type']> = {
  text: 'text', integer: 'integer', id: 'integer', money: 'decimal', rate: 'decimal', mean: 'decimal', reading: 'integer', percent: 'decimal',
  day: 'date', week: 'text', month: 'text', quarter: 'text', year: 'integer',
};

/** A gauge's mean reading is shown to two decimals; readings are whole numbers. */
const MEAN_DECIMALS = 2n;

/** Half away from zero, at the store's 1e-16 precision. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const q = (numerator * 2n) / denominator;
  return (q + (q >= 0n ? 1n : -1n)) / 2n;
}

export function resultColumns(parts: SelectPart[], baseCurrency: string): ResultColumn[] {
  return parts.map((p) => ({
    name: p.name,
    label: p.shape === 'money' || p.shape === 'rate' ? `${p.label} (${baseCurrency})` : p.label,
    type: TYPES[p.shape],
    ...(p.hidden ? { hidden: true } : {}),
  }));
}

function formatHundredths(hundredths: bigint): string {
  const negative = hundredths < 0n;
  const digits = (negative ? -hundredths : hundredths).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'bigint' ? Number(value) : (value as number);
}

/**
 * Raw SQL rows (read with safe integers, so sums arrive as BigInt) → contract cells: money as
 * exact decimal strings, periods as readable text, counts as numbers.
 */
export function shapeRow(raw: unknown[], parts: SelectPart[]): Cell[] {
  const cells: Cell[] = [];
  let i = 0;
  for (const part of parts) {
    const value = raw[i];
    switch (part.shape) {
      case 'money': {
        const hi = raw[i] ?? 0n;
        const lo = raw[i + 1] ?? 0n;
        cells.push(formatAmount(joinAmount(hi as bigint, lo as bigint)));
        i += 2;
        continue;
      }
      case 'rate': {
        const streams = BigInt((raw[i + 2] as bigint | null) ?? 0n);
        const revenue = joinAmount((raw[i] as bigint | null) ?? 0n, (raw[i + 1] as bigint | null) ?? 0n);
        cells.push(streams === 0n ? null : formatAmount(divideRounded(revenue * 1000n, streams)));
        i += 3;
        continue;
      }
      case 'mean': {
        const count = BigInt((raw[i + 1] as bigint | null) ?? 0n);
        const sum = BigInt((raw[i] as bigint | null) ?? 0n);
        cells.push(count === 0n ? null : formatHundredths(divideRounded(sum * 10n ** MEAN_DECIMALS, count)));
        i += 2;
        continue;
      }
      case 'day':
        cells.push(value === null ? null : formatDayNumber(toNumber(value)!));
        break;
      case 'week': {
        const w = toNumber(value);
        cells.push(w === null ? null : `${Math.floor(w / 100)}-W${String(w % 100).padStart(2, '0')}`);
        break;
      }
      case 'month': {
        const m = toNumber(value);
        cells.push(m === null ? null : `${Math.floor(m / 100)}-${String(m % 100).padStart(2, '0')}`);
        break;
      }
      case 'quarter': {
        const q = toNumber(value);
        cells.push(q === null ? null : `${Math.floor(q / 10)}-Q${q % 10}`);
        break;
      }
      case 'year':
      case 'integer':
        cells.push(toNumber(value) ?? 0);
        break;
      case 'id':
      case 'reading':
        cells.push(toNumber(value));
        break;
      case 'text':
      case 'percent':
        cells.push(value === null || value === undefined ? null : String(value));
        break;
    }
    i++;
  }
  return cells;
}
