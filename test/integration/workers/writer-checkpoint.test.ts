import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';
import { coreEachTest } from '../../support/core-each-test';

/**
 * The writer folds the WAL back into the database file once it has answered a request, before it
 * takes the next: the database file alone, copied without its WAL, holds what was answered.
 * SQLite's own checkpoint would wait until the WAL held 1,000 pages; this import writes a few.
 */
const perTest = coreEachTest('tunemantra-checkpoint-');

it('leaves an answered import in the database file itself, not only in its WAL', async () => {
  const lines = ['1.25', '2.50', '0.75'].map((earnings, i) => distroKidLine({ saleMonth: '2024-03', store: 'Spotify', title: `Song ${i}`, isrc: `USRC1240000${i}`, qty: 1, earnings }));
  const [outcome] = await perTest.core.importFiles([perTest.folder.write('march.tsv', `${[DISTROKID_13_HEADER, ...lines].join('\n')}\n`)], { mode: 'strict' });
  expect(outcome).toMatchObject({ status: 'imported', imported: 3 });
  // The writer's next request starts after the upkeep of the one before it.
  await perTest.core.importFiles([perTest.folder.write('nothing.tsv', '')], { mode: 'strict' });

  const copy = join(perTest.folder.dir, 'main-file-only.sqlite');
  copyFileSync(perTest.folder.location.databaseFile, copy);
  const alone = new Database(copy, { readonly: true });
  try {
    expect(alone.prepare('SELECT COUNT(*) FROM statement_line').pluck().get()).toBe(3);
  } finally {
    alone.close();
  }
});
