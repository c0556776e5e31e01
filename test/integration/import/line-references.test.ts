import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLineReferences } from '../../../src/main/import/line-references';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';
import { importFile, openTempStore, type TempStore } from './temp-store';

let store: TempStore;
beforeEach(() => {
  store = openTempStore('tunemantra-references-');
});
afterEach(() => store.cleanup());

describe("an import's references, checked once instead of line by line", () => {
  it('pass for rows the store has, and name the first one it lacks', () => {
    const { db } = store;
    const platform = db.prepare('SELECT id FROM platform LIMIT 1').pluck().get() as number;
    expect(() => checkLineReferences(db, [{ table: 'platform', keys: [platform] }, { table: 'territory', keys: ['US', 'ZZ'] }])).not.toThrow();
    expect(() => checkLineReferences(db, [{ table: 'platform', keys: [platform, 987_654] }])).toThrow(/refers to platform 987654, which is not in the store/);
    expect(() => checkLineReferences(db, [{ table: 'territory', keys: ['US', 'QQ'] }])).toThrow(/refers to territory QQ/);
    expect(() => checkLineReferences(db, [{ table: 'recording', keys: [1] }])).toThrow(/refers to recording 1/);
  });

  it('leave foreign keys on once the import is over, committed or refused', async () => {
    const path = join(store.dir, 'dk.tsv');
    writeFileSync(path, [DISTROKID_13_HEADER, distroKidLine({ saleMonth: '2024-03', store: 'Spotify', title: 'One', isrc: 'QZREF2400001', qty: 1, earnings: '0.5' })].join('\n'));
    expect((await importFile(store.db, path)).status).toBe('imported');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    writeFileSync(path, [DISTROKID_13_HEADER, distroKidLine({ saleMonth: '2024-04', store: 'Spotify', title: 'Two', isrc: 'QZREF2400002', qty: 1, earnings: 'lots' })].join('\n'));
    expect((await importFile(store.db, path, { mode: 'strict' })).status).toBe('rejected');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });
});
