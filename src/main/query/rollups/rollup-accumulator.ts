import type Database from 'better-sqlite3';
import { ALWAYS_KEPT, ROLLUPS, type RollupKey } from './rollup-definitions';

export interface RolledLine {
  saleMonth: number;
  reportingMonth: number | null;
  platform_id: number;
  territory: string;
  artist_id: number | null;
  release_id: number | null;
  recording_id: number | null;
  saleType: string;
  currency: string;
  quantity: number;
  baseHi: number | null;
  baseLo: number | null;
}

interface Cell {
  keys: unknown[];
  lines: number;
  quantity: number;
  hi: number | null;
  lo: number | null;
}

class UnsafeSum extends Error {}

function add(sum: number | null, value: number | null): number | null {
  if (value === null) return sum;
  const total = (sum ?? 0) + value;
  // Past 2^53 a Number stops being exact; the caller then sums in SQL instead.
  if (!Number.isSafeInteger(total)) throw new UnsafeSum();
  return total;
}

/**
 * Sums an import's lines into its rollup rows while they are written, so the import does not
 * scan its own lines again afterwards. Exact: sums are integers well inside 2^53, and an
 * improbable overflow makes `write` report failure so the caller rebuilds from the lines.
 */
export class RollupAccumulator {
  private readonly cells = ROLLUPS.map(() => new Map<string, Cell>());
  private overflowed = false;

  add(line: RolledLine): void {
    if (this.overflowed) return;
    try {
      ROLLUPS.forEach((definition, i) => {
        const keyValues = definition.keys.map((k: RollupKey) => line[k]);
        this.addTo(this.cells[i]!, 'sale', line.saleMonth, keyValues, line);
        if (line.reportingMonth !== null) this.addTo(this.cells[i]!, 'reporting', line.reportingMonth, keyValues, line);
      });
    } catch (error) {
      if (!(error instanceof UnsafeSum)) throw error;
      this.overflowed = true;
    }
  }

  /** Inserts the rows; false when a sum left Number's exact range and nothing was written. */
  write(db: Database.Database, importId: number): boolean {
    if (this.overflowed) return false;
    ROLLUPS.forEach((definition, i) => {
      const columns = ['import_id', 'basis', 'month', ...definition.keys, ...ALWAYS_KEPT, 'lines', 'quantity', 'base_hi', 'base_lo'];
      const insert = db.prepare(`INSERT INTO ${definition.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      for (const cell of this.cells[i]!.values()) insert.run(importId, ...cell.keys, cell.lines, cell.quantity, cell.hi, cell.lo);
    });
    return true;
  }

  private addTo(cells: Map<string, Cell>, basis: string, month: number, keyValues: unknown[], line: RolledLine): void {
    const key = `${basis}|${month}|${keyValues.join('|')}|${line.saleType}|${line.currency}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { keys: [basis, month, ...keyValues, line.saleType, line.currency], lines: 0, quantity: 0, hi: null, lo: null };
      cells.set(key, cell);
    }
    cell.lines++;
    cell.quantity = add(cell.quantity, line.quantity)!;
    cell.hi = add(cell.hi, line.baseHi);
    cell.lo = add(cell.lo, line.baseLo);
  }
}
