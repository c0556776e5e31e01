// The query benchmark's store: the generated label imported through the real core, and the same
// facts loaded into DuckDB. Both are kept under the temp folder, keyed by generator version and
// line count, so a repeated run skips the import; `--fresh` rebuilds them.
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  BENCH_LABEL_VERSION, formatAmount, joinAmount, openWorkstationCore, resolveDataLocation, territoryList, writeBenchLabel,
} from '../../out/main/bench-kit.js';

const seconds = (ms) => Math.round(ms) / 1000;

export function storeFolder(lines) {
  return join(tmpdir(), 'tunemantra-query-bench', `label-v${BENCH_LABEL_VERSION}-${lines}`);
}

/** "Today" for the presets: the last day of the generated data, so "last 12 months" is its last year. */
export function pinnedNow(manifest) {
  const at = new Date(`${manifest.lastDay}T12:00:00Z`);
  return () => at;
}

/** Returns the manifest of a complete store for `lines`, building it first when missing or asked to. */
export async function preparedStore({ lines, fresh, log }) {
  const dir = storeFolder(lines);
  const manifestFile = join(dir, 'manifest.json');
  if (!fresh && existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    log(`store: cached from an earlier run in ${dir} (--fresh rebuilds it)`);
    return { ...manifest, cached: true };
  }
  rmSync(dir, { recursive: true, force: true });
  const incoming = join(dir, 'incoming');
  mkdirSync(incoming, { recursive: true });
  const location = resolveDataLocation(join(dir, 'store', 'workstation.sqlite'));

  let started = performance.now();
  const territories = territoryList().map((t) => t.code);
  const label = await writeBenchLabel(incoming, lines, territories);
  const generateMs = performance.now() - started;
  log(`generated ${lines.toLocaleString('en')} lines in ${label.files.length} statements (${label.firstMonth} to ${label.lastMonth}) in ${seconds(generateMs)} s`);

  const core = await openWorkstationCore({ location, readers: 1, now: pinnedNow(label) });
  const rates = await core.importFxRatesCsv(label.ratesCsv);
  started = performance.now();
  let imported = 0;
  let nextReport = 0.1;
  const outcomes = [];
  for (const file of label.files) {
    const [outcome] = await core.importFiles([file], { mode: 'strict' });
    if (outcome?.status !== 'imported') throw new Error(`${file} did not import: ${outcome?.status} ${outcome?.message ?? ''}`);
    outcomes.push(outcome);
    imported += outcome.imported;
    if (imported >= lines * nextReport) {
      const elapsed = performance.now() - started;
      log(`  imported ${imported.toLocaleString('en')} lines in ${seconds(elapsed)} s (${Math.round(imported / (elapsed / 1000)).toLocaleString('en')} lines/s)`);
      nextReport = Math.floor((imported / lines) * 10 + 1) / 10;
    }
  }
  const importMs = performance.now() - started;
  await core.close();
  if (imported !== lines) throw new Error(`imported ${imported} lines, expected ${lines}`);
  log(`imported ${imported.toLocaleString('en')} lines (${rates.saved} FX rates first) in ${seconds(importMs)} s: ${Math.round(lines / (importMs / 1000)).toLocaleString('en')} lines/s`);
  // The archived originals and the generated files serve no query; the cache keeps the store only.
  rmSync(incoming, { recursive: true, force: true });
  rmSync(location.archiveDir, { recursive: true, force: true });

  started = performance.now();
  await loadDuckDb(location.databaseFile, join(dir, 'facts.duckdb'), join(dir, 'export'));
  const duckLoadMs = performance.now() - started;
  log(`copied the facts into DuckDB (DECIMAL(38,16) money) in ${seconds(duckLoadMs)} s`);

  const manifest = {
    generatorVersion: BENCH_LABEL_VERSION,
    lines,
    statements: label.files.length,
    firstMonth: label.firstMonth,
    lastMonth: label.lastMonth,
    lastDay: label.lastDay,
    databaseFile: location.databaseFile,
    duckFile: join(dir, 'facts.duckdb'),
    generateSeconds: seconds(generateMs),
    importSeconds: seconds(importMs),
    duckLoadSeconds: seconds(duckLoadMs),
  };
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return { ...manifest, cached: false };
}

