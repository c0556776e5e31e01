// `npm run bench:query [-- --lines N] [--runs N] [--fresh]`: imports a generated label (10,000,000
// lines by default) through the real core once, then times the Overview's dashboard set through
// the core's reader threads, cold each time, and in the same run DuckDB's equivalent SQL over the
// same facts. The last line is the JSON summary.
import { statSync } from 'node:fs';
import { availableParallelism, cpus, freemem, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { DuckDBInstance } from '@duckdb/node-api';
import { openWorkstationCore, parseAmount, QuerySpec, resolveDataLocation } from '../../out/main/bench-kit.js';
import { DASHBOARD } from './query-bench-dashboard.mjs';
import { pinnedNow, preparedStore } from './query-bench-store.mjs';

const { values } = parseArgs({
  options: { lines: { type: 'string', default: '10000000' }, runs: { type: 'string', default: '20' }, fresh: { type: 'boolean', default: false } },
});
const lines = Number(values.lines);
const runs = Number(values.runs);
if (!Number.isInteger(lines) || lines < 1000) throw new Error(`--lines must be a whole number of at least 1000, not "${values.lines}"`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not "${values.runs}"`);

const log = (line) => console.log(line);
const mb = (bytes) => bytes / 2 ** 20;
const ms = (value) => Math.round(value * 100) / 100;
const fmt = (n) => n.toLocaleString('en');

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function machineState() {
  return `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'cpu'}), ${Math.round(mb(totalmem()) / 1024)} GiB (${Math.round(mb(freemem()) / 1024)} free), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}`;
}

/** Sizes that explain the timings: the store, the facts and the rollups the planner can read instead. */
function describeStore(manifest, window) {
  const db = new Database(manifest.databaseFile, { readonly: true });
  const count = (sql, ...params) => db.prepare(sql).pluck().get(...params);
  const fileMb = mb(statSync(manifest.databaseFile).size);
  const facts = count('SELECT COUNT(*) FROM statement_line');
  const factsInWindow = count('SELECT COUNT(*) FROM statement_line WHERE sale_month BETWEEN ? AND ?', window.from, window.to);
  log(`store: ${manifest.databaseFile}, ${fileMb.toFixed(0)} MB, schema ${db.pragma('user_version', { simple: true })}, ${fmt(facts)} statement lines (${fmt(factsInWindow)} sold in ${window.label})`);
  const rollups = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'rollup_%' ORDER BY name").pluck().all();
  for (const table of rollups) {
    const rows = count(`SELECT COUNT(*) FROM ${table}`);
    const inWindow = count(`SELECT COUNT(*) FROM ${table} WHERE basis = 'sale' AND month BETWEEN ? AND ?`, window.from, window.to);
    log(`  ${table.padEnd(28)} ${fmt(rows).padStart(12)} rows, ${fmt(inWindow).padStart(10)} on the sale basis in ${window.label}`);
  }
  db.close();
  return fileMb;
}

/** Worker threads write the engine's slow-query warnings (with plans) to stderr; they are collected, not echoed. */
function collectSlowQueries() {
  const seen = new Map();
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (chunk, ...rest) => {
    const text = String(chunk);
    const slow = /slow query \(([\d.]+) ms\): (.*)/.exec(text);
    if (!slow) return write(chunk, ...rest);
    const statement = slow[2].trim();
    const entry = seen.get(statement) ?? { count: 0, maxMs: 0 };
    seen.set(statement, { count: entry.count + 1, maxMs: Math.max(entry.maxMs, Number(slow[1])) });
    return true;
  };
  return { stop: () => (process.stderr.write = write), seen };
}

log(machineState());
const manifest = await preparedStore({ lines, fresh: values.fresh, log });
if (manifest.cached) {
  log(`store: built earlier: generated in ${manifest.generateSeconds} s, imported in ${manifest.importSeconds} s (${fmt(Math.round(lines / manifest.importSeconds))} lines/s), DuckDB copy in ${manifest.duckLoadSeconds} s`);
}

// Ours: the core as the app opens it (default reader pool). The Overview's default window, the
// last 12 months, is asked as the absolute range it resolves to on the data's last day; each
// cold ask then moves "today" on by a day, which keeps the answers the same but misses the
// result cache (kept per day), and every answer is checked to have been computed, not kept.
const lastMonth = Number(manifest.lastMonth.slice(0, 4)) * 12 + Number(manifest.lastMonth.slice(5)) - 1;
const firstMonthOfWindow = lastMonth - 11;
const scope = {
  timeRange: { kind: 'absolute', from: `${Math.floor(firstMonthOfWindow / 12)}-${String((firstMonthOfWindow % 12) + 1).padStart(2, '0')}-01`, to: manifest.lastDay },
  dateBasis: 'sale',
};
const lastDay = pinnedNow(manifest)();
let daysLater = 0;
const rssBefore = process.memoryUsage().rss;
const core = await openWorkstationCore({
  location: resolveDataLocation(manifest.databaseFile),
  now: () => new Date(lastDay.getTime() + daysLater * 86_400_000),
});
const rssOpen = process.memoryUsage().rss;
let rssPeak = rssOpen;
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
const slowQueries = collectSlowQueries();

/**
 * Asks an entry's specs one after another, as a panel does. `cold`: a day later for every spec,
 * computed answers only; `prime`: this day, computed; `kept`: this day, from the cache. A report
 * entry asks its analytics report instead, which the core always computes.
 */
async function askOurs(entry, mode) {
  if (entry.report) {
    if (mode === 'cold') daysLater++;
    return { results: [await core.catalogueHealth(entry.report(scope))], engineMs: null };
  }
  const results = [];
  let engineMs = 0;
  for (const spec of entry.specs(scope)) {
    if (mode === 'cold') daysLater++;
    // Every transport validates a spec before the core sees it; the bench does what they do.
    const answer = await core.runQuery(QuerySpec.parse(spec));
    const cached = answer.execution?.cached ?? false;
    if (cached !== (mode === 'kept')) throw new Error(`${entry.name}: a ${mode} ask was answered with cached=${cached}`);
    engineMs += answer.elapsedMs;
    results.push(answer);
  }
  return { results, engineMs };
}

const ours = new Map(DASHBOARD.map((entry) => [entry.name, { wall: [], engine: [], kept: [], results: null }]));
// Warm-up rounds, timed apart: V8 compiles a path's JavaScript only after it has run a few times
// (the catalogue report's first asks take 20–40 ms), and the timed rounds measure the steady state.
const WARM_UP_ROUNDS = 3;
const warmUp = new Map(DASHBOARD.map((entry) => [entry.name, []]));
for (let round = 0; round < WARM_UP_ROUNDS; round++) {
  for (const entry of DASHBOARD) {
    const started = performance.now();
    ours.get(entry.name).results = (await askOurs(entry, 'cold')).results;
    warmUp.get(entry.name).push(performance.now() - started);
  }
}
const rssAfterWarmUp = process.memoryUsage().rss;
for (let round = 0; round < runs; round++) {
  for (const entry of DASHBOARD) {
    const started = performance.now();
    const { results, engineMs } = await askOurs(entry, 'cold');
    const sample = ours.get(entry.name);
    sample.wall.push(performance.now() - started);
    sample.engine.push(engineMs);
    sample.results = results;
  }
}
const rssEnd = process.memoryUsage().rss;
// With a result cache, the same asks on one day again: the first computes, the rest are kept.
const hasCache = ours.get(DASHBOARD[0].name).results[0].execution !== undefined;
if (hasCache) {
  daysLater++;
  const cacheable = DASHBOARD.filter((entry) => entry.specs);
  for (const entry of cacheable) await askOurs(entry, 'prime');
  for (let round = 0; round < runs; round++) {
    for (const entry of cacheable) {
      const started = performance.now();
      await askOurs(entry, 'kept');
      ours.get(entry.name).kept.push(performance.now() - started);
    }
  }
}
// Catalogue reports keep the catalogue's window-free facts per reader connection until the data
// changes: timed again right after a write committed by another connection, as the writer's are
// (a file name given a trailing space and back, in two commits, as SQLite skips a write that changes
// nothing), each ask then reading those facts afresh.
const afterWrite = [];
const toucher = new Database(manifest.databaseFile);
const healthEntry = DASHBOARD.find((entry) => entry.name === 'catalogue_health');
for (let round = 0; round < Math.max(5, Math.ceil(runs / 4)); round++) {
  toucher.prepare("UPDATE import_batch SET file_name = file_name || ' ' WHERE id = (SELECT MIN(id) FROM import_batch)").run();
  toucher.prepare('UPDATE import_batch SET file_name = substr(file_name, 1, length(file_name) - 1) WHERE id = (SELECT MIN(id) FROM import_batch)').run();
  const started = performance.now();
  await askOurs(healthEntry, 'cold');
  afterWrite.push(performance.now() - started);
}
toucher.close();
clearInterval(sampler);
rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
// Worker threads' stderr reaches this thread asynchronously: collect until they have exited.
await core.close();
slowQueries.stop();

const firstResult = ours.get('overview_kpis').results[0];
const window = { from: dayMonth(firstResult.range.from), to: dayMonth(firstResult.range.to), label: `${firstResult.range.from} to ${firstResult.range.to}` };
function dayMonth(iso) {
  return Number(iso.slice(0, 7).replace('-', ''));
}
const storeMb = describeStore(manifest, window);

// DuckDB: the same facts, the SQL for the same windows our engine resolved, the same number of runs.
const duck = await DuckDBInstance.create(manifest.duckFile, { access_mode: 'READ_ONLY' });
const connection = await duck.connect();
const duckTimes = new Map();
const duckRows = new Map();
for (const entry of DASHBOARD) {
  const statements = entry.duckSql(ours.get(entry.name).results);
  const askDuck = async () => {
    const rows = [];
    for (const sql of statements) rows.push((await connection.runAndReadAll(sql)).getRows());
    return rows;
  };
  duckRows.set(entry.name, await askDuck()); // warm-up, not timed
  const times = [];
  for (let round = 0; round < runs; round++) {
    const started = performance.now();
    await askDuck();
    times.push(performance.now() - started);
  }
  duckTimes.set(entry.name, times);
}
const duckThreads = (await connection.runAndReadAll("SELECT current_setting('threads')")).getRows()[0][0];
connection.closeSync();
duck.closeSync();

log('');
log(
  `${runs} cold runs per query after ${WARM_UP_ROUNDS} warm-up rounds. ours: core.runQuery round trip through a reader thread ` +
    `(engine: time inside runQuery${hasCache ? '; kept: answered by the result cache' : ''}); DuckDB: ${duckThreads} threads, same facts, same windows`,
);
log(`query                            p50 ms   p95 ms  engine p50${hasCache ? '  kept p50' : ''}  duckdb p50  ours/duckdb  same figures`);
const summary = {};
let meetsLatency = 0;
let beatsDuck = 0;
const disagreements = [];
for (const entry of DASHBOARD) {
  const sample = ours.get(entry.name);
  const p50 = percentile(sample.wall, 50);
  const p95 = percentile(sample.wall, 95);
  const duckP50 = percentile(duckTimes.get(entry.name), 50);
  const same = JSON.stringify(entry.digest(sample.results)) === JSON.stringify(entry.duckDigest(duckRows.get(entry.name), sample.results));
  if (!same) disagreements.push(entry);
  if (p95 < 10) meetsLatency++;
  if (p95 < duckP50) beatsDuck++;
  const cell = (samples, width) => (samples.length && samples[0] !== null ? percentile(samples, 50).toFixed(2) : '-').padStart(width);
  log(
    `${entry.name.padEnd(31)} ${p50.toFixed(2).padStart(7)} ${p95.toFixed(2).padStart(8)} ${cell(sample.engine, 11)}${hasCache ? cell(sample.kept, 10) : ''} ` +
      `${duckP50.toFixed(2).padStart(11)} ${(p50 / duckP50).toFixed(2).padStart(12)}  ${same ? 'yes' : 'NO'}`,
  );
  summary[entry.name] = { p50_ms: ms(p50), p95_ms: ms(p95), duckdb_p50_ms: ms(duckP50) };
}
log(`targets: p95 under 10 ms for ${meetsLatency}/${DASHBOARD.length} queries; p95 under DuckDB's p50 for ${beatsDuck}/${DASHBOARD.length}`);
for (const entry of disagreements) {
  log(`figures differ for ${entry.name}:`);
  log(`  ours   ${JSON.stringify(entry.digest(ours.get(entry.name).results)).slice(0, 600)}`);
  log(`  duckdb ${JSON.stringify(entry.duckDigest(duckRows.get(entry.name), ours.get(entry.name).results)).slice(0, 600)}`);
}
const [health] = ours.get('catalogue_health').results;
const headPermille = (parseAmount(health.longTail.headRevenue) * 1000n) / (parseAmount(health.revenue) || 1n);
log(
  `catalogue health (${window.label}): ${health.recordings.earning} of ${health.recordings.catalogue} recordings earned; ` +
    `the top ${health.longTail.topPercent}% (${health.longTail.headCount} recordings) took ${Number(headPermille) / 10}% of the ${health.baseCurrency} revenue`,
);

