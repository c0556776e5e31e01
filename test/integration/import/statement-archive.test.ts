import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { zipBytes } from '../../fixtures/make-containers';
import { filesUnder } from '../../support/files-under';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';
import { importAll, rowCount } from './temp-store';

/**
 * Each imported statement's original is kept unchanged under `statements/<sha[0:2]>/<sha>.<ext>`,
 * named by the SHA-256 of its bytes: computed here with node:crypto over the file the test wrote.
 */
let folder: ReturnType<typeof tempDataFolder>;
beforeEach(() => {
  folder = tempDataFolder('tunemantra-archive-');
});
afterEach(() => folder.remove());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
function statement(reported: string, saleMonth: string, earnings: string[]): Buffer {
  const lines = earnings.map((earned, i) => distroKidLine({ saleMonth, store: 'Spotify', title: `Luz ${i + 1}`, isrc: `ESA01240000${i + 1}`, qty: 10, earnings: earned }).replace('2024-07-05', reported));
  return Buffer.from(`${[DISTROKID_13_HEADER, ...lines].join('\n')}\n`);
}

describe('the archive of original statements', () => {
  let db: Store;
  let archiveDir: string;
  beforeEach(() => {
    db = openWriterStore(folder.location.databaseFile);
    archiveDir = join(folder.dir, 'statements');
  });
  afterEach(() => db.close());

  const archivePaths = () => db.prepare('SELECT file_name, archive_path FROM import_batch ORDER BY id').raw().all();

  it('keeps a plain statement at statements/<sha[0:2]>/<sha>.<ext>, byte for byte, and the same bytes under another name add nothing', async () => {
    const bytes = statement('2024-04-05', '2024-03', ['1.25', '2.50']);
    const sha = sha256(bytes);
    const [outcome] = await importAll(db, folder.write('march.tsv', bytes), { archiveDir });
    expect(outcome).toMatchObject({ status: 'imported', imported: 2 });

    const expected = `${sha.slice(0, 2)}/${sha}.tsv`;
    expect(filesUnder(archiveDir)).toEqual([expected]);
    expect(archivePaths()).toEqual([['march.tsv', join(archiveDir, sha.slice(0, 2), `${sha}.tsv`)]]);
    expect(readFileSync(join(archiveDir, expected)).equals(bytes)).toBe(true);
    expect(db.prepare('SELECT file_sha256 FROM import_batch').pluck().get()).toBe(sha);

    // The same bytes, renamed and with another extension: already imported, nothing archived again.
    const [again] = await importAll(db, folder.write('March statement (copy).TXT', bytes), { archiveDir });
    expect(again).toMatchObject({ status: 'duplicate', importId: outcome!.importId });
    expect(filesUnder(archiveDir)).toEqual([expected]);
    expect(rowCount(db, 'import_batch')).toBe(1);
  });

  it('keeps a zip once, named by the zip’s own SHA-256, as the original of every statement in it; the zip renamed adds nothing', async () => {
    const march = statement('2024-04-05', '2024-03', ['1.25', '2.50']);
    const april = statement('2024-05-05', '2024-04', ['0.75']);
    const zip = zipBytes([{ name: 'march.tsv', data: march }, { name: 'april.tsv', data: april }]);
    const sha = sha256(zip);
    // The members' own hashes are not the zip's: the archive is named by the file the user chose.
    expect(sha).not.toBe(sha256(march));

    const outcomes = await importAll(db, folder.write('Statements Q2.ZIP', zip), { archiveDir });
    expect(outcomes.map((o) => [o.status, o.imported])).toEqual([['imported', 2], ['imported', 1]]);
    const archived = join(archiveDir, sha.slice(0, 2), `${sha}.zip`);
    expect(filesUnder(archiveDir)).toEqual([`${sha.slice(0, 2)}/${sha}.zip`]);
    expect(archivePaths()).toEqual([
      ['Statements Q2.ZIP › march.tsv', archived],
      ['Statements Q2.ZIP › april.tsv', archived],
    ]);
    expect(readFileSync(archived).equals(zip)).toBe(true);
    // Each batch is known by its member's content.
    expect(db.prepare('SELECT file_sha256 FROM import_batch ORDER BY id').pluck().all()).toEqual([sha256(march), sha256(april)]);

    const again = await importAll(db, folder.write('copy of statements.zip', zip), { archiveDir });
    expect(again.map((o) => o.status)).toEqual(['duplicate', 'duplicate']);
    expect(filesUnder(archiveDir)).toEqual([`${sha.slice(0, 2)}/${sha}.zip`]);
    expect(rowCount(db, 'import_batch')).toBe(2);
  });

  it('keeps no copy of a file none of whose statements was imported: refused in strict mode, skipped as an overlap, or previewed', async () => {
    const bad = Buffer.from(`${statement('2024-04-05', '2024-03', ['1.25']).toString().trimEnd()}\n${distroKidLine({ saleMonth: '2024-03', store: 'Spotify', title: 'Broken', isrc: 'ESA012400009', qty: 1, earnings: 'twelve' })}\n`);
    const [refused] = await importAll(db, folder.write('bad.tsv', bad), { archiveDir, mode: 'strict' });
    expect(refused).toMatchObject({ status: 'rejected' });
    expect(filesUnder(archiveDir)).toEqual([]);

    const [previewed] = await importAll(db, folder.write('preview.tsv', statement('2024-04-05', '2024-03', ['1.25'])), { archiveDir, dryRun: true });
    expect(previewed).toMatchObject({ status: 'imported', importId: null });
    expect(filesUnder(archiveDir)).toEqual([]);

    const first = statement('2024-04-05', '2024-03', ['1.25', '2.50']);
    await importAll(db, folder.write('march.tsv', first), { archiveDir });
    const overlapping = statement('2024-04-05', '2024-03', ['9.99']);
    const [skipped] = await importAll(db, folder.write('march-again.tsv', overlapping), { archiveDir, onOverlap: 'skip' });
    expect(skipped).toMatchObject({ status: 'skipped' });
    expect(filesUnder(archiveDir)).toEqual([`${sha256(first).slice(0, 2)}/${sha256(first)}.tsv`]);
  });

  it('keeps a zip whose first statement was imported though its second was refused', async () => {
    const march = statement('2024-04-05', '2024-03', ['1.25']);
    const empty = Buffer.from(`${DISTROKID_13_HEADER}\n`);
    const zip = zipBytes([{ name: 'march.tsv', data: march }, { name: 'empty.tsv', data: empty }]);
    const outcomes = await importAll(db, folder.write('two.zip', zip), { archiveDir });
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'rejected']);
    expect(filesUnder(archiveDir)).toEqual([`${sha256(zip).slice(0, 2)}/${sha256(zip)}.zip`]);
    expect(readFileSync(join(archiveDir, sha256(zip).slice(0, 2), `${sha256(zip)}.zip`)).equals(zip)).toBe(true);
  });
});

