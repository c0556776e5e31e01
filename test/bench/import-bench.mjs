// `npm run bench:import [-- --lines N]`: imports a generated DistroKid statement through the real
// core (writer thread, full normalisation, one transaction) and, in the same run and on the same
// file, DuckDB's read_csv into a table and the sqlite3 shell's .import, then prints the ratios,
// and SQLite's floor for the line table alone (line-table-floor.mjs) beside them.
// The file is generated in a child process and DuckDB is loaded only after our import, so the
// peak RSS measured is the workstation's own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openWorkstationCore, resolveDataLocation } from '../../out/main/bench-kit.js';
import { lineTableFloorSeconds } from './line-table-floor.mjs';

const { values } = parseArgs({ options: { lines: { type: 'string', default: '2000000' }, keep: { type: 'boolean', default: false } } });
const lines = Number(values.lines);
const dir = join(process.cwd(), '.bench', 'import');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const file = join(dir, `distrokid-${lines}.csv`);

const seconds = (ms) => Math.round(ms) / 1000;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** CPU seconds used so far by each of this process's threads (Linux), by thread id. */
function threadCpu() {
  const ticks = new Map();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
    }
  } catch {
    // A thread that ended between listing and reading keeps its last sample.
  }
  return ticks;
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB (${Math.round(freemem() / 2 ** 30)} free), load ${load()}, node ${process.version}`);
let started = performance.now();
const generate = `const kit = await import(${JSON.stringify(new URL('../../out/main/bench-kit.js', import.meta.url).href)});
const territories = kit.territoryList().map((t) => t.code).filter((c) => c !== 'ZZ' && c !== 'WW').slice(0, 100);
await kit.writeDistroKidBenchFile(${JSON.stringify(file)}, ${lines}, territories);`;
if (spawnSync(process.execPath, ['--input-type=module', '-e', generate], { stdio: 'inherit' }).status !== 0) throw new Error('the statement could not be generated');
console.log(`generated ${lines.toLocaleString('en')} lines, ${(statSync(file).size / 2 ** 20).toFixed(0)} MB in ${seconds(performance.now() - started)} s`);

// Ours: the real core, as the app runs it. The stall monitor watches the thread the UI would use.
const location = resolveDataLocation(join(dir, 'ours.sqlite'));
const core = await openWorkstationCore({ location, readers: 1 });
const stalls = monitorEventLoopDelay({ resolution: 5 });
let peakRss = process.memoryUsage().rss;
const cpuBefore = threadCpu();
const cpuSeen = new Map(cpuBefore);
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  for (const [tid, cpu] of threadCpu()) cpuSeen.set(tid, cpu);
}, 25);
const loadAtStart = load();
stalls.enable();
started = performance.now();
const [outcome] = await core.importFiles([file], { mode: 'lenient' });
const oursMs = performance.now() - started;
stalls.disable();
clearInterval(sampler);
for (const [tid, cpu] of threadCpu()) cpuSeen.set(tid, cpu);
// The writer and the thread reading the statement, busiest first.
const busiest = [...cpuSeen].map(([tid, cpu]) => cpu - (cpuBefore.get(tid) ?? 0)).sort((a, b) => b - a).slice(0, 2);
// The writer folds the WAL back after answering; closing waits for it, so DuckDB runs on a quiet machine.
started = performance.now();
await core.close();
const settleMs = performance.now() - started;
if (outcome?.status !== 'imported' || outcome.imported !== lines) throw new Error(`import did not complete: ${outcome?.message}`);
const maxStallMs = stalls.max / 1e6;
const peakRssMb = Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20;

// DuckDB: read_csv into a table, on its own file, same CSV.
const { DuckDBInstance } = await import('@duckdb/node-api');
const duck = await DuckDBInstance.create(join(dir, 'duck.duckdb'));
const connection = await duck.connect();
started = performance.now();
await connection.run(`CREATE TABLE statement AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}')`);
const duckMs = performance.now() - started;
const duckRows = Number((await connection.runAndReadAll('SELECT COUNT(*) FROM statement')).getRows()[0]?.[0]);
connection.closeSync();
duck.closeSync();

// The sqlite3 shell's .import (every column as text, no normalisation): SQLite's own floor.
let sqliteCliMs = null;
if (spawnSync('sqlite3', ['--version']).status === 0) {
  started = performance.now();
  const run = spawnSync('sqlite3', [join(dir, 'cli.sqlite'), '.mode csv', `.import '${file}' statement`], { stdio: 'ignore' });
  sqliteCliMs = run.status === 0 ? performance.now() - started : null;
} else {
  console.log('sqlite3 shell not installed (apt-get install sqlite3): its column is left empty');
}

// SQLite's floor for the line table alone: what any importer storing a row per line must pay.
const floorMs = lineTableFloorSeconds(join(dir, 'ours.sqlite'), join(dir, 'floor.sqlite'), lines) * 1000;

const rate = (ms) => Math.round(lines / (ms / 1000)).toLocaleString('en');
console.log('');
console.log('engine                      seconds   lines/s      vs ours');
console.log(`ours (normalised, 1 txn)   ${seconds(oursMs).toFixed(2).padStart(8)}  ${rate(oursMs).padStart(10)}      1.00`);
console.log(`duckdb read_csv            ${seconds(duckMs).toFixed(2).padStart(8)}  ${rate(duckMs).padStart(10)}  ${(duckMs / oursMs).toFixed(2).padStart(8)}   (${duckRows.toLocaleString('en')} rows)`);
if (sqliteCliMs !== null) console.log(`sqlite3 .import            ${seconds(sqliteCliMs).toFixed(2).padStart(8)}  ${rate(sqliteCliMs).padStart(10)}  ${(sqliteCliMs / oursMs).toFixed(2).padStart(8)}`);
console.log(`sqlite line table only     ${seconds(floorMs).toFixed(2).padStart(8)}  ${rate(floorMs).padStart(10)}  ${(floorMs / oursMs).toFixed(2).padStart(8)}   (rows made in SQL: no file read, no JavaScript)`);
console.log(`ours / duckdb = ${(oursMs / duckMs).toFixed(2)} (target ≤ 1)   peak RSS ${peakRssMb.toFixed(0)} MB (target < 300)   longest main-thread stall ${maxStallMs.toFixed(1)} ms (target ≤ 50)`);
console.log(`sqlite line table only / duckdb = ${(floorMs / duckMs).toFixed(2)}: storing one row per statement line, before reading a byte`);
console.log(`ours: answered after ${seconds(oursMs).toFixed(2)} s; the WAL folded back and the store closed ${seconds(settleMs).toFixed(2)} s later`);
console.log(`ours: busiest threads ${busiest.map((s) => `${s.toFixed(1)} s`).join(' + ')} of CPU; load average ${loadAtStart} at its start, ${load()} at the end`);
if (!values.keep) rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({
  bench: 'import',
  lines,
  ours_s: seconds(oursMs),
  duckdb_s: seconds(duckMs),
  sqlite_cli_s: sqliteCliMs === null ? null : seconds(sqliteCliMs),
  sqlite_line_table_s: seconds(floorMs),
  peak_rss_mb: Math.round(peakRssMb),
  max_stall_ms: Math.round(maxStallMs * 10) / 10,
  busiest_thread_cpu_s: busiest.map((s) => Math.round(s * 10) / 10),
  load_at_start: loadAtStart,
}));
