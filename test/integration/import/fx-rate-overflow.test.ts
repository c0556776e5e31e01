import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setFxRates, type MonthRate } from '../../../src/main/currency/fx-rates';
import { MERGED_ROLLUPS } from '../../../src/main/query/rollups/merged-rollups';
import { ROLLUPS } from '../../../src/main/query/rollups/rollup-definitions';
import { rebuildRollups } from '../../../src/main/query/rollups/rollup-maintenance';
import { converted, tuneCoreStatement, type Line } from '../../e2e/tunecore-currencies';
import { toUnits } from '../../e2e/exact-figures';
import { importFile, openTempStore, type TempStore } from './temp-store';

// Believe's French export: EUR lines sold in March 2024, with USD as the base currency.
const BELIEVE_FR = fileURLToPath(new URL('../../fixtures/statements/believe/believe-ventes-fr.csv', import.meta.url));

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

/** EUR lines sold in March 2024, the month the rate is for; with a base amount when `converted`. */
const marchEur = (converted: boolean) =>
  store.db
    .prepare(`SELECT COUNT(*) FROM statement_line WHERE currency = 'EUR' AND sale_month = 202403 ${converted ? 'AND base_hi IS NOT NULL' : ''}`)
    .pluck()
    .get() as number;

describe('a rate typed many times too large', () => {
  it('leaves the lines it would take past what the store holds unconverted, and a corrected rate converts them', async () => {
    const outcome = await importFile(store.db, BELIEVE_FR, { mode: 'lenient' });
    expect(outcome.status).toBe('imported');
    const eurLines = marchEur(false);
    expect(eurLines).toBeGreaterThan(0);

    // 10^15 dollars a euro: a line of 4 euros would be 4·10^15 dollars, past the store's 64-bit columns.
    expect(setFxRates(store.db, [{ month: 202403, currency: 'EUR', rate: '1000000000000000' }])).toEqual({ saved: 1, linesConverted: 0, linesUnconvertible: eurLines });
    expect(marchEur(true)).toBe(0);

    expect(setFxRates(store.db, [{ month: 202403, currency: 'EUR', rate: '1.0870' }])).toEqual({ saved: 1, linesConverted: eurLines, linesUnconvertible: 0 });
    expect(marchEur(true)).toBe(eurLines);
  });
});

// ---- Three TuneCore statements written here, January to May 2024, in euros, pounds, yen and dollars ----

const JANUARY_FEBRUARY: Line[] = [
  ['2024-01-05', 'Spotify', 'DE', 'Harbour', 'NLA1Z2400001', '10.25', 'EUR'],
  ['2024-01-09', 'Deezer', 'FR', 'Tides', 'NLA1Z2400002', '3.333333333333', 'EUR'],
  ['2024-01-12', 'Spotify', 'GB', 'Harbour', 'NLA1Z2400001', '7.10', 'GBP'],
  ['2024-01-20', 'Spotify', 'US', 'Tides', 'NLA1Z2400002', '2.00', 'USD'],
  ['2024-02-02', 'iTunes', 'GB', 'Lanterns', 'NLA1Z2400003', '0.99', 'GBP'],
  ['2024-02-14', 'Spotify', 'DE', 'Harbour', 'NLA1Z2400001', '4.50', 'EUR'],
  ['2024-02-28', 'Spotify', 'JP', 'Tides', 'NLA1Z2400002', '1200', 'JPY'],
];
const MARCH_APRIL: Line[] = [
  ['2024-03-01', 'Spotify', 'JP', 'Harbour', 'NLA1Z2400001', '530', 'JPY'],
  ['2024-03-15', 'Deezer', 'FR', 'Tides', 'NLA1Z2400002', '8.88', 'EUR'],
  ['2024-03-31', 'Spotify', 'GB', 'Harbour', 'NLA1Z2400001', '1.01', 'GBP'],
  ['2024-04-10', 'Spotify', 'DE', 'Lanterns', 'NLA1Z2400003', '6.00', 'EUR'],
  ['2024-04-22', 'iTunes', 'GB', 'Lanterns', 'NLA1Z2400003', '0.79', 'GBP'],
  ['2024-04-30', 'Spotify', 'US', 'Tides', 'NLA1Z2400002', '5.55', 'USD'],
];
const MAY: Line[] = [
  ['2024-05-03', 'Spotify', 'DE', 'Harbour', 'NLA1Z2400001', '12.00', 'EUR'],
  ['2024-05-17', 'Spotify', 'GB', 'Tides', 'NLA1Z2400002', '2.20', 'GBP'],
];
const STATEMENTS: Record<string, Line[]> = { 'jan-feb.csv': JANUARY_FEBRUARY, 'mar-apr.csv': MARCH_APRIL, 'may.csv': MAY };

