import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctLines } from '../../../src/main/import/quarantine-correction/correct-lines';
import { MIGRATIONS } from '../../../src/main/store/migrations';
import { openWriterStore } from '../../../src/main/store/open-store';
import { APPLE_EUROPE_FEBRUARY, APPLE_UK_FEBRUARY } from '../../support/apple-region-report';
import { olderImport } from '../../support/older-store';
import { importFile, openTempStore, type TempStore } from './temp-store';

const EUROPE = APPLE_EUROPE_FEBRUARY;
const UK = APPLE_UK_FEBRUARY;
const KEPT_SINCE = MIGRATIONS.find((m) => m.name === 'territories kept per import')!.version;

let store: TempStore;
beforeEach(() => {
  store = openTempStore('tunemantra-territories-');
});
afterEach(() => store.cleanup());

const report = (name: string, bytes: Buffer) => {
  const path = join(store.dir, name);
  writeFileSync(path, bytes);
  return path;
};

const kept = (db: TempStore['db']) =>
  db.prepare<[], { file_name: string; territories: string | null }>('SELECT file_name, territories FROM import_batch ORDER BY id').all();

describe('the territories an import keeps', () => {
  it('are the codes its lines were stored with, and tell apart reports of one month', async () => {
    const europe = await importFile(store.db, report('apple-eu-2025-02.txt', EUROPE));
    expect(europe).toMatchObject({ status: 'imported', overlaps: [] });
    const uk = await importFile(store.db, report('apple-gb-2025-02.txt', UK), { onOverlap: 'skip' });
    expect(uk).toMatchObject({ status: 'imported', overlaps: [] });
    expect(kept(store.db)).toEqual([
      { file_name: 'apple-eu-2025-02.txt', territories: '["DE","FR","NL"]' },
      { file_name: 'apple-gb-2025-02.txt', territories: '["GB"]' },
    ]);
  });

  it('take in the country of a corrected line, which then meets the report of that region and says so', async () => {
    await importFile(store.db, report('apple-eu-2025-02.txt', EUROPE));
    const quarantined = UK.toString().replace('\t1\t5.99\t5.99\t', '\tone\t5.99\t5.99\t');
    const uk = await importFile(store.db, report('apple-gb-2025-02.txt', Buffer.from(quarantined)), { mode: 'lenient', onOverlap: 'skip' });
    expect(uk).toMatchObject({ status: 'imported', imported: 1, rejected: 1 });
    const line3 = quarantined.split('\n')[2]!;
    expect(line3).toContain('\tone\t');

    const outcome = correctLines(store.db, { importId: uk.importId!, lines: [{ line: 3, text: line3.replace('\tone\t', '\t1\t').replace('\tGB\t', '\tFR\t') }] });
    expect(outcome).toMatchObject({ corrected: 1, overlaps: [{ fileName: 'apple-eu-2025-02.txt' }] });
    expect(outcome.widenedPeriodNotice).toMatch(/^The corrected lines widen apple-gb-2025-02\.txt to the territory FR, which now overlaps apple-eu-2025-02\.txt /);
    expect(kept(store.db).map((k) => k.territories)).toEqual(['["DE","FR","NL"]', '["FR","GB"]']);
  });

  it('are taken from the per-import territory rollups for imports made before they were kept, none for an import without lines', async () => {
    await importFile(store.db, report('apple-eu-2025-02.txt', EUROPE));
    olderImport(store.db, 'readings.csv');
    // The store as the version before kept it: no column, the migration not yet taken.
    store.db.exec('ALTER TABLE import_batch DROP COLUMN territories');
    store.db.pragma(`user_version = ${KEPT_SINCE - 1}`);
    store.db.close();
    store.db = openWriterStore(join(store.dir, 'store.sqlite'));

    expect(kept(store.db)).toEqual([
      { file_name: 'apple-eu-2025-02.txt', territories: '["DE","FR","NL"]' },
      { file_name: 'readings.csv', territories: null },
    ]);
    const uk = await importFile(store.db, report('apple-gb-2025-02.txt', UK), { onOverlap: 'skip' });
    expect(uk).toMatchObject({ status: 'imported', overlaps: [] });
  });
});
