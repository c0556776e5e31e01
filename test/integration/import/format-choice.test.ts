import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toPreview } from '../../../src/main/core/import-preview';
import { mappedFormat } from '../../../src/main/import/column-mapping/mapped-format';
import { MappingSpec } from '../../../src/shared/contract/column-mapping';
import { ImportPreview } from '../../../src/shared/contract/imports';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';
import { importFile, openTempStore, type TempStore } from './temp-store';

/**
 * A saved mapping made for DistroKid's own header ties with the built-in DistroKid layout. It
 * reads "Team Percentage" as the amount, in euros, so which layout read the file shows in the totals.
 */
const header = DISTROKID_13_HEADER.split('\t');
const teamSheet = mappedFormat({
  name: 'Team sheet',
  version: 1,
  spec: MappingSpec.parse({
    headerRow: 1,
    header,
    delimiter: '\t',
    fields: { salePeriod: 'Sale Month', platform: { kind: 'column', column: 'Store' }, quantity: 'Quantity', amount: 'Team Percentage', currency: { kind: 'fixed', value: 'EUR' } },
  }),
});

let store: TempStore;
let path: string;
beforeEach(() => {
  store = openTempStore();
  path = join(store.dir, 'statement.tsv');
  const lines = [
    distroKidLine({ saleMonth: '2024-05', store: 'Spotify', title: 'One', isrc: 'USX9P2400001', qty: 3, earnings: '0.75' }),
    distroKidLine({ saleMonth: '2024-05', store: 'Apple Music', title: 'Two', isrc: 'USX9P2400002', qty: 2, earnings: '0.50' }),
  ];
  writeFileSync(path, `${DISTROKID_13_HEADER}\n${lines.join('\n')}\n`);
});
afterEach(() => store.cleanup());

describe('a file two layouts fit equally well', () => {
  it('is read as the first, names the other and says so in a warning', async () => {
    const outcome = await importFile(store.db, path, { mode: 'lenient', dryRun: true, extraFormats: [teamSheet] });
    expect(outcome).toMatchObject({ status: 'imported', format: 'DistroKid', amounts: { USD: '1.25000000' } });
    expect(outcome.alternatives).toEqual([{ formatId: teamSheet.id, name: 'Team sheet', variant: 'saved mapping Team sheet v1' }]);
    expect(outcome.warnings).toContain(`This file also fits Team sheet (saved mapping Team sheet v1); it was read as DistroKid (${outcome.variant}).`);

    const preview = ImportPreview.parse(toPreview('s1', 'statement.tsv', [outcome]));
    expect(preview.alternatives).toEqual(outcome.alternatives);
  });

  it('is read as the layout chosen by its id, with no alternative left to offer', async () => {
    const outcome = await importFile(store.db, path, { mode: 'lenient', extraFormats: [teamSheet], formatId: teamSheet.id });
    expect(outcome).toMatchObject({ status: 'imported', format: 'Team sheet', quantity: 5, amounts: { EUR: '200.00000000' }, alternatives: [] });
    expect(outcome.warnings.some((w) => w.includes('also fits'))).toBe(false);
    const stored = store.db.prepare<[], { format: string }>('SELECT format FROM import_batch').get();
    expect(stored?.format).toBe(teamSheet.id);
  });

  it('is refused, with the reason, when the chosen layout does not fit it', async () => {
    const notFitting = await importFile(store.db, path, { mode: 'lenient', formatId: 'tunecore' });
    expect(notFitting.status).toBe('rejected');
    expect(notFitting.message).toBe('statement.tsv line 1: it does not fit the chosen layout TuneCore; nothing was imported.');
    const unknown = await importFile(store.db, path, { mode: 'lenient', formatId: 'no-such-layout' });
    expect(unknown.message).toContain('no layout is known by the id "no-such-layout"');
  });
});
