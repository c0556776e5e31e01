import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MappingSpec } from '../../../src/shared/contract/column-mapping';
import { saveMapping, savedMappingFormats } from '../../../src/main/import/column-mapping/saved-mappings';
import { COOP_MAPPING } from '../../support/coop-mapping';
import { importFile, openTempStore, type TempStore } from './temp-store';

// The co-op's layout with the title moved to the first column, as some label spreadsheets have it.
const HEADER = ['Titre', 'Periode', 'Boutique', 'Pays', 'Interprete', 'Code ISRC', 'Ventes', 'Montant net'];
const MAPPING = MappingSpec.parse({ ...COOP_MAPPING, headerRow: 1, header: HEADER });

let store: TempStore;
let dir: string;
beforeEach(() => {
  store = openTempStore();
  dir = mkdtempSync(join(tmpdir(), 'titled-total-'));
});
afterEach(() => {
  store.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function statement(rows: string[]): string {
  const path = join(dir, 'coop-titles-first.csv');
  writeFileSync(path, [HEADER.join(';'), ...rows].join('\n'));
  return path;
}

describe('a row whose first cell reads "Total"', () => {
  it('is a song when it names its recording by ISRC, and a totals row when it names nothing', async () => {
    saveMapping(store.db, 'Co-op, titles first', MAPPING);
    const path = statement([
      'Luz;01/03/2025;Spotify;FR;Ana Sol;FRX202500001;1.200;3,456789',
      'Total;02/03/2025;Deezer;BE;Ana Sol;FRX202500003;350;0,98765',
      'Total;;;;;;1.550;4,444439',
    ]);
    const outcome = await importFile(store.db, path, { mode: 'lenient', extraFormats: savedMappingFormats(store.db) });
    expect(outcome).toMatchObject({ status: 'imported', imported: 2, rejected: 0, skipped: 1, quantity: 1550 });
    expect(outcome.amounts).toEqual({ USD: '4.44443900' });
    const titles = store.db
      .prepare('SELECT r.title FROM statement_line l JOIN recording r ON r.id = l.recording_id ORDER BY l.line_no')
      .pluck()
      .all();
    expect(titles).toEqual(['Luz', 'Total']);
  });
});