const rate = (month: number, currency: string, value: string): MonthRate => ({ month, currency, rate: value });

/** The rates on file before the second save; May's euro rate comes before May's lines. */
const FIRST: MonthRate[] = [
  rate(202401, 'EUR', '1.0850'), rate(202401, 'GBP', '1.2600'), rate(202402, 'EUR', '1.0790'), rate(202403, 'EUR', '1.0870'),
  rate(202403, 'JPY', '0.0067'), rate(202404, 'GBP', '1.2500'), rate(202405, 'EUR', '1.0800'),
];
/** New, changed and unchanged rates, a base-currency row, and two months given twice. */
const SECOND: MonthRate[] = [
  rate(202401, 'EUR', '1.0850'), // unchanged
  rate(202401, 'GBP', '1.2700'), // changed
  rate(202402, 'EUR', '1.1'), rate(202402, 'EUR', '1.0790'), // given twice, the last as on file
  rate(202402, 'GBP', '1.2650'), // new
  rate(202402, 'USD', '1'), // the base currency: ignored
  rate(202403, 'EUR', '1.0900'), // changed
  rate(202403, 'JPY', '0.0070'), rate(202403, 'JPY', '0.0066'), // given twice, the last counts
  rate(202404, 'EUR', '1.0720'), // new
  rate(202404, 'GBP', '1.2500'), // unchanged
  rate(202405, 'EUR', '1.0800'), // unchanged, and May's lines were imported after it was saved
  rate(202405, 'GBP', '1.2710'), // new
];

async function importTuneCore(name: string): Promise<void> {
  const path = join(store.dir, name);
  writeFileSync(path, tuneCoreStatement(STATEMENTS[name]!, { posted: '2024-06-10', artist: 'Ana Sol', label: 'Harbour Records', songId: '11' }));
  expect((await importFile(store.db, path)).status).toBe('imported');
}

/** Each line's base amount in 1e-16 units (null without one), by file and line number. */
function storedBases(): Record<string, bigint | null> {
  const rows = store.db
    .prepare('SELECT b.file_name, l.line_no, l.base_hi, l.base_lo FROM statement_line l JOIN import_batch b ON b.id = l.import_id')
    .safeIntegers(true)
    .all() as { file_name: string; line_no: bigint; base_hi: bigint | null; base_lo: bigint | null }[];
  return Object.fromEntries(rows.map((r) => [`${r.file_name}:${r.line_no}`, r.base_hi === null ? null : r.base_hi * 10n ** 8n + r.base_lo!]));
}

/** The last rate given for each month and currency, by "yyyymm CUR" in that order; none for dollars, the base currency. */
function ratesOnFile(rates: MonthRate[]): Record<string, string> {
  const sorted = rates.filter((r) => r.currency !== 'USD').sort((a, b) => a.month - b.month || a.currency.localeCompare(b.currency));
  return Object.fromEntries(sorted.map((r) => [`${r.month} ${r.currency}`, r.rate]));
}

/**
 * What saving the rates one by one and converting every line of their months gave: each line at
 * the last rate given for its month and currency, dollars as earned, the rest without a base.
 */
function basesAtRates(rates: MonthRate[]): Record<string, bigint | null> {
  const last = ratesOnFile(rates);
  const bases = Object.entries(STATEMENTS).flatMap(([file, lines]) =>
    lines.map(([day, , , , , earned, currency], index) => {
      const at = last[`${day.slice(0, 4)}${day.slice(5, 7)} ${currency}`];
      const base = currency === 'USD' ? toUnits(earned) : at === undefined ? null : converted(earned, at);
      // The header is line 1.
      return [`${file}:${index + 2}`, base] as const;
    }),
  );
  return Object.fromEntries(bases);
}

