import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toPreview } from '../../../src/main/core/import-preview';
import { ImportPreview } from '../../../src/shared/contract/imports';
import { zipBytes } from '../../fixtures/make-containers';
import { importAll, openTempStore, type TempStore, warningsBesideCheckDigits } from './temp-store';

const FIXTURES = fileURLToPath(new URL('../../fixtures/statements/', import.meta.url));

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

describe('the import preview carries the reconciliation', () => {
  it('of a file with a trailer, in the shape the contract promises', async () => {
    const outcomes = await importAll(store.db, join(FIXTURES, 'apple/apple-financial-report.txt'), { dryRun: true, mode: 'lenient' });
    const preview = ImportPreview.parse(toPreview('s1', 'apple-financial-report.txt', outcomes));
    expect(preview.reconciliation?.checked.map((c) => [c.label, c.stated, c.found])).toEqual([
      ['Total_Rows', '6', '6'],
      ['Total_Amount', '19.985', '19.985'],
      ['Total_Units', '20', '20'],
    ]);
    expect(preview.reconciliation?.mismatches).toEqual([]);
  });

  it('of a zip of several statements, each check naming its member', async () => {
    const apple = readFileSync(join(FIXTURES, 'apple/apple-financial-report.txt'), 'utf8');
    const zip = join(store.dir, 'apple.zip');
    writeFileSync(zip, zipBytes([
      { name: 'march.txt', data: apple },
      { name: 'april.txt', data: apple.replace('Total_Units\t20', 'Total_Units\t19') },
    ]));
    const preview = toPreview('s2', 'apple.zip', await importAll(store.db, zip, { dryRun: true, mode: 'lenient' }));
    expect(preview.reconciliation?.checked).toHaveLength(6);
    expect(preview.reconciliation?.mismatches).toEqual([
      { label: 'april.txt: Total_Units', measure: 'quantity', currency: null, line: 10, stated: '19', found: '20' },
    ]);
    expect(warningsBesideCheckDigits(preview)).toEqual([expect.stringContaining('the file states Total_Units = 19 units (line 10), but the imported lines add up to 20 units')]);
  });
});
