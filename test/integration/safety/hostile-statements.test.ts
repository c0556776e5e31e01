import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mappedFormat } from '../../../src/main/import/column-mapping/mapped-format';
import type { StatementFormat } from '../../../src/main/import/formats/statement-format';
import { importStatement } from '../../../src/main/import/import-statement';
import type { ImportOutcome } from '../../../src/main/import/import-outcome';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { MappingSpec } from '../../../src/shared/contract/column-mapping';
import { DISTROKID_RESULTS, makeContainers, minimalWorkbook, writeWorkbook } from '../../fixtures/make-containers';
import { COOP_MAPPING } from '../../support/coop-mapping';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'statements');

/** Every statement fixture, however deep it is filed, by its path under the fixtures folder. */
function textFixtures(): [string, Buffer][] {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((name) => basename(name) !== '.gitattributes' && statSync(join(FIXTURES, name)).isFile())
    .map((name) => [name, readFileSync(join(FIXTURES, name))]);
}

/**
 * The archives, workbooks and compressed files the container tests import, made the same way
 * (test/fixtures/make-containers.ts): a nested zip, a zip among lookup tables, a zip cut short, a
 * bomb, a damaged member, a workbook written by exceljs, the smallest workbook a report generator
 * writes, and a gzip.
 */
async function containerFixtures(): Promise<[string, Buffer][]> {
  const scratch = tempDataFolder('tunemantra-fuzz-containers-');
  try {
    const rows = readFileSync(join(FIXTURES, 'distrokid-legacy.tsv'), 'utf8').trimEnd().split('\n').map((line) => line.split('\t'));
    const made = [
      ...Object.values(makeContainers(scratch.dir)),
      await writeWorkbook(join(scratch.dir, 'distrokid-legacy.xlsx'), [{ name: 'Sheet1', rows }]),
      scratch.write('distrokid-minimal.xlsx', minimalWorkbook('Sheet1', rows)),
      scratch.write('distrokid-results.csv.gz', gzipSync(DISTROKID_RESULTS)),
    ];
    return made.map((path) => [basename(path), readFileSync(path)]);
  } finally {
    scratch.remove();
  }
}

const FUZZED = [...textFixtures(), ...(await containerFixtures())].sort(([a], [b]) => a.localeCompare(b));

/**
 * What a refusal that names no line may be about: the file as a whole (empty, binary, an old or
 * locked Excel file, no HEAD record, no lines under its header, amounts past what the store can
 * add up), or an archive, workbook or compressed file, or a member of one, that cannot be opened.
 * Any other refusal is about a line and must name it.
 */
const FILE_LEVEL_REASONS = /the file is empty|(amounts|quantities) add up to more|binary file|password-protected|the file has|zip|archive|gzip|compressed|workbook|the entry for .+ is damaged/;

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

/** Lines stored: statement lines, and Spotify for Artists' gauge lines (each of one reading or more). */
const STORED_LINES = 'SELECT (SELECT COUNT(*) FROM statement_line) + (SELECT COUNT(*) FROM (SELECT DISTINCT import_id, line_no FROM gauge_reading))';

const counts = () => ({
  lines: db.prepare(STORED_LINES).pluck().get() as number,
  quarantined: db.prepare('SELECT COUNT(*) FROM rejected_line').pluck().get() as number,
  batches: db.prepare('SELECT COUNT(*) FROM import_batch').pluck().get() as number,
});

const total = (outcomes: ImportOutcome[], count: (outcome: ImportOutcome) => number) => outcomes.reduce((sum, o) => sum + count(o), 0);

/**
 * A refused document's message starts with its name as the user knows it (the file, or
 * `file.zip › member.csv`, `book.xlsx › Sheet1`), then the line when the refusal is about one.
 */
function expectRefusalLocated(outcome: ImportOutcome, path: string, fileName: string): void {
  const shown = fileName + outcome.file.slice(path.length);
  const line = outcome.problems[0]?.line ?? null;
  expect(outcome.message.startsWith(line === null ? `${shown}: ` : `${shown} line ${line}: `), outcome.message).toBe(true);
  if (line === null) expect(outcome.problems[0]?.reason ?? '', outcome.message).toMatch(FILE_LEVEL_REASONS);
  else expect(line).toBeGreaterThan(0);
}

