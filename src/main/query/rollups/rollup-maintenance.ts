import type Database from 'better-sqlite3';
import { noteCatalogueTouched, refreshCatalogueSummaries } from './catalogue-summaries';
import { MERGED_ROLLUPS, mergeSql, type MergedRollup } from './merged-rollups';
import { ALWAYS_KEPT, ROLLUPS, summedFrom, type RollupDefinition } from './rollup-definitions';

/**
 * Inserts one rollup's rows on one date basis, summed from the lines `lineFilter` picks (in
 * statement_line, or in a copy of some of them), one row per import and cell. A line without a
 * month on that basis has no row there.
 */
export function rollupRowsSql(definition: RollupDefinition, basis: 'sale' | 'reporting', lineFilter: string, lines = 'statement_line'): string {
  const month = basis === 'sale' ? 'sale_month' : 'reporting_month';
  const keys = [...definition.keys, ...ALWAYS_KEPT].join(', ');
  return `INSERT INTO ${definition.table} (import_id, basis, month, ${keys}, lines, quantity, base_hi, base_lo)
    SELECT import_id, '${basis}', ${month}, ${keys}, COUNT(*), SUM(quantity), SUM(base_hi), SUM(base_lo)
    FROM ${lines} WHERE ${lineFilter} AND ${month} IS NOT NULL
    GROUP BY import_id, ${month}, ${keys}`;
}

/**
 * Recomputes the rollup rows of the given imports from their lines, inside the caller's
 * transaction: after an import, an undo (no lines left: the rows just go) or an FX correction.
 */
export function rebuildRollups(db: Database.Database, importIds: readonly number[]): void {
  const rebuild = beginRollupRebuild(db, importIds);
  for (const id of importIds) {
    const passes = rebuild.rebuildImport(id);
    while (!passes.next().done) {
      // Nothing waits between passes here: the import is rebuilt at once.
    }
  }
  rebuild.finish();
}

/** A rebuild of many imports' rollups taken a pass at a time, so that a long one can tell how far it is between passes. */
export interface RollupRebuild {
  /**
   * Rebuilds one import's rows, yielding the share of its passes over its lines done after each:
   * they are nearly all the time a rebuild takes (about 2.5 s each for 2,000,000 lines).
   */
  rebuildImport(importId: number): Generator<number, void>;
  /** Adds the rebuilt rows back into the merged rollups, once every import is rebuilt. */
  finish(): void;
}

/**
 * `rebuildRollups` in steps, inside the caller's transaction: the imports' rows leave the merged
 * rollups first and come back at `finish`, so the merged sums are worked once, not per import.
 * By platform and by territory add up by platform × territory's rows, summed just before: reading
 * each import's lines twice more on both bases took more than half of a rebuild.
 */
export function beginRollupRebuild(db: Database.Database, importIds: readonly number[]): RollupRebuild {
  mergeImports(db, importIds, -1);
  const ofImport = (definition: RollupDefinition) => {
    const wider = summedFrom(definition);
    return wider
      ? [{ insert: db.prepare(summedRowsSql(definition, wider, 'import_id = @id')), readsLines: false }]
      : (['sale', 'reporting'] as const).map((basis) => ({ insert: db.prepare(rollupRowsSql(definition, basis, 'import_id = @id')), readsLines: true }));
  };
  const steps = [...ROLLUPS.filter((d) => !summedFrom(d)), ...ROLLUPS.filter((d) => summedFrom(d))].map((definition) => ({
    remove: db.prepare(`DELETE FROM ${definition.table} WHERE import_id = @id`),
    inserts: ofImport(definition),
  }));
  const passes = steps.flatMap((step) => step.inserts).filter((insert) => insert.readsLines).length;
  return {
    *rebuildImport(id) {
      let passed = 0;
      for (const { remove, inserts } of steps) {
        remove.run({ id });
        for (const { insert, readsLines } of inserts) {
          insert.run({ id });
          if (readsLines) yield ++passed / passes;
        }
      }
    },
    finish() {
      mergeImports(db, importIds, 1);
      refreshCatalogueSummaries(db);
    },
  };
}

/** The lines `resumCurrencyCells` sums, copied once. */
const CELL_LINES = 'temp.resummed_line';

/** One import's rollup rows of one basis, month and currency, across every rollup. */
export interface CurrencyCell {
  importId: number;
  basis: 'sale' | 'reporting';
  /** yyyymm */
  month: number;
  currency: string;
}

