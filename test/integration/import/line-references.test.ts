import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLineReferences } from '../../../src/main/import/line-references';
import { StatementLineWriter } from '../../../src/main/import/statement-line-writer';
import type { SaleType } from '../../../src/main/catalogue/platform-catalogue';
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

  it('refuse a sale type the store does not know, which no per-line CHECK guards any more', () => {
    const { db } = store;
    db.exec('BEGIN');
    try {
      const importId = Number(
        db.prepare(
          `INSERT INTO import_batch (file_name, file_sha256, byte_length, format, format_variant, encoding, status, line_count,
             imported_count, rejected_count, quantity_total, totals_json, imported_at)
           VALUES ('x.csv', 'x', 1, 'distrokid', '13 columns', 'utf-8', 'imported', 1, 1, 0, 1, '{}', '2025-01-01T00:00:00Z')`,
        ).run().lastInsertRowid,
      );
      const writer = new StatementLineWriter(db, importId);
      const line = (saleType: string) => ({
        sale: { start: 20250301, end: 20250331 }, reportingDay: null, platform: 'Spotify', territory: 'US', artist: 'Nova', releaseTitle: null,
        recordingTitle: 'One', isrc: 'QZREF2500001', upc: null, saleType: saleType as SaleType, quantity: 1, currency: 'USD', amount: 10n ** 16n, extra: {},
      });
      writer.write(line('stream'), 2);
      writer.write(line('radio'), 3);
      expect(() => writer.finish()).toThrow(/sale type "radio", which the store does not know; nothing was imported/);
    } finally {
      db.exec('ROLLBACK');
    }
  });
});