interface CaseOptions {
  /** The file's name; a folder of its own keeps it as given, since formats read some (a DSR's). */
  fileName?: string;
  extraFormats?: StatementFormat[];
}

/** Imports bytes as a file and checks the promises every import keeps, whatever the input. */
async function importAndCheck(bytes: Uint8Array, mode: 'strict' | 'lenient', { fileName = 'statement.csv', extraFormats }: CaseOptions = {}): Promise<ImportOutcome[]> {
  const dir = join(folder.dir, `case-${++counter}`);
  mkdirSync(dir);
  const path = join(dir, fileName);
  writeFileSync(path, bytes);
  const before = counts();
  const outcomes = await importStatement(db, path, { mode, archiveDir: null, isCancelled: () => false, onProgress: () => {}, extraFormats });
  const after = counts();
  expect(db.inTransaction).toBe(false);
  expect(outcomes.length).toBeGreaterThan(0);
  const imported = outcomes.filter((o) => o.status === 'imported');
  expect(after).toEqual({
    lines: before.lines + total(imported, (o) => o.imported),
    quarantined: before.quarantined + total(imported, (o) => o.rejected),
    batches: before.batches + imported.length,
  });
  for (const outcome of outcomes) {
    expect(outcome.message.startsWith(fileName)).toBe(true);
    if (outcome.status === 'imported') {
      for (const problem of outcome.problems) {
        expect(problem.line).toBeGreaterThan(0);
        expect(problem.reason.length).toBeGreaterThan(5);
      }
      continue;
    }
    expect(outcome.message).toMatch(/nothing was imported|already imported|cannot be read/);
    if (outcome.status === 'rejected') expectRefusalLocated(outcome, path, fileName);
  }
  return outcomes;
}

/** Imports bytes expected to hold one statement document, and returns its outcome. */
async function importOne(bytes: Uint8Array, mode: 'strict' | 'lenient', options?: CaseOptions): Promise<ImportOutcome> {
  const outcomes = await importAndCheck(bytes, mode, options);
  expect(outcomes).toHaveLength(1);
  return outcomes[0]!;
}

/** Sets, inserts and deletes bytes at random places. */
const mutationsArb = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'delete')), { minLength: 1, maxLength: 12 });

function mutate(original: Uint8Array, mutations: [number, number, 'set' | 'insert' | 'delete'][]): Uint8Array {
  const bytes = [...original];
  for (const [at, value, kind] of mutations) {
    const index = bytes.length ? at % bytes.length : 0;
    if (kind === 'set' && bytes.length) bytes[index] = value;
    else if (kind === 'insert') bytes.splice(index, 0, value);
    else bytes.splice(index, 1);
  }
  return Uint8Array.from(bytes);
}

/** Each fixture's runs have a seed of their own, from its name: a failure reproduces, and a new fixture moves no other's. */
const MUTATION_SEED = 20261121;
const seedOf = (name: string) => [...name].reduce((seed, c) => (Math.imul(seed, 31) + c.charCodeAt(0)) | 0, MUTATION_SEED);
const MUTATIONS_PER_FIXTURE = 20;

