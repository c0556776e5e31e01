import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { importStatement, type ImportOptions } from '../../../src/main/import/import-statement';
import type { ImportOutcome } from '../../../src/main/import/import-outcome';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';

export interface TempStore {
  dir: string;
  db: Store;
  cleanup(): void;
}

/** A real SQLite store in a fresh temporary folder. */
export function openTempStore(prefix = 'tunemantra-import-'): TempStore {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const db = openWriterStore(join(dir, 'store.sqlite'));
  return {
    dir,
    db,
    cleanup() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every outcome of one file: one per statement document (a zip or workbook may hold several). */
export function importAll(db: Store, path: string, options: Partial<ImportOptions> = {}): Promise<ImportOutcome[]> {
  return importStatement(db, path, {
    mode: 'strict',
    archiveDir: null,
    isCancelled: () => false,
    onProgress: () => {},
    ...options,
  });
}

/** The outcome of a file that holds one statement document (a CSV, a TSV). */
export async function importFile(db: Store, path: string, options: Partial<ImportOptions> = {}): Promise<ImportOutcome> {
  const outcomes = await importAll(db, path, options);
  if (outcomes.length !== 1) throw new Error(`expected one outcome for ${path}, got ${outcomes.length}`);
  return outcomes[0]!;
}

export function rowCount(db: Store, table: string): number {
  return db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).get()!.n;
}

/** Earned amount per currency in 1e-16 units, from the two stored integer columns, recombined exactly. */
export function storedTotals(db: Store): Record<string, bigint> {
  const rows = db
    .prepare('SELECT currency, SUM(amount_hi) AS hi, SUM(amount_lo) AS lo FROM statement_line GROUP BY currency')
    .safeIntegers(true)
    .all() as { currency: string; hi: bigint; lo: bigint }[];
  return Object.fromEntries(rows.map((r) => [r.currency, r.hi * 10n ** 8n + r.lo]));
}

export function storedQuantity(db: Store): bigint {
  const row = db.prepare('SELECT COALESCE(SUM(quantity), 0) AS q FROM statement_line').safeIntegers(true).get() as { q: bigint };
  return row.q;
}

/**
 * A plain decimal string to 1e-16 units, written here rather than borrowed from the app so the
 * tests do not check the app's arithmetic against itself.
 */
export function decimalUnits(text: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,16}))?$/.exec(text);
  if (!m) throw new Error(`"${text}" is not a plain decimal`);
  const units = BigInt(m[2]!) * 10n ** 16n + BigInt((m[3] ?? '').padEnd(16, '0'));
  return m[1] === '-' ? -units : units;
}

/**
 * A copy of a fixture with one cell changed on one line, written into the store's folder; every
 * other byte stays as it was (latin1 round-trips any encoding byte for byte).
 */
export function fixtureWithCellChanged(store: TempStore, fixture: string, line: number, from: string, to: string): string {
  const lines = readFileSync(fixture).toString('latin1').split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = lines[line - 1]!.replace(from, to);
  const path = join(store.dir, basename(fixture));
  writeFileSync(path, Buffer.from(lines.join('\n'), 'latin1'));
  return path;
}

/** The stored fact for a statement line number (tests import one file per store). */
export function storedLineNumber(db: Store, lineNo: number): Record<string, unknown> {
  return db
    .prepare('SELECT l.*, e.fields AS extra_json FROM statement_line l LEFT JOIN line_extra e ON e.id = l.extra_id WHERE l.line_no = ?')
    .get(lineNo) as Record<string, unknown>;
}

/** An outcome's warnings but the notes on UPCs whose check digit does not verify (several fixtures' made-up barcodes do not). */
export function warningsBesideCheckDigits(outcome: { warnings: readonly string[] }): string[] {
  return outcome.warnings.filter((warning) => !warning.includes('check digit does not verify'));
}
