import type { Completeness } from '../../../../shared/analytics/completeness-contract';
import { monthLabel } from '../../format/calendar-text';
import { countText } from '../../format/figures-text';
import { countOf } from './health-text';

export type CellState = Completeness['platforms'][number]['cells'][number]['state'];

export interface StateLook {
  /** A shape of its own per state, so the grid reads without its colours. */
  symbol: string;
  label: string;
  meaning: string;
}

/** In the order the legend lists them: what needs chasing first. */
export const CELL_STATES: Record<CellState, StateLook> = {
  missing: { symbol: '✕', label: 'Missing', meaning: 'no sales, though a later month has some' },
  late: { symbol: '!', label: 'Late', meaning: 'no sales yet, and the platform usually has reported by now' },
  notDue: { symbol: '…', label: 'Not due yet', meaning: 'no sales yet, none expected yet' },
  present: { symbol: '✓', label: 'Present', meaning: 'sales imported' },
  beforeFirst: { symbol: '·', label: 'Before first', meaning: 'before the platform’s first month' },
};

export interface GridCell {
  month: string;
  state: CellState;
  /** The whole verdict for a tooltip: platform, month, state and why. */
  title: string;
}

export interface GridRow {
  platformId: number;
  name: string;
  /** How the platform's reporting lag reads, e.g. "reports after 2 months". */
  lag: string;
  cells: GridCell[];
}

function lagText(platform: Completeness['platforms'][number]): string {
  if (platform.lagMonths === null) return 'no reports yet';
  if (platform.dueAfterMonths === 0) return 'reports within the month';
  return `reports after ${countOf(platform.dueAfterMonths, 'month')}`;
}

function cellTitle(platform: string, month: string, state: CellState, lagMonths: number | null): string {
  const look = CELL_STATES[state];
  const lag = state === 'present' && lagMonths !== null ? ` (first reported ${lagMonths === 0 ? 'the same month' : `${countOf(lagMonths, 'month')} later`})` : '';
  return `${platform}, ${monthLabel(month)}: ${look.label.toLowerCase()} — ${look.meaning}${lag}`;
}

/** One row per platform, one cell per sale month, each cell told in words as well as by a symbol. */
export function completenessRows(completeness: Completeness): GridRow[] {
  return completeness.platforms.map((platform) => ({
    platformId: platform.platformId,
    name: platform.name,
    lag: lagText(platform),
    cells: platform.cells.map((cell) => ({ month: cell.month, state: cell.state, title: cellTitle(platform.name, cell.month, cell.state, cell.lagMonths) })),
  }));
}

/** "2 missing · 1 late", or that nothing is. */
export function attentionText(summary: Partial<Record<CellState, number>>): string {
  const missing = summary.missing ?? 0;
  const late = summary.late ?? 0;
  if (missing === 0 && late === 0) return 'Nothing missing or late';
  return `${countText(missing)} missing · ${countText(late)} late`;
}

/** A month column's heading: "Nov" over "2026", and the whole month for screen readers and tooltips. */
export function monthHeading(month: string): { short: string; year: string; full: string } {
  const full = monthLabel(month);
  return { short: full.slice(0, 3), year: full.slice(4), full };
}
