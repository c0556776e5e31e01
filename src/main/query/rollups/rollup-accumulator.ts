import type Database from 'better-sqlite3';
import { BatchedInsert } from '../../store/batched-insert';
import { ALWAYS_KEPT, ROLLUPS, summedFrom, type RollupDefinition } from './rollup-definitions';

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

/** Every key a rollup can have, in the order a line's key values are gathered (keyValues). */
const LINE_KEYS = ['platform_id', 'territory', 'artist_id', 'release_id', 'recording_id', 'saleType', 'currency'] as const;
type LineKey = (typeof LINE_KEYS)[number];

/** A line's key values in LINE_KEYS order, into an array reused line after line. */
function keyValues(line: RolledLine, into: unknown[]): unknown[] {
  into[0] = line.platform_id;
  into[1] = line.territory;
  into[2] = line.artist_id;
  into[3] = line.release_id;
  into[4] = line.recording_id;
  into[5] = line.saleType;
  into[6] = line.currency;
  return into;
}

/** Key values one level at a time; the last level holds the tuple's number. */
type KeyTrie = Map<unknown, KeyTrie | number>;

/** Months as yyyy × 12 + (mm − 1), times two for the basis: below 2^16 until the year 2730. */
const MONTH_SPAN = 65536;
const monthKey = (yyyymm: number, basis: 0 | 1) => (Math.floor(yyyymm / 100) * 12 + (yyyymm % 100) - 1) * 2 + basis;
const monthOfKey = (key: number) => {
  const months = Math.floor(key / 2);
  return Math.floor(months / 12) * 100 + (months % 12) + 1;
};

class UnsafeSum extends Error {}

/** Past 2^53 a Number stops being exact; the caller then sums in SQL instead. */
function checked(total: number): number {
  if (!Number.isSafeInteger(total)) throw new UnsafeSum();
  return total;
}

/**
 * The measures of every cell of one rollup, a column each. Typed arrays hold the sums unboxed,
 * so adding a line allocates nothing, and they stay exact: every sum is an integer checked
 * against 2^53.
 */
class CellMeasures {
  count = 0;
  lines = new Float64Array(1024);
  quantity = new Float64Array(1024);
  hi = new Float64Array(1024);
  lo = new Float64Array(1024);
  /** 1 once a line with a base-currency amount is summed: NULL sums stay NULL, as in SQL. */
  converted = new Uint8Array(1024);

  open(): number {
    if (this.count === this.lines.length) this.grow();
    return this.count++;
  }

  addLine(cell: number, line: RolledLine): void {
    this.lines[cell] = this.lines[cell]! + 1;
    this.quantity[cell] = checked(this.quantity[cell]! + line.quantity);
    if (line.baseHi === null || line.baseLo === null) return;
    // An amount past 2^53 reached here already rounded: the sum could not be exact.
    this.hi[cell] = checked(this.hi[cell]! + checked(line.baseHi));
    this.lo[cell] = checked(this.lo[cell]! + line.baseLo);
    this.converted[cell] = 1;
  }

  addCell(cell: number, from: CellMeasures, source: number): void {
    this.lines[cell] = this.lines[cell]! + from.lines[source]!;
    this.quantity[cell] = checked(this.quantity[cell]! + from.quantity[source]!);
    if (from.converted[source] !== 1) return;
    this.hi[cell] = checked(this.hi[cell]! + from.hi[source]!);
    this.lo[cell] = checked(this.lo[cell]! + from.lo[source]!);
    this.converted[cell] = 1;
  }

  private grow(): void {
    const size = this.lines.length * 2;
    const wider = <T extends Float64Array | Uint8Array>(column: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(column);
      return next;
    };
    this.lines = wider(this.lines, (n) => new Float64Array(n));
    this.quantity = wider(this.quantity, (n) => new Float64Array(n));
    this.hi = wider(this.hi, (n) => new Float64Array(n));
    this.lo = wider(this.lo, (n) => new Float64Array(n));
    this.converted = wider(this.converted, (n) => new Uint8Array(n));
  }
}

/**
 * One rollup's cells. A key tuple (the rollup's keys, sale type and currency) is numbered by
 * walking its values through nested maps, and a cell is keyed by one integer made of the
 * tuple's number, the month and the basis: a statement repeats a few thousand tuples across
 * millions of lines, so adding a line costs a handful of map lookups and no string building.
 */
class RollupCells {
  private readonly root: KeyTrie = new Map();
  /** Each tuple's key values, by tuple number. */
  readonly tuples: unknown[][] = [];
  /** Cell key (tuple number, month, basis) → the cell's index in `measures`. */
  readonly cells = new Map<number, number>();
  readonly measures = new CellMeasures();
  /** The rollup's key columns: its own keys, then sale type and currency. */
  readonly path: readonly LineKey[];
  /** Where each of them is among a line's key values. */
  private readonly inLine: readonly number[];

