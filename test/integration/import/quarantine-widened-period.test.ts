import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCorrections, correctLines } from '../../../src/main/import/quarantine-correction/correct-lines';
import { DISTROKID_13_HEADER } from '../../support/temp-store';
import { importFile, openTempStore, type TempStore } from './temp-store';

let store: TempStore;
beforeEach(() => {
  store = openTempStore('tunemantra-widened-');
});
afterEach(() => store.cleanup());

/** A DistroKid line reported on 2024-03-05, its sale month and earnings as given. */
const dkLine = (saleMonth: string, earnings: string) =>
  ['2024-03-05', saleMonth, 'Spotify', 'Ana Sol', 'Luz', 'ESA012400001', '', '10', '100', 'Song', 'ES', '0', earnings].join('\t');

async function importStatement(fileName: string, lines: string[]) {
  const path = join(store.dir, fileName);
  writeFileSync(path, [DISTROKID_13_HEADER, ...lines].join('\n'));
  const outcome = await importFile(store.db, path, { mode: 'lenient', onOverlap: 'keepBoth' });
  expect(outcome.status).toBe('imported');
  return outcome;
}

const periodsOf = (importId: number) =>
  store.db.prepare('SELECT sale_from, sale_to FROM import_batch WHERE id = ?').raw(true).get(importId);

describe("a correction that widens its import's period", () => {
  it('is made all the same, and names the import of the same source it now overlaps, with its periods; checking says so first and writes nothing', async () => {
    const february = await importStatement('february.tsv', [dkLine('2024-02', '3.00')]);
    // Line 3 means February: corrected, it takes March's statement into February's sale period.
    const march = await importStatement('march.tsv', [dkLine('2024-03', '1.00'), dkLine('2024-0x', '2.00')]);
    expect(march).toMatchObject({ rejected: 1, overlaps: [] });
    const importId = march.importId!;
    const request = { importId, lines: [{ line: 3, text: dkLine('2024-02', '2.00') }] };
    const february1 = { importId: february.importId, fileName: 'february.tsv', saleFrom: '2024-02-01', saleTo: '2024-02-29' };

    const checked = checkCorrections(store.db, request);
    expect(checked.overlaps).toEqual([expect.objectContaining(february1)]);
    expect(checked.widenedPeriodNotice).toMatch(
      /^Importing the corrected lines would widen march\.tsv to the sale period 2024-02-01 to 2024-03-31, which would then overlap february\.tsv \(imported \d{4}-\d\d-\d\d, sale period 2024-02-01 to 2024-02-29\), from the same source: a sale printed in both would count twice\.$/,
    );
    expect(periodsOf(importId)).toEqual([20240301, 20240331]);

    const outcome = correctLines(store.db, request);
    expect(outcome).toMatchObject({ corrected: 1, stillQuarantined: 0, message: '1 line corrected and imported into march.tsv.', overlaps: [expect.objectContaining(february1)] });
    expect(outcome.widenedPeriodNotice).toMatch(
      /^The corrected lines widen march\.tsv to the sale period 2024-02-01 to 2024-03-31, which now overlaps february\.tsv \(imported \d{4}-\d\d-\d\d, sale period 2024-02-01 to 2024-02-29\), from the same source: a sale printed in both counts twice\. If they hold the same sales, undo one of the two imports in the import history\.$/,
    );
    expect(periodsOf(importId)).toEqual([20240201, 20240331]);
    expect(store.db.prepare('SELECT COUNT(*) FROM statement_line WHERE import_id = ?').pluck().get(importId)).toBe(2);
  });

  it('names nothing when the corrected line stays inside the periods the import had', async () => {
    await importStatement('february.tsv', [dkLine('2024-02', '3.00')]);
    const march = await importStatement('march.tsv', [dkLine('2024-03', '1.00'), dkLine('2024-03', '2,x0')]);
    const outcome = correctLines(store.db, { importId: march.importId!, lines: [{ line: 3, text: dkLine('2024-03', '2.00') }] });
    expect(outcome).toMatchObject({ corrected: 1, overlaps: [], widenedPeriodNotice: null });
  });

  it('names only the overlap the correction made, not one the import was kept beside already, nor a line that still does not read', async () => {
    const february = await importStatement('february.tsv', [dkLine('2024-02', '3.00')]);
    const earlyMarch = await importStatement('march-early.tsv', [dkLine('2024-03', '0.50')]);
    const march = await importStatement('march.tsv', [dkLine('2024-03', '1.00'), dkLine('2024-0x', '2.00'), dkLine('2024-0y', '4.00')]);
    expect(march.overlaps.map((o) => o.fileName)).toEqual(['march-early.tsv']);
    const importId = march.importId!;

    const unread = correctLines(store.db, { importId, lines: [{ line: 3, text: dkLine('2024-02', '2.0x') }, { line: 4, text: dkLine('2024-0y', '4.00') }] });
    expect(unread).toMatchObject({ corrected: 0, stillQuarantined: 2, overlaps: [], widenedPeriodNotice: null });

    const outcome = correctLines(store.db, { importId, lines: [{ line: 3, text: dkLine('2024-02', '2.00') }, { line: 4, text: dkLine('2024-01', '4.00') }] });
    expect(outcome.corrected).toBe(2);
    expect(outcome.overlaps.map((o) => o.importId)).toEqual([february.importId]);
    expect(outcome.overlaps.map((o) => o.importId)).not.toContain(earlyMarch.importId);
    expect(outcome.widenedPeriodNotice).toContain('widen march.tsv to the sale period 2024-01-01 to 2024-03-31, which now overlaps february.tsv (');
  });

  it('holds a statement only against imports of its own source', async () => {
    const tunecore = join(store.dir, 'tunecore.csv');
    writeFileSync(tunecore, [
      'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency',
      '2024-02-01,2024-03-05,Spotify,DE,Ana Sol,Single,Luz,Luz,,,,1,ESA012400001,Streaming,100,0.003,0.30,USD,1,0.30,USD',
    ].join('\n'));
    expect(await importFile(store.db, tunecore, { mode: 'lenient' })).toMatchObject({ status: 'imported' });
    const march = await importStatement('march.tsv', [dkLine('2024-03', '1.00'), dkLine('2024-0x', '2.00')]);
    const outcome = correctLines(store.db, { importId: march.importId!, lines: [{ line: 3, text: dkLine('2024-02', '2.00') }] });
    expect(outcome).toMatchObject({ corrected: 1, overlaps: [], widenedPeriodNotice: 'The corrected lines widen march.tsv to the sale period 2024-02-01 to 2024-03-31.' });
    // The widening is said even where it meets no other import.
  });

  it('names the period a correction widened: only the reporting period, when only a reporting date moved', async () => {
    const march = await importStatement('march.tsv', [dkLine('2024-03', '1.00'), dkLine('2024-0x', '2.00')]);
    // The same sale month, reported a month earlier than the statement's other line.
    const text = dkLine('2024-03', '2.00').replace('2024-03-05', '2024-02-05');
    const outcome = correctLines(store.db, { importId: march.importId!, lines: [{ line: 3, text }] });
    expect(outcome).toMatchObject({
      corrected: 1,
      overlaps: [],
      widenedPeriodNotice: 'The corrected lines widen march.tsv to the reporting period 2024-02-05 to 2024-03-05.',
    });
  });
});
