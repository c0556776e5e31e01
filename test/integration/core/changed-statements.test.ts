import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWriterStore } from '../../../src/main/store/open-store';
import { DISTROKID_13_HEADER } from '../../support/temp-store';
import { jobFinished } from '../../support/job-finished';
import { coreWithChannelsEachTest } from '../../support/core-each-test';

const perTest = coreWithChannelsEachTest('tunemantra-changed-');

const juneLine = (store: string, earnings: string) =>
  ['2025-07-05', '2025-06', store, 'Ana Sol', 'Luz', 'ESA012400001', '', '10', '100', 'Song', 'ES', '0', earnings].join('\t');
const JUNE = `${[DISTROKID_13_HEADER, juneLine('Spotify', '0.001000'), juneLine('Deezer', '25.939000')].join('\n')}\n`;

type Outcome = { status: string; importId: number | null; message: string; amounts: Record<string, string> };
async function run(files: { stagedId: string; onOverlap: 'replace' | 'keepBoth' }[]): Promise<Outcome[]> {
  const { jobId } = await perTest.channels['import:start']({ files, mode: 'lenient' });
  return ((await jobFinished(perTest.core, jobId)).result as { outcomes: Outcome[] }).outcomes;
}

function storeRows() {
  const db = openWriterStore(perTest.folder.location.databaseFile);
  try {
    return {
      batches: db.prepare('SELECT id, file_name, totals_json FROM import_batch ORDER BY id').raw().all(),
      replaced: db.prepare('SELECT replaced_import_id, archive_path FROM replaced_import').raw().all() as [number, string][],
      lines: db.prepare('SELECT COUNT(*) FROM statement_line').pluck().get(),
    };
  } finally {
    db.close();
  }
}

describe('a statement that changed', () => {
  it('is not brought back from an archived original changed on disk, and the undo changes nothing', async () => {
    const june = await perTest.channels['import:stage']({ fileName: 'dk-june.tsv', contentBase64: Buffer.from(JUNE).toString('base64') });
    const [first] = await run([{ stagedId: june.stagedId, onOverlap: 'keepBoth' }]);
    expect(first).toMatchObject({ status: 'imported', amounts: { USD: '25.94000000' } });
    const revisedText = `${[DISTROKID_13_HEADER, juneLine('Spotify', '9.99')].join('\n')}\n`;
    const revisedFile = await perTest.channels['import:stage']({ fileName: 'dk-june-revised.tsv', contentBase64: Buffer.from(revisedText).toString('base64') });
    await perTest.channels['import:preview']({ stagedId: revisedFile.stagedId });
    const [revised] = await run([{ stagedId: revisedFile.stagedId, onOverlap: 'replace' }]);
    expect(revised).toMatchObject({ status: 'imported' });

    const before = storeRows();
    const archive = before.replaced[0]![1];
    writeFileSync(archive, readFileSync(archive, 'utf8').replace('0.001000', '1000.001000'));
    await expect(perTest.channels['import:undoBringingBack']({ importId: revised!.importId! })).rejects.toThrow(
      `dk-june.tsv could not be brought back: its archived original (${archive}) was changed or damaged since it was kept, so it is not the statement that was replaced. Nothing was undone.`,
    );
    expect(storeRows()).toEqual(before);
  });

  it('is refused by the Import page when it changed since it was checked', async () => {
    const path = join(perTest.folder.dir, 'st2.tsv');
    writeFileSync(path, JUNE);
    const [staged] = perTest.core.stagePaths([path]);
    const preview = await perTest.channels['import:preview']({ stagedId: staged!.stagedId });
    expect(preview).toMatchObject({ status: 'ready', amounts: { USD: '25.94000000' } });
    appendFileSync(path, `${juneLine('Apple Music', '500.00')}\n`);

    const [outcome] = await run([{ stagedId: staged!.stagedId, onOverlap: 'keepBoth' }]);
    expect(outcome).toMatchObject({
      status: 'rejected', importId: null,
      message: 'st2.tsv changed since it was checked; nothing was imported. Add it again to check it as it is now.',
    });
    expect(storeRows()).toMatchObject({ batches: [], lines: 0 });
  });
});
