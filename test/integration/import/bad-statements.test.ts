import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile, openTempStore, rowCount, type TempStore } from './temp-store';

const FIXTURES = fileURLToPath(new URL('../../fixtures/statements/', import.meta.url));

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

function expectNothingWritten(): void {
  for (const table of ['statement_line', 'import_batch', 'rejected_line', 'artist', 'recording', 'release']) {
    expect(rowCount(store.db, table), table).toBe(0);
  }
}

interface BadCase {
  file: string;
  /** The line the message must name; null when the problem is the file as a whole. */
  line: number | null;
  reason: RegExp;
}

const CASES: BadCase[] = [
  { file: 'shopping-list.csv', line: 1, reason: /not a statement layout this app recognises \(it begins "item,quantity,price"\)/ },
  { file: 'empty.tsv', line: null, reason: /the file is empty \(0 bytes\)/ },
  { file: 'distrokid-truncated.tsv', line: 4, reason: /expected 13 columns, found 5 \(is the file cut short\?\)/ },
  { file: 'distrokid-current-truncated.csv', line: 3, reason: /a quoted field is never closed/ },
  { file: 'distrokid-text-in-money.tsv', line: 4, reason: /column "Earnings \(USD\)": "twelve cents" is not a number/ },
];

describe('statements the importer must refuse (strict mode)', () => {
  it.each(CASES)('$file is rejected with its name, line and reason, and nothing is written', async ({ file, line, reason }) => {
    const outcome = await importFile(store.db, join(FIXTURES, file));
    expect(outcome.status).toBe('rejected');
    expect(outcome.imported).toBe(0);
    expect(outcome.amounts).toEqual({});
    expect(outcome.message).toContain(line === null ? `${file}:` : `${file} line ${line}:`);
    expect(outcome.message).toMatch(reason);
    expect(outcome.problems[0]).toMatchObject({ line });
    expect(outcome.problems[0]!.reason).toMatch(reason);
    expectNothingWritten();
  });

  it('a binary file is rejected without reading it as text', async () => {
    const path = join(store.dir, 'cover-art.png');
    const bytes = Buffer.alloc(4096);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]).copy(bytes);
    for (let i = 16; i < bytes.length; i++) bytes[i] = (i * 131 + 7) & 0xff;
    writeFileSync(path, bytes);
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain('cover-art.png:');
    expect(outcome.message).toMatch(/binary file/);
    expect(outcome.problems).toEqual([{ line: null, reason: expect.stringMatching(/binary file/) }]);
    expectNothingWritten();
  });

  it('a rejected file leaves an earlier import untouched', async () => {
    expect((await importFile(store.db, join(FIXTURES, 'distrokid-legacy.tsv'))).status).toBe('imported');
    const outcome = await importFile(store.db, join(FIXTURES, 'distrokid-text-in-money.tsv'));
    expect(outcome.status).toBe('rejected');
    expect(rowCount(store.db, 'import_batch')).toBe(1);
    expect(rowCount(store.db, 'statement_line')).toBe(5);
  });
});

describe('the same statements in lenient mode', () => {
  function quarantined(): { line_no: number; reason: string; raw: string }[] {
    return store.db.prepare('SELECT line_no, reason, raw FROM rejected_line ORDER BY line_no').all() as never;
  }

  it('imports the good lines and quarantines the one whose money is text', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'distrokid-text-in-money.tsv'), { mode: 'lenient' });
    expect(outcome.status).toBe('imported');
    expect(outcome.imported).toBe(3);
    expect(outcome.rejected).toBe(1);
    // 3.841234567890 + 2.0123456789 + 0.1180000000
    expect(outcome.amounts).toEqual({ USD: '5.97158024679' });
    expect(quarantined()).toEqual([
      { line_no: 4, reason: expect.stringMatching(/twelve cents/), raw: expect.stringContaining('\tDeezer\t') },
    ]);
  });

  it('quarantines a record cut off inside a quoted field, not only counts it', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'distrokid-current-truncated.csv'), { mode: 'lenient' });
    expect(outcome.status).toBe('imported');
    expect(outcome.imported).toBe(1);
    expect(outcome.rejected).toBe(1);
    expect(outcome.amounts).toEqual({ USD: '5.723456789' });
    expect(quarantined()).toEqual([
      { line_no: 3, reason: expect.stringMatching(/never closed/), raw: '"2025-06-03","2025-06-05","2025-04","Apple Music","Marisol Peñalba","Hold On, L' },
    ]);
    expect(store.db.prepare('SELECT rejected_count FROM import_batch').pluck().get()).toBe(1);
  });
});