/** Every rollup row, per import and merged, and the catalogue summaries drawn from them, order-free. */
function rollupSnapshot(): Record<string, string[]> {
  const tables = [...ROLLUPS.map((r) => r.table), ...MERGED_ROLLUPS.map((m) => m.table), 'catalogue_first_sale', 'recording_earning_month'];
  return Object.fromEntries(tables.map((table) => [table, (store.db.prepare(`SELECT * FROM ${table}`).raw(true).all() as unknown[][]).map((row) => JSON.stringify(row)).sort()]));
}

function rollupsRebuiltWhole(): Record<string, string[]> {
  store.db.transaction(() => rebuildRollups(store.db, store.db.prepare('SELECT id FROM import_batch').pluck().all() as number[]))();
  return rollupSnapshot();
}

/** Rows the connection has inserted, updated or deleted so far. */
const rowsWritten = () => store.db.prepare('SELECT total_changes()').pluck().get() as number;

describe('saving rates over the rates on file', () => {
  it('converts only the months and currencies whose rate changed, and leaves the store as converting every month given would', async () => {
    await importTuneCore('jan-feb.csv');
    await importTuneCore('mar-apr.csv');
    setFxRates(store.db, FIRST);
    await importTuneCore('may.csv');
    // The importer converts a line at the rate on file: what lets a rate saved again unchanged be skipped.
    expect(storedBases()).toEqual(basesAtRates(FIRST));

    // One line each in January and February pounds, March euros and yen, April euros and May pounds.
    expect(setFxRates(store.db, SECOND)).toEqual({ saved: SECOND.length - 1, linesConverted: 6, linesUnconvertible: 0 });
    expect(storedBases()).toEqual(basesAtRates([...FIRST, ...SECOND]));
    const onFile = store.db.prepare("SELECT month || ' ' || currency, rate FROM fx_rate ORDER BY month, currency").raw(true).all();
    expect(onFile).toEqual(Object.entries(ratesOnFile([...FIRST, ...SECOND])));
    const saved = rollupSnapshot();
    expect(Object.values(saved).every((rows) => rows.length > 0)).toBe(true);
    expect(saved).toEqual(rollupsRebuiltWhole());
  });

  it('changes nothing when every rate is as on file, spelled otherwise, and keeps the spelling on file; a real change still converts', async () => {
    await importTuneCore('jan-feb.csv');
    await importTuneCore('mar-apr.csv');
    setFxRates(store.db, FIRST);
    await importTuneCore('may.csv');
    const before = { bases: storedBases(), rollups: rollupSnapshot(), changed: rowsWritten() };
    // 1.0850 as 1.085000, 1.0790 as 01.079: the same rates, as conversion reads them.
    const respelled = FIRST.map((r) => ({ ...r, rate: r.month % 2 === 0 ? `0${r.rate.replace(/0+$/, '')}` : `${r.rate}00` }));
    expect(respelled.every((r, index) => r.rate !== FIRST[index]!.rate)).toBe(true);
    expect(setFxRates(store.db, respelled)).toEqual({ saved: FIRST.length, linesConverted: 0, linesUnconvertible: 0 });
    expect(rowsWritten()).toBe(before.changed);
    expect({ bases: storedBases(), rollups: rollupSnapshot() }).toEqual({ bases: before.bases, rollups: before.rollups });
    expect(Object.fromEntries(store.db.prepare("SELECT month || ' ' || currency, rate FROM fx_rate").raw(true).all() as [string, string][])).toEqual(ratesOnFile(FIRST));

    // January's pounds, 1.2600 on file, at 1.26001: one line converts again.
    const changed = [...respelled, rate(202401, 'GBP', '1.26001')];
    expect(setFxRates(store.db, changed)).toEqual({ saved: changed.length, linesConverted: 1, linesUnconvertible: 0 });
    expect(storedBases()).toEqual(basesAtRates(changed));
    expect(rollupSnapshot()).toEqual(rollupsRebuiltWhole());
  });

  it('changes nothing when every rate is as on file, though each still counts as saved', async () => {
    await importTuneCore('jan-feb.csv');
    await importTuneCore('mar-apr.csv');
    setFxRates(store.db, FIRST);
    const before = { bases: storedBases(), rollups: rollupSnapshot(), changed: rowsWritten() };
    expect(setFxRates(store.db, FIRST)).toEqual({ saved: FIRST.length, linesConverted: 0, linesUnconvertible: 0 });
    expect(rowsWritten()).toBe(before.changed);
    expect({ bases: storedBases(), rollups: rollupSnapshot() }).toEqual({ bases: before.bases, rollups: before.rollups });
  });
});

