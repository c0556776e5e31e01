import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';
import { importFile, openTempStore, type TempStore } from './temp-store';

let store: TempStore;
beforeAll(() => {
  store = openTempStore('tunemantra-future-');
});
afterAll(() => store.cleanup());

/** A DistroKid statement of one line sold in `saleMonth`, reported on `reported`. */
function statement(name: string, saleMonth: string, reported: string): string {
  const line = distroKidLine({ saleMonth, store: 'Spotify', title: 'Harbour Lights', isrc: 'USFUT2400001', qty: 3, earnings: '1.25' }).replace('2024-07-05', reported);
  const path = join(store.dir, name);
  writeFileSync(path, [DISTROKID_13_HEADER, line].join('\n') + '\n');
  return path;
}

describe('a statement dated after this month', () => {
  it('is imported with a warning naming its latest dates, which a statement of past months has not', async () => {
    const future = await importFile(store.db, statement('typo.tsv', '2098-12', '2099-02-01'));
    expect(future.status).toBe('imported');
    expect(future.warnings.filter((w) => w.includes('after today'))).toEqual([
      expect.stringMatching(/^Some lines are sold as late as 2098-12-31, after today \(\d{4}-\d{2}-\d{2}\): check the file's dates\./),
      expect.stringMatching(/^Some lines are reported as late as 2099-02-01, after today/),
    ]);
    const past = await importFile(store.db, statement('march.tsv', '2024-03', '2024-05-05'));
    expect(past.warnings.some((w) => w.includes('after today'))).toBe(false);
  });
});
