import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MappingSpec } from '../../../src/shared/contract/column-mapping';
import { WorkstationError } from '../../../src/shared/contract/envelope';
import {
  deleteMapping, listMappings, renameMapping, saveMapping, savedMappingFormats,
} from '../../../src/main/import/column-mapping/saved-mappings';
import { listImports } from '../../../src/main/import/import-history';
import { removeImports } from '../../../src/main/import/remove-imports';
import { COOP_MAPPING as MAPPING } from '../../support/coop-mapping';
import { importFile, openTempStore, rowCount, type TempStore } from './temp-store';

const COOP = fileURLToPath(new URL('../../fixtures/statements/unknown/coop-statement-2025-03.csv', import.meta.url));


let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

/** Imports the co-op's statement the way the writer thread does: the saved mappings, as they are now. */
function importCoop() {
  return importFile(store.db, COOP, { mode: 'lenient', extraFormats: savedMappingFormats(store.db) });
}

describe('saved column mappings: listed, renamed and deleted', () => {
  it('lists each mapping with its fingerprint, version and the statements it read', async () => {
    const { mappingId } = saveMapping(store.db, 'Co-op', MappingSpec.parse(MAPPING));
    expect(listMappings(store.db)).toEqual([
      expect.objectContaining({ mappingId, name: 'Co-op', version: 1, filesImported: 0, lastUsedAt: null, fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) }),
    ]);
    const outcome = await importCoop();
    expect(outcome).toMatchObject({ status: 'imported', format: 'Co-op', imported: 5 });
    const [listed] = listMappings(store.db);
    expect(listed).toMatchObject({ filesImported: 1, columns: MAPPING.header });
    expect(listed!.lastUsedAt).toBe(store.db.prepare('SELECT imported_at FROM import_batch').pluck().get());
    // The fingerprint is the one the import was filed under.
    expect(store.db.prepare('SELECT format FROM import_batch').pluck().get()).toBe(`mapping:${listed!.fingerprint}`);
  });

  it('renames every version, and the history lists the imports under the new name', async () => {
    saveMapping(store.db, 'Co-op', MappingSpec.parse(MAPPING));
    const { mappingId } = saveMapping(store.db, 'Co-op (decimal commas)', MappingSpec.parse(MAPPING));
    await importCoop();
    expect(renameMapping(store.db, mappingId, 'Indie Pressing Co-op')).toEqual({ mappingId, name: 'Indie Pressing Co-op' });
    expect(listMappings(store.db)).toMatchObject([{ mappingId, name: 'Indie Pressing Co-op', version: 2 }]);
    expect(store.db.prepare('SELECT DISTINCT name FROM column_mapping').pluck().all()).toEqual(['Indie Pressing Co-op']);
    expect(listImports(store.db)).toMatchObject([{ format: 'Indie Pressing Co-op', variant: 'saved mapping Co-op (decimal commas) v2' }]);
  });

  it('deletes a mapping: it reads no more files, and the imports it read keep their lines and its name', async () => {
    const { mappingId } = saveMapping(store.db, 'Co-op', MappingSpec.parse(MAPPING));
    const outcome = await importCoop();
    expect(deleteMapping(store.db, mappingId)).toEqual({ mappingId, name: 'Co-op', importsKept: 1 });
    expect(listMappings(store.db)).toEqual([]);
    expect(savedMappingFormats(store.db)).toEqual([]);
    expect(rowCount(store.db, 'statement_line')).toBe(5);
    expect(listImports(store.db)).toMatchObject([{ format: 'Co-op', imported: 5 }]);

    // Undone and brought again, the file's header is a layout the app does not know any more.
    removeImports(store.db, [outcome.importId!]);
    expect((await importCoop()).message).toMatch(/not a statement layout this app recognises/);

    expect(() => deleteMapping(store.db, mappingId)).toThrow(WorkstationError);
    expect(() => renameMapping(store.db, mappingId, 'Again')).toThrow(/no longer exists/);
  });

  it('saving the header again after a delete starts a live mapping at the next version', async () => {
    const first = saveMapping(store.db, 'Co-op', MappingSpec.parse(MAPPING));
    deleteMapping(store.db, first.mappingId);
    const again = saveMapping(store.db, 'Co-op 2025', MappingSpec.parse(MAPPING));
    expect(again.version).toBe(2);
    expect(listMappings(store.db)).toMatchObject([{ mappingId: again.mappingId, name: 'Co-op 2025', version: 2 }]);
    expect((await importCoop()).format).toBe('Co-op 2025');
  });
});
