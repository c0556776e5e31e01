import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../../src/main/import/import-outcome';
import { DISTROKID_RESULTS, makeContainers, writeWorkbook, zipBytes } from '../../../fixtures/make-containers';
import { decimalUnits, importAll, importFile, openTempStore, rowCount, storedTotals, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/', import.meta.url));

let store: TempStore;
let files: ReturnType<typeof makeContainers>;
beforeEach(() => {
  store = openTempStore();
  files = makeContainers(store.dir);
});
afterEach(() => store.cleanup());

function expectNothingWritten(): void {
  for (const table of ['statement_line', 'import_batch', 'rejected_line', 'artist', 'recording', 'release']) {
    expect(rowCount(store.db, table), table).toBe(0);
  }
}

describe('statements in zip archives', () => {
  it('imports results.csv from a zip inside a zip, named by its place in the archive', async () => {
    const outcomes = await importAll(store.db, files.distroKidNested);
    expect(outcomes).toHaveLength(1);
    const [outcome] = outcomes;
    // Same totals as the plain CSV: 5.7234567890 + 3.536000000000 − 0.57000000 + 6.33000000000; 5230 + 1040 − 1 + 1.
    expect(outcome).toMatchObject({
      status: 'imported', format: 'DistroKid', variant: '15-column (Source Type)', encoding: 'utf-8', imported: 4,
      file: `${files.distroKidNested} › inner.zip › results.csv`, amounts: { USD: '15.019456789' }, quantity: 6270,
    });
    expect(outcome!.message).toMatch(/^distrokid-export\.zip › inner\.zip › results\.csv: 4 lines imported as DistroKid/);
    expect(outcome!.warnings).toEqual(['distrokid-export.zip: skipped, 1 macOS or hidden system file (__MACOSX/, .DS_Store), not statements.']);
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('15.019456789') });
    const batch = store.db.prepare('SELECT file_name, file_sha256, byte_length FROM import_batch').get() as Record<string, unknown>;
    expect(batch).toMatchObject({ file_name: 'distrokid-export.zip › inner.zip › results.csv', byte_length: DISTROKID_RESULTS.length });
  });

  it('knows a member by its own content: re-importing the zip, or the same CSV on its own, is a duplicate', async () => {
    const [first] = await importAll(store.db, files.distroKidNested);
    const again = await importAll(store.db, files.distroKidNested);
    expect(again).toEqual([expect.objectContaining({ status: 'duplicate', importId: first!.importId })]);
    expect(again[0]!.message).toMatch(/^distrokid-export\.zip › inner\.zip › results\.csv: already imported/);
    const plain = await importFile(store.db, join(FIXTURES, 'distrokid-current-source-type.csv'));
    expect(plain).toMatchObject({ status: 'duplicate', importId: first!.importId });
    expect(rowCount(store.db, 'import_batch')).toBe(1);
    expect(rowCount(store.db, 'statement_line')).toBe(4);
  });

  it('archives the zip itself as the original of every statement in it', async () => {
    const archiveDir = join(store.dir, 'archive');
    await importAll(store.db, files.distroKidNested, { archiveDir });
    const archived = store.db.prepare('SELECT archive_path FROM import_batch').pluck().get() as string;
    expect(archived.endsWith('.zip')).toBe(true);
    expect(readFileSync(archived).equals(readFileSync(files.distroKidNested))).toBe(true);
  });

  it('a dry run of a zip reports what would be imported and writes nothing', async () => {
    const [outcome] = await importAll(store.db, files.distroKidNested, { dryRun: true });
    expect(outcome).toMatchObject({ status: 'imported', importId: null, amounts: { USD: '15.019456789' } });
    expect(outcome!.message).toContain('4 lines can be imported');
    expectNothingWritten();
  });

  it('imports every statement of a zip on its own, including a workbook, and lists what it skipped', async () => {
    const workbook = readFileSync(await writeWorkbook(join(store.dir, 'april.xlsx'), [{
      name: 'April',
      rows: [
        ['Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity', 'Team Percentage', 'Song/Album', 'Country of Sale', 'Songwriter Royalties Withheld', 'Earnings (USD)'],
        ['2025-05-05', '2025-04', 'Deezer', 'Ana Sol', 'Luz', 'ESA012400001', null, 12, 100, 'Song', 'ES', 0, 0.0421],
      ],
    }]));
    const path = join(store.dir, 'bundle.zip');
    writeFileSync(path, zipBytes([
      { name: 'notes/README.md', data: '# Statements for May\n' },
      { name: 'results.csv', data: DISTROKID_RESULTS },
      { name: 'april.xlsx', data: workbook, store: true },
      { name: '.DS_Store', data: Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]) },
    ]));
    const outcomes = await importAll(store.db, path);
    expect(outcomes.map((o) => [o.file.slice(store.dir.length + 1), o.status, o.amounts])).toEqual([
      ['bundle.zip › results.csv', 'imported', { USD: '15.019456789' }],
      ['bundle.zip › april.xlsx › April', 'imported', { USD: '0.04210000' }],
    ]);
    expect(outcomes[0]!.warnings).toEqual([
      expect.stringMatching(/^bundle\.zip › notes\/README\.md: skipped, not a statement layout this app recognises \(it begins "# Statements for May"\)\.$/),
      'bundle.zip: skipped, 1 macOS or hidden system file (__MACOSX/, .DS_Store), not statements.',
    ]);
    expect(outcomes[1]!.warnings).toEqual([]);
    expect(store.db.prepare('SELECT file_name FROM import_batch ORDER BY id').pluck().all()).toEqual(['bundle.zip › results.csv', 'bundle.zip › april.xlsx › April']);
  });

  it('refuses members that would expand like a zip bomb, declared or not, and writes nothing', async () => {
    const outcomes = await importAll(store.db, files.bomb);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(outcomes[0]!.message).toMatch(/^bomb\.zip › results\.csv: it would expand \d+× \(8\.\d KB to 8\.4 MB\), more than the 200× a statement ever needs: refused as a possible zip bomb; nothing was imported\.$/);
    expect(outcomes[1]!.message).toMatch(/^bomb\.zip › liar\.csv: it unpacks to more than the 1\.0 KB the archive declares: refused as a possible zip bomb; nothing was imported\.$/);
    expectNothingWritten();
  });

  it('refuses a zip cut short with a readable reason, and writes nothing', async () => {
    const outcomes = await importAll(store.db, files.truncated);
    expect(outcomes).toEqual([expect.objectContaining({ status: 'rejected', problems: [{ line: null, reason: expect.any(String) }] })]);
    expect(outcomes[0]!.message).toBe(
      'distrokid-cut-short.zip: this zip archive (or .xlsx workbook) cannot be read: its table of contents is missing or damaged (is the file cut short?); nothing was imported.',
    );
    expectNothingWritten();
  });

  it('refuses a member whose checksum does not match, and writes nothing', async () => {
    const [outcome] = await importAll(store.db, files.damaged);
    expect(outcome!.message).toBe('damaged.zip › results.csv: it is damaged inside the archive (checksum mismatch); nothing was imported.');
    expectNothingWritten();
  });

  it('refuses an archive with no statement in it, listing what it holds', async () => {
    const path = join(store.dir, 'pictures.zip');
    writeFileSync(path, zipBytes([{ name: 'cover.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) }, { name: 'empty.csv', data: '' }]));
    const [outcome] = await importAll(store.db, path);
    expect(outcome!.status).toBe('rejected');
    expect(outcome!.message).toBe('pictures.zip: the archive holds no statement this app recognises (it holds cover.png, empty.csv); nothing was imported.');
    expect(outcome!.warnings).toEqual([
      'pictures.zip › cover.png: skipped, this is not a text statement (it looks like a binary file).',
      'pictures.zip › empty.csv: skipped, the file is empty (0 bytes).',
    ]);
    expectNothingWritten();
  });

  it('opens zips within zips only to a sane depth', async () => {
    let nested = zipBytes([{ name: 'results.csv', data: DISTROKID_RESULTS }]);
    for (const name of ['c.zip', 'b.zip', 'a.zip']) nested = zipBytes([{ name, data: nested }]);
    const path = join(store.dir, 'deep.zip');
    writeFileSync(path, nested);
    const [outcome] = await importAll(store.db, path);
    expect(outcome!.status).toBe('rejected');
    expect(outcome!.warnings).toContain('deep.zip › a.zip › b.zip › c.zip: skipped, archives nested more than 3 deep are not opened.');
    expectNothingWritten();
  });

  it('stops at a cancel: the statement being read is cancelled and nothing of it is written', async () => {
    let reading = false;
    const outcomes = await importAll(store.db, files.distroKidNested, {
      onProgress: (p) => {
        if (p.phase === 'reading') reading = true;
      },
      isCancelled: () => reading,
    });
    expect(outcomes.map((o) => o.status)).toEqual(['cancelled']);
    expect(outcomes[0]!.message).toMatch(/^distrokid-export\.zip › inner\.zip › results\.csv: The import was cancelled/);
    expectNothingWritten();
  });

  it('a cancel between members keeps the statements imported before it', async () => {
    const path = join(store.dir, 'two.zip');
    writeFileSync(path, zipBytes([
      { name: 'results.csv', data: DISTROKID_RESULTS },
      { name: 'legacy.tsv', data: readFileSync(join(FIXTURES, 'distrokid-legacy.tsv')) },
    ]));
    const committed = () => !store.db.inTransaction && rowCount(store.db, 'import_batch') > 0;
    const outcomes = await importAll(store.db, path, { isCancelled: committed });
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'cancelled']);
    expect(outcomes[1]!.message).toBe('two.zip: The import was cancelled; the statement imported before it stays.');
    expect(store.db.prepare('SELECT file_name FROM import_batch').pluck().all()).toEqual(['two.zip › results.csv']);
  });

  it('reports progress as bytes of the zip the user chose', async () => {
    const size = readFileSync(files.distroKidNested).length;
    const seen: { bytesDone: number; bytesTotal: number }[] = [];
    await importAll(store.db, files.distroKidNested, { onProgress: (p) => p.bytesTotal > 0 && seen.push(p) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.bytesTotal === size && p.bytesDone <= size)).toBe(true);
  });

  it('waits for another writer where the member in hand starts, not back at the zip’s start', async () => {
    const path = join(store.dir, 'two.zip');
    writeFileSync(path, zipBytes([
      { name: 'results.csv', data: DISTROKID_RESULTS },
      { name: 'legacy.tsv', data: readFileSync(join(FIXTURES, 'distrokid-legacy.tsv')) },
    ]));
    // Another window takes the write lock as the second member is unpacked, and lets go once the import waits.
    const other = new Database(store.db.name);
    const seen: ImportProgress[] = [];
    let taken = false;
    try {
      await importAll(store.db, path, {
        onProgress: (p) => {
          seen.push(p);
          if (p.phase === 'checking' && !taken && seen.some((s) => s.phase === 'finishing')) {
            taken = true;
            other.exec('BEGIN IMMEDIATE');
          }
          if (p.phase === 'waiting' && other.inTransaction) other.exec('COMMIT');
        },
      });
    } finally {
      other.close();
    }
    const waiting = seen.filter((p) => p.phase === 'waiting');
    expect(waiting.length).toBeGreaterThan(0);
    const share = (p: ImportProgress) => (p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : 0);
    expect(seen.filter((p, i) => i > 0 && share(p) < share(seen[i - 1]!))).toEqual([]);
    const secondStarts = share(seen.find((p) => p.member?.at === 2)!);
    expect(secondStarts).toBeGreaterThan(0);
    for (const p of waiting) expect([share(p), p.member]).toEqual([secondStarts, { name: 'legacy.tsv', at: 2, of: 2 }]);
  });
});