describe('the archive, through the workstation core', () => {
  let core: WorkstationCore;
  beforeEach(async () => {
    core = await openWorkstationCore({ location: folder.location, readers: 1 });
  });
  afterEach(() => core.close());

  async function importUpload(fileName: string, bytes: Uint8Array) {
    const staged = core.stageUpload(fileName, bytes);
    const { jobId } = core.startStagedImport({ files: [{ stagedId: staged.stagedId, onOverlap: 'skip' }], mode: 'strict' });
    for (;;) {
      const job = core.jobs.snapshot(jobId);
      if (job.status !== 'running') return (job.result as { outcomes: { status: string }[] }).outcomes;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('archives an uploaded statement in statements/ beside the store, and a renamed copy adds nothing', async () => {
    const bytes = statement('2024-06-05', '2024-05', ['3.10', '0.000000000001']);
    const sha = sha256(bytes);
    const statements = join(folder.dir, 'data', 'statements');
    expect(folder.location.archiveDir).toBe(statements);

    expect((await importUpload('may.csv', bytes)).map((o) => o.status)).toEqual(['imported']);
    expect(filesUnder(statements)).toEqual([`${sha.slice(0, 2)}/${sha}.csv`]);
    expect(readFileSync(join(statements, sha.slice(0, 2), `${sha}.csv`)).equals(bytes)).toBe(true);

    expect((await importUpload('may-again.tsv', bytes)).map((o) => o.status)).toEqual(['duplicate']);
    expect(filesUnder(statements)).toEqual([`${sha.slice(0, 2)}/${sha}.csv`]);
  });
});