describe('hostile statements never crash the importer or leave partial data', () => {
  it.each(FUZZED)('random byte mutations of %s', async (name, original) => {
    await fc.assert(
      fc.asyncProperty(mutationsArb, fc.constantFrom('strict' as const, 'lenient' as const), async (mutations, mode) => {
        await importAndCheck(mutate(original, mutations), mode, { fileName: basename(name) });
      }),
      { numRuns: MUTATIONS_PER_FIXTURE, seed: seedOf(name) },
    );
  });

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
    ['a 0-byte file', new Uint8Array(0), null, /empty \(0 bytes\)/],
    ['a binary file', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), null, /binary/],
    ['mismatched quotes', new TextEncoder().encode(`${DISTROKID_13_HEADER}\n${line('1.00')}\n"unclosed\t${line('2.00')}\n`), 3, /never closed/],
    ['a truncated file', new TextEncoder().encode(`${DISTROKID_13_HEADER}\n${line('1.00')}\n2024-07-05\t2024-01\tSpot`), 3, /cut short/],
  ])('%s is refused with a reason, naming the line when the refusal is about one', async (_label, bytes, refusedLine, reason) => {
    const outcome = await importOne(bytes, 'strict');
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toMatch(reason);
    expect(outcome.message.startsWith(refusedLine === null ? 'statement.csv: ' : `statement.csv line ${refusedLine}: `)).toBe(true);
    expect(outcome.problems).toEqual([{ line: refusedLine, reason: expect.stringMatching(reason) }]);
  });

  it('a DSR file created in the year 3025 (a slip the fuzzer made) is dated by its file name, never a crash', async () => {
    const name = 'ddex/DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_2of2_20250305T120000.tsv';
    const original = FUZZED.find(([fixture]) => fixture === name)![1];
    const text = Buffer.from(original).toString('utf8');
    expect(text).toContain('\t2025-03-05T12:00:00Z\t');
    const slipped = new TextEncoder().encode(text.replace('\t2025-03-05T12:00:00Z\t', '\t3025-0305T12:00:00Z\t'));
    for (const mode of ['strict', 'lenient'] as const) {
      const outcome = await importOne(slipped, mode, { fileName: basename(name) });
      expect(outcome).toMatchObject({ status: 'imported', reportingFrom: '2025-03-05', reportingTo: '2025-03-05' });
      db.prepare('DELETE FROM import_batch WHERE id = ?').run(outcome.importId);
    }
  });

  it('an amount past what a line can earn is quarantined with the reason, never a crash; strict mode refuses the file', async () => {
    // Thirty digits: cells run together. The store keeps amounts in 64-bit integers, which this would overflow.
    const text = [DISTROKID_13_HEADER, line('1.25'), line('123456789012345678901234567890'), line('-10000000000.5')].join('\n');
    const outcome = await importOne(new TextEncoder().encode(text), 'lenient');
    expect(outcome).toMatchObject({ status: 'imported', imported: 1, rejected: 2 });
    expect(outcome.problems).toEqual([
      { line: 3, reason: expect.stringMatching(/^the earned amount 123456789012345678901234567890\.00000000 USD is more than a statement line can earn/) },
      { line: 4, reason: expect.stringMatching(/^the earned amount -10000000000\.50000000 USD is more than/) },
    ]);
    const strict = await importOne(new TextEncoder().encode(`${text}\n${line('3.00', 'Other')}`), 'strict');
    expect(strict.status).toBe('rejected');
    expect(strict.message).toMatch(/^statement\.csv line 3: the earned amount/);
  });

  it('lines that each can be earned but add up past what the store can sum refuse the file, naming why', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => line('9999999999.99', `Song ${i}`));
    const outcome = await importOne(new TextEncoder().encode([DISTROKID_13_HEADER, ...lines].join('\n')), 'lenient');
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toBe(
      'statement.csv: its amounts add up to more than 10,000,000,000 either way: more than any statement earns, and more than the store can add up (are cells run together?); nothing was imported.',
    );
  });

  it('quantities that each fit but add up past what the store can sum refuse the file, naming why', async () => {
    // Each line's quantity is a whole number a line may hold; together they pass what a running total keeps exact.
    const huge = (i: number) => distroKidLine({ saleMonth: '2024-01', store: 'Spotify', title: `Song ${i}`, isrc: 'USAAA2400001', qty: 5_000_000_000_000_000, earnings: '0.01' });
    const text = [DISTROKID_13_HEADER, huge(1), huge(2)].join('\n');
    const outcome = await importOne(new TextEncoder().encode(text), 'lenient');
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toMatch(/^statement\.csv: its quantities add up to more than 9,007,199,254,740,991 units either way/);
  });

  describe('a 10 MB line', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const tooLong = (chars: string) => `this line is ${chars} characters long; a statement line is at most 1,048,576 characters`;
    const quarantined = (importId: number | null) =>
      db.prepare('SELECT line_no, reason, length(raw) AS kept FROM rejected_line WHERE import_id = ?').all(importId);
    const storedLines = (importId: number | null) =>
      db.prepare('SELECT line_no FROM statement_line WHERE import_id = ? ORDER BY line_no').pluck().all(importId);
    /** The import's earned amount in 1e-16 units, from the two stored integer columns, exactly. */
    const storedTotal = (importId: number | null) => {
      const { hi, lo } = db.prepare('SELECT SUM(amount_hi) AS hi, SUM(amount_lo) AS lo FROM statement_line WHERE import_id = ?')
        .safeIntegers(true).get(importId) as { hi: bigint; lo: bigint };
      return hi * 10n ** 8n + lo;
    };

    // A megabyte or more of a built-in layout is read on a thread of its own.
    const distroKid = new TextEncoder().encode(`${DISTROKID_13_HEADER}\n${line('1.00')}\n${line('2.00', huge)}\n${line('3.00')}\n`);
    // A layout read by a column mapping is read on the writer's thread, whatever its size.
    const coopLines = readFileSync(join(FIXTURES, 'unknown', 'coop-statement-2025-03.csv'), 'utf8').split('\r\n');
    coopLines[4] = `01/03/2025;Deezer;BE;Ana Sol;${huge};FRX202500001;350;0,98765`;
    const coop = new TextEncoder().encode(coopLines.join('\r\n'));
    const coopFormat = mappedFormat({ name: 'Co-op', version: 1, spec: MappingSpec.parse(COOP_MAPPING) });
    /** The same lines and a blank one: new content, where the file as it was would be a duplicate. */
    const withBlankLine = (bytes: Uint8Array) => Buffer.concat([bytes, Buffer.from('\n')]);

    it('is quarantined with its length, and the other lines import to the cent, read on a thread of its own', async () => {
      const outcome = await importOne(distroKid, 'lenient');
      const reason = tooLong('10,485,834');
      expect(outcome).toMatchObject({ status: 'imported', lines: 3, imported: 2, rejected: 1, amounts: { USD: '4.00000000' }, problems: [{ line: 3, reason }] });
      expect(outcome.message).toBe('statement.csv: 2 lines imported as DistroKid (13-column), 1 quarantined with reasons.');
      // The writer keeps the start of a quarantined line, not megabytes of it.
      expect(quarantined(outcome.importId)).toEqual([{ line_no: 3, reason, kept: 4096 }]);
      expect(storedLines(outcome.importId)).toEqual([2, 4]);
      expect(storedTotal(outcome.importId)).toBe(4n * 10n ** 16n);
    }, 60_000);

    it('is quarantined the same way when read on the writer\'s thread', async () => {
      const outcome = await importOne(coop, 'lenient', { extraFormats: [coopFormat] });
      const reason = tooLong('10,485,814');
      expect(outcome).toMatchObject({ status: 'imported', format: 'Co-op', lines: 5, imported: 4, rejected: 1, problems: [{ line: 5, reason }] });
      expect(quarantined(outcome.importId)).toEqual([{ line_no: 5, reason, kept: 4096 }]);
      expect(storedLines(outcome.importId)).toEqual([4, 6, 7, 8]);
      // 3.456789 + 5.5 − 0.99 + 1234.5678
      expect(storedTotal(outcome.importId)).toBe(12425345890000000000n);
    }, 60_000);

    it.each([
      ['on a thread of its own', distroKid, {}, 3, tooLong('10,485,834')],
      ['on the writer\'s thread', coop, { extraFormats: [coopFormat] }, 5, tooLong('10,485,814')],
    ])('refuses the file in strict mode, naming the line, read %s', async (_path, bytes, options, refusedLine, reason) => {
      const outcome = await importOne(withBlankLine(bytes), 'strict', options);
      expect(outcome).toMatchObject({ status: 'rejected', problems: [{ line: refusedLine, reason }] });
      expect(outcome.message).toBe(`statement.csv line ${refusedLine}: ${reason}; nothing was imported.`);
    }, 60_000);
  });

  it('UTF-16 without a byte-order mark is read', async () => {
    const text = `${DISTROKID_13_HEADER}\n${line('1.25')}\n`;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i);
    const outcome = await importOne(bytes, 'strict');
    expect(outcome).toMatchObject({ status: 'imported', amounts: { USD: '1.25000000' } });
  });

  it('formula-like cells are stored as plain text', async () => {
    const formula = distroKidLine({ saleMonth: '2024-01', store: 'Spotify', title: '=HYPERLINK("http://evil","x")', isrc: 'USFRM2400001', qty: 1, earnings: '0.50' });
    const outcome = await importOne(new TextEncoder().encode(`${DISTROKID_13_HEADER}\n${formula}\n`), 'strict');
    expect(outcome.status).toBe('imported');
    expect(db.prepare('SELECT title FROM recording WHERE title LIKE ?').pluck().get('=HYPERLINK%')).toBe('=HYPERLINK("http://evil","x")');
  });
});
