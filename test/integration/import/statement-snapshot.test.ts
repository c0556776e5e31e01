import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeImports } from '../../../src/main/import/remove-imports';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { filesUnder } from '../../support/files-under';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';
import { importAll, rowCount } from './temp-store';

/**
 * What an import hashes, archives and reads is one snapshot of the file: a file changed while it
 * is read is refused, one changed after is imported as it was when read, and an archived original
 * that no longer holds its bytes is put right.
 */
let folder: ReturnType<typeof tempDataFolder>;
let db: Store;
let archiveDir: string;
beforeEach(() => {
  folder = tempDataFolder('tunemantra-snapshot-');
  db = openWriterStore(folder.location.databaseFile);
  archiveDir = join(folder.dir, 'statements');
});
afterEach(() => {
  db.close();
  folder.remove();
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function statement(earnings: string[]): Buffer {
  const lines = earnings.map((earned, i) => distroKidLine({ saleMonth: '2024-03', store: 'Spotify', title: `Luz ${i + 1}`, isrc: `ESA0124${String(i).padStart(5, '0')}`, qty: 1, earnings: earned }));
  return Buffer.from(`${[DISTROKID_13_HEADER, ...lines].join('\n')}\n`);
}

describe('one snapshot per import', () => {
  it('refuses a file written to while it is read, and writes nothing', async () => {
    // Several chunks of the first pass, so the file grows between two of them.
    const bytes = statement(Array.from({ length: 40_000 }, () => '0.001000'));
    expect(bytes.length).toBeGreaterThan(3 << 20);
    const path = folder.write('march.tsv', bytes);
    let appended = false;
    const [outcome] = await importAll(db, path, {
      archiveDir,
      onProgress: (progress) => {
        if (progress.phase !== 'checking' || appended) return;
        appended = true;
        appendFileSync(path, `${distroKidLine({ saleMonth: '2024-03', store: 'Spotify', title: 'Late', isrc: 'ESA012499999', qty: 1, earnings: '500.00' })}\n`);
      },
    });
    expect(appended).toBe(true);
    expect(outcome).toMatchObject({
      status: 'failed', importId: null,
      message: 'march.tsv changed while it was being imported; nothing was imported. Import it again once it is saved.',
    });
    expect(rowCount(db, 'import_batch')).toBe(0);
    expect(rowCount(db, 'statement_line')).toBe(0);
    expect(filesUnder(archiveDir)).toEqual([]);
  });

  it('reads, archives and names a file changed after it was hashed as it was hashed', async () => {
    const bytes = statement(['0.001000', '25.939000']);
    const path = folder.write('march.tsv', bytes);
    let rewritten = false;
    const [outcome] = await importAll(db, path, {
      archiveDir,
      onProgress: (progress) => {
        if (progress.phase !== 'reading' || rewritten) return;
        rewritten = true;
        writeFileSync(path, statement(['1000.001000', '25.939000', '500.00']));
      },
    });
    expect(rewritten).toBe(true);
    expect(outcome).toMatchObject({ status: 'imported', imported: 2, amounts: { USD: '25.94000000' }, fileSha256: sha256(bytes) });
    const sha = sha256(bytes);
    expect(db.prepare('SELECT file_sha256 FROM import_batch').pluck().get()).toBe(sha);
    expect(filesUnder(archiveDir)).toEqual([`${sha.slice(0, 2)}/${sha}.tsv`]);
    expect(readFileSync(join(archiveDir, sha.slice(0, 2), `${sha}.tsv`)).equals(bytes)).toBe(true);
  });

  it('puts right an archived original changed on disk when the same file is imported again', async () => {
    const bytes = statement(['0.001000', '25.939000']);
    const path = folder.write('march.tsv', bytes);
    const [first] = await importAll(db, path, { archiveDir });
    expect(first).toMatchObject({ status: 'imported', amounts: { USD: '25.94000000' } });
    const archived = db.prepare<[], string>('SELECT archive_path FROM import_batch').pluck().get()!;
    removeImports(db, [first!.importId!]);
    // Same size, other bytes: only the hash tells.
    const altered = Buffer.from(bytes.toString().replace('0.001000', '9.001000'));
    expect(altered.length).toBe(bytes.length);
    writeFileSync(archived, altered);

    const [again] = await importAll(db, path, { archiveDir });
    expect(again).toMatchObject({ status: 'imported', amounts: { USD: '25.94000000' } });
    expect(readFileSync(archived).equals(bytes)).toBe(true);
    expect(db.prepare('SELECT archive_path FROM import_batch').pluck().get()).toBe(archived);
    const sha = sha256(bytes);
    expect(filesUnder(archiveDir)).toEqual([`${sha.slice(0, 2)}/${sha}.tsv`]);
  });

  it('refuses a file that is not the one expected before writing anything', async () => {
    const path = folder.write('march.tsv', statement(['25.939000']));
    const [outcome] = await importAll(db, path, {
      archiveDir,
      expectedFile: { matches: (sha) => sha === sha256(statement(['0.25'])), changed: 'march.tsv changed since it was checked.' },
    });
    expect(outcome).toMatchObject({ status: 'rejected', importId: null, message: 'march.tsv changed since it was checked.' });
    expect(rowCount(db, 'import_batch')).toBe(0);
    expect(filesUnder(archiveDir)).toEqual([]);
  });
});
