import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zipBytes } from '../../../fixtures/make-containers';
import { decimalUnits, importAll, importFile, openTempStore, rowCount, storedQuantity, storedTotals, type TempStore, warningsBesideCheckDigits } from '../temp-store';

const STATEMENTS = fileURLToPath(new URL('../../../fixtures/statements/', import.meta.url));
const DSR = join(STATEMENTS, 'ddex', 'DSR_PADPIDA2025031001L_PADPIDA2099000002S_PremiumSubscription_2025-03_NO_20250412T061530.tsv');

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

function gzipped(name: string, data: Buffer): string {
  const path = join(store.dir, name);
  writeFileSync(path, gzipSync(data));
  return path;
}

function expectNothingWritten(): void {
  for (const table of ['statement_line', 'import_batch', 'rejected_line']) expect(rowCount(store.db, table), table).toBe(0);
}

describe('gzip-compressed statements', () => {
  it('imports a gzipped DSR (.tsv.gz, as DSPs send them) under its own name, with the plain file\'s totals', async () => {
    const path = gzipped(`${basename(DSR)}.gz`, readFileSync(DSR));
    const outcome = await importFile(store.db, path);
    expect(outcome).toMatchObject({
      status: 'imported', format: 'DDEX DSR', variant: 'BasicAudioProfile 1.2', lines: 5, quantity: 5613,
      // The period and parties come from HEAD; the .gz name is read as the DSR name it wraps.
      saleFrom: '2025-03-01', amounts: { NOK: '117.788888889012345' },
    });
    expect(warningsBesideCheckDigits(outcome)).toEqual([]);
    expect(outcome.file).toBe(path);
    expect(outcome.message).toMatch(new RegExp(`^${basename(path).replace(/\./g, '\\.')}: 5 lines imported as DDEX DSR`));
    expect(storedTotals(store.db)).toEqual({ NOK: decimalUnits('117.788888889012345') });
    expect(storedQuantity(store.db)).toBe(5613n);
  });

  it('knows the same statement plain and compressed: the second is a duplicate', async () => {
    expect((await importFile(store.db, gzipped('report.tsv.gz', readFileSync(DSR)))).status).toBe('imported');
    expect(await importFile(store.db, DSR)).toMatchObject({ status: 'duplicate', format: 'DDEX DSR' });
  });

  it('imports a gzipped CSV, and a gzipped file inside a zip', async () => {
    const csv = readFileSync(join(STATEMENTS, 'distrokid-current-source-type.csv'));
    const outcome = await importFile(store.db, gzipped('distrokid.csv.gz', csv));
    expect(outcome).toMatchObject({ status: 'imported', format: 'DistroKid', amounts: { USD: '15.019456789' } });

    const zip = join(store.dir, 'bundle.zip');
    writeFileSync(zip, zipBytes([{ name: 'dsr/report.tsv.gz', data: gzipSync(readFileSync(DSR)), store: true }]));
    const [member, ...rest] = await importAll(store.db, zip);
    expect(rest).toEqual([]);
    expect(member).toMatchObject({ status: 'imported', format: 'DDEX DSR', file: `${zip} › dsr/report.tsv.gz` });
  });

  it('refuses a gzip file cut short, writing nothing', async () => {
    const whole = gzipSync(readFileSync(DSR));
    const path = join(store.dir, 'cut.tsv.gz');
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toBe('cut.tsv.gz: this gzip file is damaged or cut short (its compressed data cannot be unpacked); nothing was imported.');
    expectNothingWritten();
  });

  it('refuses a gzip bomb by its expansion ratio before unpacking it all', async () => {
    const path = gzipped('bomb.csv.gz', Buffer.alloc(16 * 1024 * 1024, 0x2c));
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toMatch(/^bomb\.csv\.gz: it expands more than 200× .* refused as a possible zip bomb; nothing was imported\.$/);
    expectNothingWritten();
  });

  it('refuses a gzipped file that holds no statement as that file', async () => {
    const outcome = await importFile(store.db, gzipped('notes.txt.gz', Buffer.from('milk\neggs\n')));
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toMatch(/^notes\.txt\.gz line 1: not a statement layout this app recognises \(it begins "milk"\)/);
  });
});
