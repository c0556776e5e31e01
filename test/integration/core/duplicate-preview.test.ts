import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobFinished } from '../../support/job-finished';
import { coreEachTest } from '../../support/core-each-test';

const perTest = coreEachTest('tunemantra-duplicate-preview-');

const LEGACY = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'statements', 'distrokid-legacy.tsv'));

const finished = (jobId: string) => jobFinished(perTest.core, jobId);

describe('the preview of a file already imported', () => {
  it('names the import that holds its content, which the history lists, and a ready file names none', async () => {
    const first = perTest.core.stageUpload('distrokid-legacy.tsv', LEGACY);
    expect((await perTest.core.previewImport(first.stagedId)).duplicateOf).toBeUndefined();
    const job = await finished(perTest.core.startStagedImport({ files: [{ stagedId: first.stagedId, onOverlap: 'skip' }], mode: 'lenient' }).jobId);
    const [outcome] = (job.result as { outcomes: { status: string; importId: number }[] }).outcomes;
    expect(outcome?.status).toBe('imported');

    const again = perTest.core.stageUpload('renamed.tsv', LEGACY);
    const preview = await perTest.core.previewImport(again.stagedId);
    expect(preview.status).toBe('duplicate');
    expect(preview.duplicateOf).toEqual([outcome!.importId]);
    const [batch] = await perTest.core.importHistory();
    expect(batch).toMatchObject({ importId: outcome!.importId, fileName: 'distrokid-legacy.tsv', format: 'DistroKid', imported: 5 });
  });
});