/** Streams a SQLite query's rows to a CSV file; `cells` turns a raw row into CSV-safe cells. */
async function writeCsv(db, sql, header, cells, file) {
  const out = createWriteStream(file);
  out.write(`${header.join(',')}\n`);
  let chunk = [];
  for (const row of db.prepare(sql).raw(true).safeIntegers(true).iterate()) {
    chunk.push(cells(row).join(','));
    if (chunk.length === 20_000) {
      if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
      chunk = [];
    }
  }
  if (chunk.length) out.write(`${chunk.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
}

const text = (value) => (value === null ? '' : `"${String(value).replaceAll('"', '""')}"`);
const plain = (value) => (value === null ? '' : String(value));

/**
 * The same facts for DuckDB: statement lines with their base-currency amount as exact decimal
 * text (read into DECIMAL(38,16)), and the catalogue tables that give the names.
 */
async function loadDuckDb(databaseFile, duckFile, exportDir) {
  mkdirSync(exportDir, { recursive: true });
  const db = new Database(databaseFile, { readonly: true });
  const facts = join(exportDir, 'facts.csv');
  await writeCsv(
    db,
    `SELECT sale_start, sale_month, platform_id, territory, artist_id, release_id, recording_id, sale_type, quantity, currency, base_hi, base_lo
     FROM statement_line ORDER BY id`,
    ['sale_start', 'sale_month', 'platform_id', 'territory', 'artist_id', 'release_id', 'recording_id', 'sale_type', 'quantity', 'currency', 'base'],
    (r) => [...r.slice(0, 10).map(plain), r[10] === null ? '' : formatAmount(joinAmount(r[10], r[11]))],
    facts,
  );
  const tables = [
    ['platform', 'SELECT id, name FROM platform', { id: 'INTEGER', name: 'VARCHAR' }],
    ['territory', 'SELECT code, name FROM territory', { code: 'VARCHAR', name: 'VARCHAR' }],
    ['artist', 'SELECT id, name FROM artist', { id: 'INTEGER', name: 'VARCHAR' }],
    ['recording', 'SELECT id, title, isrc, artist_id FROM recording', { id: 'INTEGER', title: 'VARCHAR', isrc: 'VARCHAR', artist_id: 'INTEGER' }],
  ];
  for (const [name, sql, columns] of tables) {
    await writeCsv(db, sql, Object.keys(columns), (r) => r.map((v, i) => (Object.values(columns)[i] === 'VARCHAR' ? text(v) : plain(v))), join(exportDir, `${name}.csv`));
  }
  db.close();

  rmSync(duckFile, { force: true });
  const duck = await DuckDBInstance.create(duckFile);
  const connection = await duck.connect();
  const quotedPath = (file) => `'${file.replaceAll("'", "''")}'`;
  const columnTypes = (columns) => `{${Object.entries(columns).map(([k, v]) => `'${k}': '${v}'`).join(', ')}}`;
  await connection.run(`CREATE TABLE fact AS SELECT * FROM read_csv(${quotedPath(facts)}, header = true, columns = ${columnTypes({
    sale_start: 'INTEGER', sale_month: 'INTEGER', platform_id: 'INTEGER', territory: 'VARCHAR', artist_id: 'INTEGER', release_id: 'INTEGER',
    recording_id: 'INTEGER', sale_type: 'VARCHAR', quantity: 'BIGINT', currency: 'VARCHAR', base: 'DECIMAL(38,16)',
  })})`);
  for (const [name, , columns] of tables) {
    await connection.run(`CREATE TABLE ${name} AS SELECT * FROM read_csv(${quotedPath(join(exportDir, `${name}.csv`))}, header = true, columns = ${columnTypes(columns)})`);
  }
  await connection.run('CHECKPOINT');
  connection.closeSync();
  duck.closeSync();
  rmSync(exportDir, { recursive: true, force: true });
}