/**
 * Recomputes only the given cells from their lines, inside the caller's transaction, when lines
 * changed their base amounts and nothing else (an FX correction). Enough because every rollup
 * keeps import, basis, month and currency on each row: such a line counts in one cell per basis,
 * and every row outside those cells sums the same lines as before. The merged rollups take the
 * cells' rows out and back in, and the catalogue summaries follow. Lines are found through the
 * day indexes, a month at a time (a line's months are its days' months, as the importer writes
 * them): rebuilding the imports instead read all of their lines, every month and currency.
 */
export function resumCurrencyCells(db: Database.Database, cells: readonly CurrencyCell[]): void {
  if (cells.length === 0) return;
  db.exec(`CREATE TEMP TABLE resummed_cell (
    import_id INTEGER NOT NULL, basis TEXT NOT NULL, month INTEGER NOT NULL, currency TEXT NOT NULL,
    PRIMARY KEY (basis, month, import_id, currency)) WITHOUT ROWID`);
  try {
    const note = db.prepare('INSERT OR IGNORE INTO temp.resummed_cell (import_id, basis, month, currency) VALUES (?, ?, ?, ?)');
    for (const cell of cells) note.run(cell.importId, cell.basis, cell.month, cell.currency);
    const importIds = [...new Set(cells.map((cell) => cell.importId))];
    const inCells = '(basis, month, import_id, currency) IN (SELECT basis, month, import_id, currency FROM temp.resummed_cell)';
    const merged = { ofMerged: () => inCells, ofCatalogue: inCells };
    mergeImports(db, importIds, -1, MERGED_ROLLUPS, merged);
    copyCellLines(db);
    for (const definition of ROLLUPS) db.prepare(`DELETE FROM ${definition.table} WHERE ${inCells}`).run();
    for (const definition of ROLLUPS.filter((d) => !summedFrom(d))) {
      for (const basis of ['sale', 'reporting'] as const) db.prepare(rollupRowsSql(definition, basis, `in_${basis}`, CELL_LINES)).run();
    }
    // By platform and by territory add up by platform × territory's cells, summed again just above: no need to read lines twice more.
    for (const definition of ROLLUPS) {
      const wider = summedFrom(definition);
      if (wider) db.prepare(summedRowsSql(definition, wider, inCells)).run();
    }
    mergeImports(db, importIds, 1, MERGED_ROLLUPS, merged);
    refreshCatalogueSummaries(db);
  } finally {
    db.exec(`DROP TABLE temp.resummed_cell; DROP TABLE IF EXISTS ${CELL_LINES}`);
  }
}

/**
 * One rollup's rows in the cells `cellFilter` picks, summed from a wider rollup's rows there.
 * Exact: integer sums of integer sums, and SUM leaves a base NULL only where every row's is, as
 * where every line's is.
 */
function summedRowsSql(definition: RollupDefinition, wider: RollupDefinition, cellFilter: string): string {
  const keys = [...definition.keys, ...ALWAYS_KEPT].join(', ');
  return `INSERT INTO ${definition.table} (import_id, basis, month, ${keys}, lines, quantity, base_hi, base_lo)
    SELECT import_id, basis, month, ${keys}, SUM(lines), SUM(quantity), SUM(base_hi), SUM(base_lo)
    FROM ${wider.table} WHERE ${cellFilter} GROUP BY import_id, basis, month, ${keys}`;
}

/**
 * Copies the lines the noted cells sum, each once, flagged with the bases it is summed on: the
 * rollups summed from lines then read this copy, not the store's lines by id for each rollup and
 * basis. A month's lines are read once for all of its cells, through that basis's day index.
 */
function copyCellLines(db: Database.Database): void {
  const columns = ['import_id', 'sale_month', 'reporting_month', ...new Set(ROLLUPS.flatMap((definition) => definition.keys)), ...ALWAYS_KEPT, 'quantity', 'base_hi', 'base_lo'].join(', ');
  db.exec(`CREATE TEMP TABLE resummed_line (id INTEGER PRIMARY KEY, ${columns}, in_sale INTEGER NOT NULL DEFAULT 0, in_reporting INTEGER NOT NULL DEFAULT 0)`);
  const copies = (['sale', 'reporting'] as const).map((basis) => {
    const [day, month] = basis === 'sale' ? ['sale_start', 'sale_month'] : ['reporting_day', 'reporting_month'];
    // +import_id: the day index narrows to the month; the import's index would read all its lines.
    return db.prepare(`INSERT INTO ${CELL_LINES} (id, ${columns}, in_${basis})
      SELECT id, ${columns}, 1 FROM statement_line WHERE ${day} BETWEEN @month * 100 + 1 AND @month * 100 + 31 AND ${month} = @month
        AND (+import_id, currency) IN (SELECT import_id, currency FROM temp.resummed_cell WHERE basis = '${basis}' AND month = @month)
      ON CONFLICT (id) DO UPDATE SET in_${basis} = 1`);
  });
  const months = db.prepare<[], { basis: 'sale' | 'reporting'; month: number }>('SELECT DISTINCT basis, month FROM temp.resummed_cell').all();
  for (const { basis, month } of months) copies[basis === 'sale' ? 0 : 1]!.run({ month });
}

