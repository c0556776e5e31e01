import { describe, expect, it } from 'vitest';
import { openWriterStore } from '../../../src/main/store/open-store';
import { MappingSpec } from '../../../src/shared/contract/column-mapping';
import { COOP_HEADER, COOP_MAPPING } from '../../support/coop-mapping';
import { jobFinished } from '../../support/job-finished';
import { coreWithChannelsEachTest } from '../../support/core-each-test';

const perTest = coreWithChannelsEachTest('tunemantra-replaced-mapped-');

/** A co-op statement as its distributor writes it: two lines above the header (row 3), then its lines from line 4. */
const coop = (...lines: string[]) => ['Releve de ventes;Indie Pressing Co-op', 'Edite le;05/04/2025', COOP_HEADER.join(';'), ...lines].join('\n');
const line = (day: string, store: string, units: number, amount: string) => `${day}/03/2025;${store};FR;Ana Sol;Luz;FRX202500001;${units};${amount}`;

/** Lines 4 and 6 read (3,50 + 0,75); line 5 prints "1,2x" and line 7 "n/a": both quarantined. */
const BAD = coop(line('01', 'Spotify', 100, '3,50'), line('02', 'Deezer', 20, '1,2x'), line('15', 'Apple Music', 10, '0,75'), line('20', 'Bandcamp', 5, 'n/a'));
const REVISED = coop(line('01', 'Spotify', 100, '9,99'));
/** The layout saved again after the deletion, for the revised statement: the same columns, its money in euros. */
const IN_EUROS = MappingSpec.parse({ ...COOP_MAPPING, fields: { ...COOP_MAPPING.fields, currency: { kind: 'fixed', value: 'EUR' } } });
const IN_DOLLARS = MappingSpec.parse(COOP_MAPPING);

type Outcome = { status: string; importId: number; imported: number; rejected: number; amounts: Record<string, string> };
async function importFile(fileName: string, text: string, onOverlap: 'skip' | 'replace' | 'keepBoth'): Promise<Outcome> {
  const staged = await perTest.channels['import:stage']({ fileName, contentBase64: Buffer.from(text).toString('base64') });
  const { jobId } = await perTest.channels['import:start']({ files: [{ stagedId: staged.stagedId, onOverlap }], mode: 'lenient' });
  return ((await jobFinished(perTest.core, jobId)).result as { outcomes: Outcome[] }).outcomes[0]!;
}

/** The saved mapping version an import kept in its layout. */
const keptVersion = (importId: number) => {
  const db = openWriterStore(perTest.folder.location.databaseFile);
  try {
    const layout = db.prepare<[number], string>('SELECT layout FROM import_layout WHERE import_id = ?').pluck().get(importId);
    return layout === undefined ? null : (JSON.parse(layout) as { mapping: { name: string; version: number } | null }).mapping;
  } finally {
    db.close();
  }
};

const historyRow = async (importId: number) => (await perTest.channels['import:history']({})).imports.find((row) => row.importId === importId);

describe('an import read by a saved mapping deleted since', () => {
  it('is corrected, replaced and brought back with the version that read it, then corrected again by hand', async () => {
    const { mappingId } = await perTest.channels['mapping:save']({ name: 'Co-op', mapping: IN_DOLLARS });
    const bad = await importFile('coop-2025-03-bad.csv', BAD, 'keepBoth');
    expect(bad).toMatchObject({ status: 'imported', imported: 2, rejected: 2, amounts: { USD: '4.25000000' } });

    await perTest.channels['mapping:delete']({ mappingId });
    expect((await perTest.channels['mapping:list']({})).mappings).toEqual([]);
    // Its kept layout still reads line 5: 3,50 + 1,25 + 0,75 = 5,50 in 130 units.
    const corrected = await perTest.channels['import:correctLines']({ importId: bad.importId, lines: [{ line: 5, text: line('02', 'Deezer', 20, '1,25') }] });
    expect(corrected).toMatchObject({ corrected: 1, stillQuarantined: 0 });
    expect(await historyRow(bad.importId)).toMatchObject({ imported: 3, rejected: 1, amounts: { USD: '5.50000000' } });

    // The revised statement is mapped again, as version 2, in euros, and replaces it.
    expect(await perTest.channels['mapping:save']({ name: 'Co-op', mapping: IN_EUROS })).toMatchObject({ version: 2 });
    const revised = await importFile('coop-2025-03-revised.csv', REVISED, 'replace');
    expect(revised).toMatchObject({ status: 'imported', amounts: { EUR: '9.99000000' } });
    expect((await historyRow(revised.importId))!.replaced).toMatchObject([{ fileName: 'coop-2025-03-bad.csv', correctable: true, cannotBringBack: null }]);

    const undone = await perTest.channels['import:undoBringingBack']({ importId: revised.importId });
    const back = undone.broughtBack[0]!;
    // Read by version 1 as before, in dollars, line 5 corrected again: 5,50 as it held.
    expect(back).toMatchObject({ fileName: 'coop-2025-03-bad.csv', imported: 3, rejected: 1, amounts: { USD: '5.50000000' }, toCorrectAgain: [] });
    expect(keptVersion(back.importId)).toMatchObject({ name: 'Co-op', version: 1 });

    // Line 7 is still corrected with version 1: 5,50 + 2,00 = 7,50 in 135 units.
    const quarantined = await perTest.channels['import:quarantined']({ importId: back.importId });
    expect(quarantined.notCorrectable).toBeNull();
    expect(quarantined.lines.map((l) => l.line)).toEqual([7]);
    await perTest.channels['import:correctLines']({ importId: back.importId, lines: [{ line: 7, text: line('20', 'Bandcamp', 5, '2,00') }] });
    expect(await historyRow(back.importId)).toMatchObject({ imported: 4, rejected: 0, quantity: 135, amounts: { USD: '7.50000000' } });
  });

  it('replaced before the deletion, comes back with its layout kept and its corrected line corrected again', async () => {
    const { mappingId } = await perTest.channels['mapping:save']({ name: 'Co-op', mapping: IN_DOLLARS });
    const bad = await importFile('coop-2025-03-bad.csv', BAD, 'keepBoth');
    await perTest.channels['import:correctLines']({ importId: bad.importId, lines: [{ line: 5, text: line('02', 'Deezer', 20, '1,25') }] });
    const revised = await importFile('coop-2025-03-revised.csv', REVISED, 'replace');
    expect(revised).toMatchObject({ status: 'imported', amounts: { USD: '9.99000000' } });
    await perTest.channels['mapping:delete']({ mappingId });

    const undone = await perTest.channels['import:undoBringingBack']({ importId: revised.importId });
    const back = undone.broughtBack[0]!;
    expect(back).toMatchObject({ imported: 3, rejected: 1, amounts: { USD: '5.50000000' }, toCorrectAgain: [] });
    expect(keptVersion(back.importId)).toMatchObject({ name: 'Co-op', version: 1 });
    expect((await perTest.channels['import:quarantined']({ importId: back.importId })).notCorrectable).toBeNull();
    // The deleted mapping stays out of the saved layouts, and reads no new file.
    expect((await perTest.channels['mapping:list']({})).mappings).toEqual([]);
  });
});