  constructor(readonly definition: RollupDefinition) {
    this.path = [...definition.keys, 'saleType', 'currency'];
    this.inLine = this.path.map((key) => LINE_KEYS.indexOf(key));
  }

  /** Adds a line, given its key values in LINE_KEYS order. */
  addLine(line: RolledLine, values: readonly unknown[]): void {
    const tuple = this.tupleOf(values, this.inLine) * MONTH_SPAN;
    this.measures.addLine(this.cellOf(tuple + monthKey(line.saleMonth, 0)), line);
    if (line.reportingMonth !== null) this.measures.addLine(this.cellOf(tuple + monthKey(line.reportingMonth, 1)), line);
  }

  /** Adds every cell of a rollup whose keys include this one's, summed over the keys this one drops. */
  addRollup(source: RollupCells): void {
    const positions = this.path.map((key) => source.path.indexOf(key));
    for (const [key, sourceCell] of source.cells) {
      const tuple = this.tupleOf(source.tuples[Math.floor(key / MONTH_SPAN)]!, positions);
      this.measures.addCell(this.cellOf(tuple * MONTH_SPAN + (key % MONTH_SPAN)), source.measures, sourceCell);
    }
  }

  insert(db: Database.Database, importId: number): void {
    const { definition, tuples, measures } = this;
    const columns = ['import_id', 'basis', 'month', ...definition.keys, ...ALWAYS_KEPT, 'lines', 'quantity', 'base_hi', 'base_lo'];
    const insert = new BatchedInsert(db, definition.table, columns);
    for (const [key, cell] of this.cells) {
      const month = key % MONTH_SPAN;
      const converted = measures.converted[cell] === 1;
      insert.add([
        importId, month % 2 === 0 ? 'sale' : 'reporting', monthOfKey(month), ...tuples[Math.floor(key / MONTH_SPAN)]!,
        measures.lines[cell], measures.quantity[cell], converted ? measures.hi[cell] : null, converted ? measures.lo[cell] : null,
      ]);
    }
    insert.flush();
  }

  private cellOf(key: number): number {
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = this.measures.open();
      this.cells.set(key, cell);
    }
    return cell;
  }

  /**
   * The number of the tuple whose key values are `from[at[0]]`, `from[at[1]]`…: a line's key
   * values or another rollup's tuple, and where this rollup's keys are in it. Numbered on first sight.
   */
  private tupleOf(from: readonly unknown[], at: readonly number[]): number {
    const last = at.length - 1;
    let level = this.root;
    for (let i = 0; i < last; i++) {
      const value = from[at[i]!];
      let next = level.get(value) as KeyTrie | undefined;
      if (next === undefined) {
        next = new Map();
        level.set(value, next);
      }
      level = next;
    }
    const value = from[at[last]!];
    let tuple = level.get(value) as number | undefined;
    if (tuple === undefined) {
      tuple = this.tuples.length;
      this.tuples.push(at.map((key) => from[key]));
      level.set(value, tuple);
    }
    return tuple;
  }
}

/**
 * Sums an import's lines into its rollup rows while they are written, so the import does not
 * scan its own lines again afterwards. Exact: sums are integers well inside 2^53, and an
 * improbable overflow makes `write` report failure so the caller rebuilds from the lines.
 */
export class RollupAccumulator {
  private readonly rollups = ROLLUPS.map((definition) => new RollupCells(definition));
  /** The rollups summed line by line; the others are summed from one of these at the end. */
  private readonly perLine = this.rollups.filter((r) => summedFrom(r.definition) === undefined);
  private readonly values: unknown[] = new Array<unknown>(LINE_KEYS.length);
  private overflowed = false;

  add(line: RolledLine): void {
    if (this.overflowed) return;
    try {
      const values = keyValues(line, this.values);
      for (const rollup of this.perLine) rollup.addLine(line, values);
    } catch (error) {
      if (!(error instanceof UnsafeSum)) throw error;
      this.overflowed = true;
    }
  }

  /** Inserts the rows; false when a sum left Number's exact range and nothing was written. */
  write(db: Database.Database, importId: number): boolean {
    if (this.overflowed) return false;
    try {
      for (const rollup of this.rollups) {
        const source = summedFrom(rollup.definition);
        if (source) rollup.addRollup(this.rollups[ROLLUPS.indexOf(source)]!);
      }
    } catch (error) {
      if (!(error instanceof UnsafeSum)) throw error;
      return false;
    }
    for (const rollup of this.rollups) rollup.insert(db, importId);
    return true;
  }
}