/** Lines that moved between these ids in one field. */
export interface MovedIds {
  field: 'platform_id' | 'artist_id' | 'release_id' | 'recording_id';
  ids: readonly number[];
}

/** Every line naming `from` in the field now names `to`; `withinRecording` keeps it to one recording's lines. */
export interface KeyMove {
  field: MovedIds['field'];
  from: number;
  to: number;
  withinRecording?: number;
}

/**
 * The cells moved lines can have left or joined, by table: in each rollup keyed by a moved field,
 * those whose key there is one of the ids. Every other cell sums the same lines as before.
 */
function movedCells(moved: readonly MovedIds[]) {
  const cellsOf = (keys: readonly string[]) =>
    moved.filter((m) => keys.includes(m.field) && m.ids.length > 0).map((m) => `${m.field} IN (${m.ids.map(Number).join(', ')})`).join(' OR ');
  const definitions = ROLLUPS.filter((definition) => cellsOf(definition.keys) !== '');
  const ofTable = (table: string) => `(${cellsOf(ROLLUPS.find((definition) => definition.table === table)?.keys ?? []) || 'false'})`;
  return {
    definitions,
    merged: MERGED_ROLLUPS.filter((m) => definitions.some((definition) => definition.table === m.from)),
    ofTable,
    cells: { ofMerged: (m: MergedRollup) => ofTable(m.from), ofCatalogue: ofTable('rollup_month_catalogue') },
  };
}

/**
 * Recomputes only the rollup cells moved lines left or joined, from the lines that name one of
 * the ids (an undone merge, whose lines share their cells with the target's own): the merged
 * rollups take the same cells out and back in.
 */
export function rebuildMovedCells(db: Database.Database, importIds: readonly number[], moved: readonly MovedIds[]): void {
  const { definitions, merged, ofTable, cells } = movedCells(moved);
  mergeImports(db, importIds, -1, merged, cells);
  for (const definition of definitions) {
    const where = ofTable(definition.table);
    const remove = db.prepare(`DELETE FROM ${definition.table} WHERE import_id = ? AND ${where}`);
    const inserts = (['sale', 'reporting'] as const).map((basis) => db.prepare(rollupRowsSql(definition, basis, `import_id = ? AND ${where}`)));
    for (const id of importIds) {
      remove.run(id);
      for (const insert of inserts) insert.run(id);
    }
  }
  mergeImports(db, importIds, 1, merged, cells);
  refreshCatalogueSummaries(db);
}

/**
 * Gives the rollup rows the keys the lines were given, when every line of a key moved alike (a
 * merge): a cell's rows are summed again under their new keys, reading rows, not lines. Exact, as
 * a row sums its lines and a base sum is NULL only where none of them has one, as SUM keeps it.
 * Rebuilding the imports from their lines instead took 70 s for a platform on 10,000,000 lines.
 */
export function rekeyMovedCells(db: Database.Database, importIds: readonly number[], moves: readonly KeyMove[]): void {
  if (importIds.length === 0 || moves.length === 0) return;
  const fields = [...new Set(moves.map((m) => m.field))];
  const { definitions, merged, ofTable, cells } = movedCells(fields.map((field) => ({ field, ids: moves.filter((m) => m.field === field).flatMap((m) => [m.from, m.to]) })));
  // Each CASE reads the row's keys as they were, as every move read the lines before any other moved them.
  const keyAfter = (key: string) => {
    const mine = moves.filter((m) => m.field === key);
    if (mine.length === 0) return key;
    const when = mine.map((m) => `WHEN ${key} = ${Number(m.from)}${m.withinRecording === undefined ? '' : ` AND recording_id = ${Number(m.withinRecording)}`} THEN ${Number(m.to)}`);
    return `CASE ${when.join(' ')} ELSE ${key} END`;
  };
  const imports = `import_id IN (${importIds.map(Number).join(', ')})`;
  mergeImports(db, importIds, -1, merged, cells);
  for (const definition of definitions) {
    const keys = [...definition.keys, ...ALWAYS_KEPT];
    const where = `${imports} AND ${ofTable(definition.table)}`;
    const columns = `import_id, basis, month, ${keys.join(', ')}, lines, quantity, base_hi, base_lo`;
    db.exec(`CREATE TEMP TABLE rekeyed AS
        SELECT import_id, basis, month, ${keys.map((key) => `${keyAfter(key)} AS ${key}`).join(', ')},
          SUM(lines) AS lines, SUM(quantity) AS quantity, SUM(base_hi) AS base_hi, SUM(base_lo) AS base_lo
        FROM ${definition.table} WHERE ${where} GROUP BY import_id, basis, month, ${keys.map(keyAfter).join(', ')};
      DELETE FROM ${definition.table} WHERE ${where};
      INSERT INTO ${definition.table} (${columns}) SELECT ${columns} FROM temp.rekeyed;
      DROP TABLE temp.rekeyed;`);
  }
  mergeImports(db, importIds, 1, merged, cells);
  refreshCatalogueSummaries(db);
}

