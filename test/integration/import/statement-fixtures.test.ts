import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, importFile, openTempStore, rowCount, storedQuantity, storedTotals, type TempStore } from './temp-store';

const FIXTURES = fileURLToPath(new URL('../../fixtures/statements/', import.meta.url));

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

/** Every expected total below was added up by hand from the fixture's text. */
describe('importing hand-written statements into a real store', () => {
  it('reads a 13-column DistroKid TSV with a refund, an album row and 10–12 decimal earnings', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'distrokid-legacy.tsv'));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('DistroKid');
    expect(outcome.variant).toBe('13-column');
    expect(outcome.lines).toBe(5);
    expect(outcome.imported).toBe(5);
    // 3.841234567890 + 2.0123456789 + 1.38000000000 − 0.690000000000 + 6.20000000
    expect(outcome.amounts).toEqual({ USD: '12.74358024679' });
    // 1200 + 310 + 2 − 1 + 1
    expect(outcome.quantity).toBe(1512);
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('12.74358024679') });
    expect(storedQuantity(store.db)).toBe(1512n);

    const album = store.db
      .prepare<[], { recording_id: number | null; release_id: number | null; territory: string; quantity: number }>(
        'SELECT recording_id, release_id, territory, quantity FROM statement_line WHERE line_no = 6',
      )
      .get()!;
    expect(album.recording_id).toBeNull();
    expect(album.release_id).not.toBeNull();
    expect(album.territory).toBe('ZZ');
    const refund = store.db.prepare<[], { quantity: number; amount_hi: number }>(
      'SELECT quantity, amount_hi FROM statement_line WHERE line_no = 5',
    ).get()!;
    expect(refund).toEqual({ quantity: -1, amount_hi: -69_000_000 });
  });

  it('reads a Windows-1252 DistroKid TSV and keeps the accents', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'distrokid-legacy-cp1252.tsv'));
    expect(outcome.status).toBe('imported');
    // 2.704000000001 + 0.3879999999 + 0.69000000000 − 0.69000000000
    expect(outcome.amounts).toEqual({ USD: '3.091999999901' });
    // 845 + 97 + 1 − 1
    expect(outcome.quantity).toBe(942);
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('3.091999999901') });
    expect(store.db.prepare('SELECT encoding FROM import_batch').pluck().get()).toBe('windows-1252');
    expect(store.db.prepare('SELECT name FROM artist').pluck().all()).toEqual(['Zoë Kärnä']);
    expect(store.db.prepare('SELECT title FROM recording').pluck().all()).toEqual(['Café Noir']);
  });

  it('reads a DistroKid TSV with CR-only line endings and numbers its lines', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'distrokid-legacy-cr-only.tsv'));
    expect(outcome.status).toBe('imported');
    // 0.4512345678 + 0.987654321012 + 1.600000000
    expect(outcome.amounts).toEqual({ USD: '3.038888888812' });
    // 40 + 250 + 1000
    expect(outcome.quantity).toBe(1290);
    expect(store.db.prepare('SELECT line_no FROM statement_line ORDER BY line_no').pluck().all()).toEqual([2, 3, 4]);
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('3.038888888812') });
  });

  it('reads a 15-column DistroKid CSV with a Source Type column, a team split and an album row', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'distrokid-current-source-type.csv'));
    expect(outcome.status).toBe('imported');
    expect(outcome.variant).toBe('15-column (Source Type)');
    expect(outcome.unknownColumns).toEqual([]);
    // 5.7234567890 + 3.536000000000 − 0.57000000 + 6.33000000000
    expect(outcome.amounts).toEqual({ USD: '15.019456789' });
    // 5230 + 1040 − 1 + 1
    expect(outcome.quantity).toBe(6270);
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('15.019456789') });
    const titles = store.db.prepare('SELECT title FROM recording').pluck().all();
    expect(titles).toEqual(['Hold On, Let Go']);
    expect(store.db.prepare('SELECT title FROM release').pluck().all()).toEqual(['Lluvia de Mayo']);
  });

  it('reads a 15-column DistroKid export that still says Song/Album (tab-separated, quoted)', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'distrokid-current-song-album.tsv'));
    expect(outcome.status).toBe('imported');
    expect(outcome.variant).toBe('15-column (Song/Album)');
    // 0.999999999999 + 7.80000000 − 0.6200000000
    expect(outcome.amounts).toEqual({ USD: '8.179999999999' });
    // 333 + 1500 − 1
    expect(outcome.quantity).toBe(1832);
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('8.179999999999') });
  });

  it('reads a TuneCore sales report: days, Total Earned as the amount, EUR and GBP net sales kept', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'tunecore-sales.csv'));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('TuneCore');
    // 5.0160000000 + 1.339506160650 + 0.698500000000 − 0.698500000000 + 1.441600000001
    expect(outcome.amounts).toEqual({ USD: '7.797106160651' });
    // 1520 + 400 + 1 − 1 + 212
    expect(outcome.quantity).toBe(2132);
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('7.797106160651') });

    const eur = store.db.prepare<[], { sale_start: number; sale_end: number; reporting_day: number; extra_json: string }>(
      'SELECT l.sale_start, l.sale_end, l.reporting_day, e.fields AS extra_json FROM statement_line l LEFT JOIN line_extra e ON e.id = l.extra_id WHERE l.line_no = 3',
    ).get()!;
    expect(eur.sale_start).toBe(20250302);
    expect(eur.sale_end).toBe(20250302);
    expect(eur.reporting_day).toBe(20250415);
    expect(JSON.parse(eur.extra_json)).toMatchObject({ net_sales: '1.23456789', net_sales_currency: 'EUR', exchange_rate: '1.0850' });
    expect(store.db.prepare('SELECT title FROM recording ORDER BY title').pluck().all()).toEqual(['Blue Horizon', 'Hold On, Let Go']);
  });

  it('re-importing the same file is a duplicate and changes nothing', async () => {
    const path = join(FIXTURES, 'distrokid-legacy.tsv');
    const first = await importFile(store.db, path);
    expect(first.status).toBe('imported');
    const again = await importFile(store.db, path);
    expect(again.status).toBe('duplicate');
    expect(again.importId).toBe(first.importId);
    expect(again.message).toContain('distrokid-legacy.tsv');
    expect(rowCount(store.db, 'import_batch')).toBe(1);
    expect(rowCount(store.db, 'statement_line')).toBe(5);
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('12.74358024679') });
  });

  it('cancelling after the first progress report gives "cancelled" and writes nothing', async () => {
    let progressed = false;
    const outcome = await importFile(store.db, join(FIXTURES, 'tunecore-sales.csv'), {
      onProgress: () => {
        progressed = true;
      },
      isCancelled: () => progressed,
    });
    expect(progressed).toBe(true);
    expect(outcome.status).toBe('cancelled');
    expect(outcome.imported).toBe(0);
    for (const table of ['statement_line', 'import_batch', 'rejected_line', 'artist', 'recording', 'release']) {
      expect(rowCount(store.db, table), table).toBe(0);
    }
    expect(outcome.message).toContain('tunecore-sales.csv');
    // A cancelled import leaves the file importable.
    expect((await importFile(store.db, join(FIXTURES, 'tunecore-sales.csv'))).status).toBe('imported');
  });

  it('cancelling while a large file is still being checked gives "cancelled", names the file and writes nothing', async () => {
    const [header, ...lines] = readFileSync(join(FIXTURES, 'distrokid-legacy.tsv'), 'utf8').trimEnd().split('\n');
    const path = join(store.dir, 'distrokid-large.tsv');
    // Several read chunks (1 MiB each), so the first progress report comes before the last byte is checked.
    const body: string[] = [header!];
    for (let size = 0; size < 3_000_000; size += body.at(-1)!.length + 1) body.push(lines[body.length % lines.length]!);
    writeFileSync(path, `${body.join('\n')}\n`);
    const phases: string[] = [];
    const outcome = await importFile(store.db, path, {
      onProgress: (p) => phases.push(p.phase),
      isCancelled: () => phases.length > 0,
    });
    expect(phases).toEqual(['checking']);
    expect(outcome.status).toBe('cancelled');
    expect(outcome.message).toContain('distrokid-large.tsv');
    expect(rowCount(store.db, 'import_batch')).toBe(0);
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });
});