// ---- Two TuneCore statements whose lines were posted over several months, and overlap ----

/** Lines by the day TuneCore posted them: one statement, several reporting months. */
type Postings = [posted: string, lines: Line[]][];

/** January euros posted in February, March and April; pounds, yen and dollars of the same months beside them. */
const WINTER: Postings = [
  ['2024-02-09', [
    ['2024-01-05', 'Spotify', 'DE', 'Harbour', 'NLA1Z2400001', '10.25', 'EUR'],
    ['2024-01-12', 'Spotify', 'GB', 'Harbour', 'NLA1Z2400001', '7.10', 'GBP'],
    ['2024-01-20', 'Spotify', 'US', 'Tides', 'NLA1Z2400002', '2.00', 'USD'],
  ]],
  ['2024-03-08', [
    ['2024-01-09', 'Deezer', 'FR', 'Tides', 'NLA1Z2400002', '3.333333333333', 'EUR'],
    ['2024-02-14', 'Spotify', 'DE', 'Harbour', 'NLA1Z2400001', '4.50', 'EUR'],
    ['2024-02-02', 'iTunes', 'GB', 'Lanterns', 'NLA1Z2400003', '0.99', 'GBP'],
  ]],
  ['2024-04-10', [
    ['2024-01-28', 'Spotify', 'DE', 'Lanterns', 'NLA1Z2400003', '-1.40', 'EUR'],
    ['2024-03-15', 'Deezer', 'FR', 'Tides', 'NLA1Z2400002', '8.88', 'EUR'],
    ['2024-02-28', 'Spotify', 'JP', 'Tides', 'NLA1Z2400002', '1200', 'JPY'],
  ]],
];
/** A second statement over the same months, the same recordings: merged rows sum both. */
const SPRING: Postings = [
  ['2024-04-10', [
    ['2024-01-30', 'Spotify', 'DE', 'Harbour', 'NLA1Z2400001', '0.75', 'EUR'],
    ['2024-03-31', 'Spotify', 'GB', 'Harbour', 'NLA1Z2400001', '1.01', 'GBP'],
    ['2024-04-10', 'Spotify', 'DE', 'Lanterns', 'NLA1Z2400003', '6.00', 'EUR'],
  ]],
  ['2024-05-10', [
    ['2024-01-03', 'Deezer', 'FR', 'Harbour', 'NLA1Z2400001', '2.22', 'EUR'],
    ['2024-04-22', 'iTunes', 'GB', 'Lanterns', 'NLA1Z2400003', '0.79', 'GBP'],
  ]],
];

const POSTED_RATES: MonthRate[] = [
  rate(202401, 'EUR', '1.0850'), rate(202401, 'GBP', '1.2600'), rate(202402, 'EUR', '1.0790'), rate(202402, 'GBP', '1.2650'),
  rate(202402, 'JPY', '0.0067'), rate(202403, 'EUR', '1.0870'), rate(202403, 'GBP', '1.2700'), rate(202404, 'EUR', '1.0720'),
  rate(202404, 'GBP', '1.2500'),
];

async function importPostings(name: string, postings: Postings): Promise<void> {
  const account = { artist: 'Ana Sol', label: 'Harbour Records', songId: '11' };
  const [first, ...later] = postings.map(([posted, lines]) => tuneCoreStatement(lines, { ...account, posted }));
  // Each later posting's rows without its header: one statement, its lines posted on their own days.
  const text = [first!, ...later.map((statement) => statement.slice(statement.indexOf('\n') + 1))].join('');
  const path = join(store.dir, name);
  writeFileSync(path, text);
  expect((await importFile(store.db, path, { onOverlap: 'keepBoth' })).status).toBe('imported');
}

