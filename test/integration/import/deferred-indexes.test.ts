import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';
import { importFile, openTempStore, rowCount, type TempStore } from './temp-store';

let store: TempStore;
beforeEach(() => {
  store = openTempStore('tunemantra-indexes-');
});
afterEach(() => store.cleanup());

const LINES = 60_000;

function statement(name: string, badLine: number | null = null): string {
  const rows = [DISTROKID_13_HEADER];
  for (let i = 0; i < LINES; i++) {
    const line = i + 2;
    rows.push(distroKidLine({
      saleMonth: `20${20 + (i % 5)}-${String(1 + (i % 12)).padStart(2, '0')}`, store: 'Spotify', title: `Song ${i % 300}`,
      isrc: `QZIDX24${String(i % 300).padStart(5, '0')}`, qty: 1, earnings: line === badLine ? 'n/a' : '0.25',
    }));
  }
  const path = join(store.dir, name);
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

const lineIndexes = () => store.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'statement_line' ORDER BY name").all();

describe('an import large next to the store, which sets the line indexes aside while it writes', () => {
  it('commits with every index built again over all the lines', async () => {
    const before = lineIndexes();
    expect(before.length).toBeGreaterThan(0);
    expect((await importFile(store.db, statement('big.tsv'), { mode: 'strict' })).imported).toBe(LINES);
    expect(lineIndexes()).toEqual(before);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Each index holds every line: counting through it agrees with the table.
    for (const { name } of before as { name: string }[]) {
      expect(store.db.prepare(`SELECT COUNT(*) FROM statement_line INDEXED BY "${name}"`).pluck().get(), name).toBe(LINES);
    }
  });

  it('leaves them as they were when the import is refused after they were set aside', async () => {
    const before = lineIndexes();
    const outcome = await importFile(store.db, statement('refused.tsv', 55_000), { mode: 'strict' });
    expect(outcome.message).toMatch(/refused\.tsv line 55000/);
    expect(lineIndexes()).toEqual(before);
    expect(rowCount(store.db, 'statement_line')).toBe(0);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