/**
 * Adds lines just written to an existing import (ids past `afterLineId`: a correction's) to its
 * rollup rows, reading only those lines: rebuilding the rows would read all of the import's lines,
 * seconds for a large statement to add one line. A cell the import had takes the new sums in, a
 * new cell gets its row, so the rows stay what a rebuild makes; the merged rollups take the
 * import's rows out and back in (rows, not lines).
 */
export function addLinesToRollups(db: Database.Database, importId: number, afterLineId: number): void {
  mergeImports(db, [importId], -1);
  for (const definition of ROLLUPS) {
    const columns = ['import_id', 'basis', 'month', ...definition.keys, ...ALWAYS_KEPT];
    db.exec(`CREATE TEMP TABLE added_cells AS SELECT * FROM ${definition.table} WHERE 0`);
    try {
      for (const basis of ['sale', 'reporting'] as const) {
        db.prepare(rollupRowsSql({ ...definition, table: 'temp.added_cells' }, basis, 'import_id = ? AND id > ?')).run(importId, afterLineId);
      }
      const sameCell = columns.map((c) => `${definition.table}.${c} IS a.${c}`).join(' AND ');
      // A base sum is NULL only while none of the cell's lines has one, as SUM over them would be.
      const plus = (c: string) => `CASE WHEN ${definition.table}.${c} IS NULL AND a.${c} IS NULL THEN NULL ELSE COALESCE(${definition.table}.${c}, 0) + COALESCE(a.${c}, 0) END`;
      db.exec(`UPDATE ${definition.table} SET lines = ${definition.table}.lines + a.lines, quantity = ${definition.table}.quantity + a.quantity,
          base_hi = ${plus('base_hi')}, base_lo = ${plus('base_lo')}
        FROM temp.added_cells a WHERE ${sameCell}`);
      db.exec(`INSERT INTO ${definition.table} SELECT * FROM temp.added_cells a
        WHERE NOT EXISTS (SELECT 1 FROM ${definition.table} WHERE ${sameCell})`);
    } finally {
      db.exec('DROP TABLE temp.added_cells');
    }
  }
  mergeImports(db, [importId], 1);
  refreshCatalogueSummaries(db);
}

/** Adds newly written imports' rollup rows into the merged rollups, in the import's transaction. */
export function addToMergedRollups(db: Database.Database, importIds: readonly number[]): void {
  mergeImports(db, importIds, 1);
  refreshCatalogueSummaries(db);
}

/**
 * Adds (1) or takes away (-1) imports' per-import rollup rows in the merged rollups: taken away
 * before those rows are rebuilt or removed, added once they are written, so merged sums stay exact.
 */
function mergeImports(
  db: Database.Database,
  importIds: readonly number[],
  sign: 1 | -1,
  mergedRollups: readonly MergedRollup[] = MERGED_ROLLUPS,
  cells: { ofMerged(merged: MergedRollup): string; ofCatalogue: string } = { ofMerged: () => 'true', ofCatalogue: 'true' },
): void {
  if (importIds.length === 0 || mergedRollups.length === 0) return;
  if (mergedRollups.some((merged) => merged.from === 'rollup_month_catalogue')) noteCatalogueTouched(db, importIds, cells.ofCatalogue);
  for (const merged of mergedRollups) {
    const merge = db.prepare(mergeSql(merged, `import_id = ? AND ${cells.ofMerged(merged)}`, sign));
    for (const id of importIds) merge.run(id);
    if (sign === -1) db.prepare(`DELETE FROM ${merged.table} WHERE lines = 0`).run();
  }
}
