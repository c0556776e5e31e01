import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listImports } from '../../../../src/main/import/import-history';
import { zipBytes } from '../../../fixtures/make-containers';
import { decimalUnits, importAll, importFile, openTempStore, rowCount, storedQuantity, storedTotals, type TempStore, warningsBesideCheckDigits } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/ddex/', import.meta.url));
const BASIC = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000002S_PremiumSubscription_2025-03_NO_20250412T061530.tsv');
const UGC = join(FIXTURES, 'DSR_PADPIDA2025031001L_YouTube_AdSupport-music_2025-Q1_multi_20250420T101010.tsv');
const PART_1 = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_1of2_20250305T120000.tsv');
const PART_2 = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_2of2_20250305T120000.tsv');
const BAD_FOOT = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000002S_PremiumSubscription_2025-01_DE_20250202T080000.tsv');

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

function expectNothingWritten(): void {
  for (const table of ['statement_line', 'import_batch', 'rejected_line']) expect(rowCount(store.db, table), table).toBe(0);
}

/** A copy of a fixture with one piece of text replaced, under the fixture's own (DSR) name. */
function withText(fixture: string, from: string, to: string): string {
  const text = readFileSync(fixture, 'utf8');
  expect(text.split(from)).toHaveLength(2);
  const path = join(store.dir, basename(fixture));
  writeFileSync(path, text.replace(from, to));
  return path;
}