log(`warm-up asks, first to last (ms): ${DASHBOARD.map((entry) => `${entry.name} ${warmUp.get(entry.name).map((t) => t.toFixed(1)).join('/')}`).join(', ')}`);
log(
  `catalogue health right after a write (the reader reads the catalogue facts again): p50 ${percentile(afterWrite, 50).toFixed(2)} ms, ` +
    `p95 ${percentile(afterWrite, 95).toFixed(2)} ms over ${afterWrite.length} asks`,
);

const peakRssMb = mb(rssPeak);
const rss = (bytes) => `${mb(bytes).toFixed(0)} MB`;
log(
  `memory (process RSS): ${rss(rssBefore)} before the core, ${rss(rssOpen)} with its writer and reader threads open, ` +
    `${rss(rssAfterWarmUp)} after the warm-up rounds, ${rss(rssEnd)} after ${runs} more rounds, peak ${rss(rssPeak)} while querying`,
);
log(`memory (whole run): max RSS ${rss(process.resourceUsage().maxRSS * 1024)}, including any import, the DuckDB load and DuckDB's queries; store file ${storeMb.toFixed(0)} MB`);
if (slowQueries.seen.size) {
  log(`statements the engine logged as slow (> 40 ms), with their plans:`);
  for (const [statement, { count, maxMs }] of slowQueries.seen) log(`  ${count}× up to ${maxMs} ms: ${statement.slice(0, 700)}`);
}
log(machineState());
console.log(
  JSON.stringify({ bench: 'query', lines, queries: summary, peak_rss_mb: Math.round(peakRssMb), catalogue_health_after_write_p50_ms: ms(percentile(afterWrite, 50)) }),
);
if (disagreements.length) process.exitCode = 1;