/** The per-import rollup rows of one currency, by table, with their rowids: a row deleted and summed again gets a new one. */
function storedRows(currency: string): Record<string, string[]> {
  return Object.fromEntries(
    ROLLUPS.map(({ table }) => [
      table,
      (store.db.prepare(`SELECT rowid, * FROM ${table} WHERE currency = ?`).raw(true).all(currency) as unknown[][]).map((row) => JSON.stringify(row)).sort(),
    ]),
  );
}

/** Euro revenue on the reporting basis by month, as the platform rollup holds it, in 1e-16 units. */
function euroByReportingMonth(): Record<number, bigint> {
  const rows = store.db
    .prepare("SELECT month, SUM(base_hi) AS hi, SUM(base_lo) AS lo FROM rollup_month_platform WHERE currency = 'EUR' AND basis = 'reporting' GROUP BY month")
    .safeIntegers(true)
    .all() as { month: bigint; hi: bigint; lo: bigint }[];
  return Object.fromEntries(rows.map((r) => [Number(r.month), r.hi * 10n ** 8n + r.lo]));
}

describe('a saved rate sums again only the rollup cells it changes', () => {
  beforeEach(async () => {
    await importPostings('winter.csv', WINTER);
    await importPostings('spring.csv', SPRING);
    setFxRates(store.db, POSTED_RATES);
  });

  it('re-sums its month on the sale basis and every month its lines report in, across imports, as a whole rebuild would', () => {
    const reportingMonths = store.db
      .prepare("SELECT DISTINCT reporting_month FROM statement_line WHERE sale_month = 202401 AND currency = 'EUR' ORDER BY 1")
      .pluck()
      .all();
    expect(reportingMonths).toEqual([202402, 202403, 202404, 202405]);
    const before = { euros: euroByReportingMonth(), others: ['GBP', 'JPY', 'USD'].map(storedRows) };

    expect(setFxRates(store.db, [rate(202401, 'EUR', '1.1')])).toEqual({ saved: 1, linesConverted: 5, linesUnconvertible: 0 });

    // The euros of every month January's lines report in moved; the rows of pounds, yen and dollars
    // in those months were left as they were, not even summed again.
    const euros = euroByReportingMonth();
    for (const month of reportingMonths as number[]) expect(euros[month], `euros reported in ${month}`).not.toBe(before.euros[month]);
    expect(['GBP', 'JPY', 'USD'].map(storedRows)).toEqual(before.others);
    expect(rollupSnapshot()).toEqual(rollupsRebuiltWhole());
  });

  it('leaves the rollups as a rebuild would when several months and currencies change at once', () => {
    const saved = setFxRates(store.db, [rate(202401, 'GBP', '1.2'), rate(202402, 'JPY', '0.0071'), rate(202403, 'EUR', '1.09'), rate(202404, 'EUR', '1.0721')]);
    expect(saved).toEqual({ saved: 4, linesConverted: 4, linesUnconvertible: 0 });
    expect(rollupSnapshot()).toEqual(rollupsRebuiltWhole());
  });

  it('takes a month out of base totals with a rate too large to convert, and a rate changed back brings the rollups back as they were', () => {
    const before = rollupSnapshot();
    expect(setFxRates(store.db, [rate(202401, 'EUR', '1000000000000000')])).toEqual({ saved: 1, linesConverted: 0, linesUnconvertible: 5 });
    const unconverted = rollupSnapshot();
    expect(unconverted).not.toEqual(before);
    expect(unconverted).toEqual(rollupsRebuiltWhole());

    expect(setFxRates(store.db, [rate(202401, 'EUR', '1.0850')])).toEqual({ saved: 1, linesConverted: 5, linesUnconvertible: 0 });
    expect(rollupSnapshot()).toEqual(before);
    expect(rollupSnapshot()).toEqual(rollupsRebuiltWhole());
  });
});