/** Every figure below was added up by hand from the fixtures' text (see ddex-fixtures.test.ts). */
describe('DDEX DSR files through importStatement', () => {
  it('imports a Basic Audio report with exact totals, its FOOT counts checked', async () => {
    const outcome = await importFile(store.db, BASIC);
    expect(outcome).toMatchObject({
      status: 'imported', format: 'DDEX DSR', variant: 'BasicAudioProfile 1.2', encoding: 'utf-8', unknownColumns: [],
      lines: 5, imported: 5, rejected: 0, skipped: 0,
      // 3120 + 2480 + 2 + (0 − 1 returned) + 12
      quantity: 5613,
      // 54.9012345 + 43.864197600000001 + 25.20 − 6.30 + 0.123456789012344
      amounts: { NOK: '117.788888889012345' },
      saleFrom: '2025-03-01', saleTo: '2025-03-31', reportingFrom: '2025-04-12', reportingTo: '2025-04-12',
      overlaps: [],
    });
    expect(warningsBesideCheckDigits(outcome)).toEqual([]);
    expect(outcome.message).toBe(`${basename(BASIC)}: 5 lines imported as DDEX DSR (BasicAudioProfile 1.2).`);
    // FOOT: 21 lines, 2 summary records, 2 blocks; the file is the whole report.
    expect(outcome.reconciliation.checked.map((c) => [c.label, c.line, c.stated, c.found])).toEqual([
      ['FOOT NumberOfLinesInFile', 21, '21', '21'],
      ['FOOT NumberOfSummaryRecords', 21, '2', '2'],
      ['FOOT NumberOfBlocksInFile', 21, '2', '2'],
      ['FOOT NumberOfLinesInReport', 21, '21', '21'],
      ['FOOT NumberOfBlocksInReport', 21, '2', '2'],
    ]);
    expect(outcome.reconciliation.mismatches).toEqual([]);
    expect(storedTotals(store.db)).toEqual({ NOK: decimalUnits('117.788888889012345') });
    expect(storedQuantity(store.db)).toBe(5613n);
    expect(store.db.prepare('SELECT format, format_variant, line_count, imported_count FROM import_batch').raw().all()).toEqual([
      ['ddex-dsr', 'BasicAudioProfile 1.2', 5, 5],
    ]);
  });

  it('imports a UGC report, leaving another rights controller\'s share out and saying so', async () => {
    const outcome = await importFile(store.db, UGC);
    // 4.94 + 0.13 + 0.572; 15200 + 400 (400.25 rounded) + 880
    expect(outcome).toMatchObject({ status: 'imported', format: 'DDEX DSR', variant: 'UgcProfile 1.2', lines: 3, quantity: 16480, amounts: { EUR: '5.64200000' } });
    expect(outcome.warnings).toEqual([expect.stringMatching(/left out of the amounts: Other Label AB \(1 line\)/)]);
    expect(storedTotals(store.db)).toEqual({ EUR: decimalUnits('5.642') });
  });

  it('imports both files of a two-file report without calling the second an overlap of the first', async () => {
    const first = await importFile(store.db, PART_1);
    // Three usage lines without money, then one line per summary record: 2.345678 + 7.1.
    expect(first).toMatchObject({ variant: 'BasicAudioProfile 1.2, file 1 of 2', lines: 5, quantity: 9500, amounts: { GBP: '9.44567800' } });
    expect(warningsBesideCheckDigits(first)).toEqual([expect.stringMatching(/^The usage records carry no revenue: it is read from 2 summary records/), expect.stringMatching(/file 2 is not imported yet/)]);
    // FOOT states no report-wide counts in file 1, and they cannot be checked in one file of two anyway.
    expect(first.reconciliation.checked.map((c) => c.label)).toEqual(['FOOT NumberOfLinesInFile', 'FOOT NumberOfSummaryRecords', 'FOOT NumberOfBlocksInFile']);

    const second = await importFile(store.db, PART_2);
    expect(second).toMatchObject({ status: 'imported', variant: 'BasicAudioProfile 1.2, file 2 of 2', lines: 2, quantity: 1600, overlaps: [] });
    expect(warningsBesideCheckDigits(second)).toEqual([expect.stringMatching(/imported with file 1 of 2/)]);
    expect(storedTotals(store.db)).toEqual({ GBP: decimalUnits('9.445678') });
    expect(storedQuantity(store.db)).toBe(11_100n);
  });

  it('does not call a DSR from another DSP for the same period an overlap either', async () => {
    await importFile(store.db, BASIC);
    const other = withText(UGC, '2025-01-01\t2025-03-31\tPADPIDA2099000001Y', '2025-03-01\t2025-03-31\tPADPIDA2099000001Y');
    const outcome = await importFile(store.db, other);
    expect(outcome).toMatchObject({ status: 'imported', saleFrom: '2025-03-01', saleTo: '2025-03-31', overlaps: [] });
  });

  it('strict mode refuses a file whose FOOT disagrees, naming the line and the counts, and writes nothing', async () => {
    const outcome = await importFile(store.db, BAD_FOOT);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain(`${basename(BAD_FOOT)} line 6: the FOOT record disagrees with the file: FOOT says NumberOfLinesInFile = 7, but the file has 6 lines;`);
    expect(outcome.message).toContain('FOOT says NumberOfSummaryRecords = 2, but the file has 1 summary records');
    expect(outcome.problems).toEqual([{ line: 6, reason: expect.stringMatching(/^the FOOT record disagrees/) }]);
    expectNothingWritten();
  });

  it('lenient mode imports it with the FOOT problems as a warning and as reconciliation mismatches', async () => {
    const outcome = await importFile(store.db, BAD_FOOT, { mode: 'lenient' });
    expect(outcome).toMatchObject({ status: 'imported', format: 'DDEX DSR', lines: 2, quantity: 40, amounts: { EUR: '0.40000000' } });
    expect(outcome.warnings[0]).toMatch(/^The FOOT record disagrees with the file: FOOT says NumberOfLinesInFile = 7, but the file has 6 lines/);
    expect(outcome.reconciliation.mismatches.map((c) => [c.label, c.stated, c.found])).toEqual([
      ['FOOT NumberOfLinesInFile', '7', '6'],
      ['FOOT NumberOfSummaryRecords', '2', '1'],
      ['FOOT NumberOfBlocksInFile', '2', '1'],
      ['FOOT NumberOfLinesInReport', '7', '6'],
      ['FOOT NumberOfBlocksInReport', '2', '1'],
    ]);
    expect(storedTotals(store.db)).toEqual({ EUR: decimalUnits('0.40') });
  });

  it('refuses a record that cannot be read in strict mode and quarantines it in lenient mode', async () => {
    const bad = withText(BASIC, '\tST-0001\t\tRES1\ttrue\t3120\t', '\tST-0001\t\tRES1\ttrue\t31x0\t');
    const strict = await importFile(store.db, bad);
    expect(strict.status).toBe('rejected');
    expect(strict.message).toContain('line 13: SU02.02 cell "NumberOfStreams": "31x0" is not a number; nothing was imported.');
    expectNothingWritten();

    const lenient = await importFile(store.db, bad, { mode: 'lenient' });
    expect(lenient).toMatchObject({ status: 'imported', lines: 5, imported: 4, rejected: 1, problems: [{ line: 13 }] });
    expect(store.db.prepare('SELECT line_no FROM rejected_line').pluck().all()).toEqual([13]);
  });

  it('rejects a file that begins with HEAD but gives no usage period, naming the line', async () => {
    const path = join(store.dir, 'report.tsv');
    writeFileSync(path, 'HEAD\tdsrf/30\tBasicAudioProfile\t1.2\tM1\t2025-01-01T00:00:00Z\t1\t1\t\t\nFOOT\t2\t2\t0\t0\t0\n');
    const outcome = await importFile(store.db, path);
    expect(outcome).toMatchObject({ status: 'rejected', format: 'DDEX DSR' });
    expect(outcome.message).toMatch(/^report\.tsv line 1: neither HEAD .* nor the file name gives a usage period/);
    expectNothingWritten();
  });

  it('is cancelled like any import while the DSR is opened, writing nothing', async () => {
    let checks = 0;
    // The first check is the first pass over the file; the next one is the DSR reader's.
    const outcome = await importFile(store.db, BASIC, { isCancelled: () => ++checks > 1 });
    expect(outcome.status).toBe('cancelled');
    expectNothingWritten();
  });

  it('previews with the real figures and writes nothing', async () => {
    const outcome = await importFile(store.db, BASIC, { dryRun: true });
    expect(outcome).toMatchObject({ status: 'imported', importId: null, imported: 5, amounts: { NOK: '117.788888889012345' } });
    expect(outcome.message).toMatch(/5 lines can be imported as DDEX DSR/);
    expectNothingWritten();
  });

  it('names DDEX DSR in the history and when the same file comes again', async () => {
    await importFile(store.db, BASIC);
    const again = await importFile(store.db, BASIC);
    expect(again).toMatchObject({ status: 'duplicate', format: 'DDEX DSR', variant: 'BasicAudioProfile 1.2' });
    expect(listImports(store.db)).toMatchObject([{ format: 'DDEX DSR', variant: 'BasicAudioProfile 1.2', lines: 5, imported: 5 }]);
  });

  it('reads a DSR file inside a zip under its own DSR name', async () => {
    const zip = join(store.dir, 'reports.zip');
    writeFileSync(zip, zipBytes([{ name: `2025-03/${basename(BASIC)}`, data: readFileSync(BASIC) }]));
    const [outcome, ...rest] = await importAll(store.db, zip);
    expect(rest).toEqual([]);
    expect(outcome).toMatchObject({ status: 'imported', format: 'DDEX DSR', amounts: { NOK: '117.788888889012345' } });
    expect(outcome!.file).toBe(`${zip} › 2025-03/${basename(BASIC)}`);
  });
});
