import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStatement } from '../../../src/main/import/import-statement';
import type { ImportOutcome } from '../../../src/main/import/import-outcome';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'statements');
const fixtureFiles = readdirSync(FIXTURES)
  .map((name) => join(FIXTURES, name))
  .filter((path) => statSync(path).isFile() && /\.(csv|tsv|txt)$/.test(path));

let folder: ReturnType<typeof tempDataFolder>;
let db: Store;
let counter = 0;

beforeAll(() => {
  folder = tempDataFolder('tunemantra-fuzz-');
  db = openWriterStore(folder.location.databaseFile);
});
afterAll(() => {
  db.close();
  folder.remove();
});

const counts = () => ({
  lines: db.prepare('SELECT COUNT(*) FROM statement_line').pluck().get() as number,
  batches: db.prepare('SELECT COUNT(*) FROM import_batch').pluck().get() as number,
});

/** Imports bytes as a file and checks the promises every import keeps, whatever the input. */
async function importAndCheck(bytes: Uint8Array, mode: 'strict' | 'lenient'): Promise<ImportOutcome> {
  const name = `case-${++counter}.csv`;
  const path = folder.write(name, bytes);
  const before = counts();
  const [outcome] = (await importStatement(db, path, { mode, archiveDir: null, isCancelled: () => false, onProgress: () => {} })) as [ImportOutcome];
  const after = counts();
  expect(db.inTransaction).toBe(false);
  if (outcome.status === 'imported') {
    expect(after.batches).toBe(before.batches + 1);
    expect(after.lines - before.lines).toBe(outcome.imported);
    for (const problem of outcome.problems) {
      expect(problem.line).toBeGreaterThan(0);
      expect(problem.reason.length).toBeGreaterThan(5);
    }
  } else {
    expect(after).toEqual(before);
    expect(outcome.message.startsWith(name)).toBe(true);
    expect(outcome.message).toMatch(/nothing was imported|already imported|cannot be read/);
  }
  return outcome;
}

describe('hostile statements never crash the importer or leave partial data', () => {
  it('random byte mutations of every fixture', async () => {
    const originals = fixtureFiles.map((f) => readFileSync(f));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: originals.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'delete')), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('strict' as const, 'lenient' as const),
        async (which, mutations, mode) => {
          const bytes = [...originals[which]!];
          for (const [at, value, kind] of mutations) {
            const index = bytes.length ? at % bytes.length : 0;
            if (kind === 'set' && bytes.length) bytes[index] = value;
            else if (kind === 'insert') bytes.splice(index, 0, value);
            else bytes.splice(index, 1);
          }
          await importAndCheck(Uint8Array.from(bytes), mode);
        },
      ),
      { numRuns: 150, seed: 20261121 },
    );
  }, 120_000);

  it('random text in a DistroKid layout', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 10, maxLength: 15 }), { minLength: 1, maxLength: 8 }), async (rows) => {
        const text = [DISTROKID_13_HEADER, ...rows.map((cells) => cells.join('\t'))].join('\n');
        await importAndCheck(new TextEncoder().encode(text), 'lenient');
      }),
      { numRuns: 100, seed: 7 },
    );
  }, 120_000);

  const line = (earnings: string, title = 'Song') => distroKidLine({ saleMonth: '2024-01', store: 'Spotify', title, isrc: 'USAAA2400001', qty: 1, earnings });

  it.each([
    ['a 0-byte file', new Uint8Array(0), /empty \(0 bytes\)/],
    ['a binary file', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), /binary/],
    ['mismatched quotes', new TextEncoder().encode(`${DISTROKID_13_HEADER}\n${line('1.00')}\n"unclosed\t${line('2.00')}\n`), /never closed/],
    ['a truncated file', new TextEncoder().encode(`${DISTROKID_13_HEADER}\n${line('1.00')}\n2024-07-05\t2024-01\tSpot`), /cut short/],
  ])('%s is refused with a reason', async (_label, bytes, reason) => {
    const outcome = await importAndCheck(bytes, 'strict');
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toMatch(reason);
  });

  it('a 10 MB line is quarantined, not a crash', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const outcome = await importAndCheck(new TextEncoder().encode(`${DISTROKID_13_HEADER}\n${line('1.00')}\n${line('2.00', huge)}\n${line('3.00')}\n`), 'lenient');
    expect(outcome.status).toBe('imported');
    expect(outcome.imported).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('UTF-16 without a byte-order mark is read', async () => {
    const text = `${DISTROKID_13_HEADER}\n${line('1.25')}\n`;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i);
    const outcome = await importAndCheck(bytes, 'strict');
    expect(outcome).toMatchObject({ status: 'imported', amounts: { USD: '1.25000000' } });
  });

  it('formula-like cells are stored as plain text', async () => {
    const formula = distroKidLine({ saleMonth: '2024-01', store: 'Spotify', title: '=HYPERLINK("http://evil","x")', isrc: 'USFRM2400001', qty: 1, earnings: '0.50' });
    const outcome = await importAndCheck(new TextEncoder().encode(`${DISTROKID_13_HEADER}\n${formula}\n`), 'strict');
    expect(outcome.status).toBe('imported');
    expect(db.prepare('SELECT title FROM recording WHERE title LIKE ?').pluck().get('=HYPERLINK%')).toBe('=HYPERLINK("http://evil","x")');
  });
});

