import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { tempDataFolder } from '../../support/temp-store';
import { jobFinished } from '../../support/job-finished';

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;

const LEGACY = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'statements', 'distrokid-legacy.tsv'));

const finished = (jobId: string) => jobFinished(core, jobId);

beforeEach(async () => {
  folder = tempDataFolder('tunemantra-duplicate-preview-');
  core = await openWorkstationCore({ location: folder.location, readers: 1 });
});
afterEach(async () => {
  await core.close();
  folder.remove();
});

describe('the preview of a file already imported', () => {
  it('names the import that holds its content, which the history lists, and a ready file names none', async () => {
    const first = core.stageUpload('distrokid-legacy.tsv', LEGACY);
    expect((await core.previewImport(first.stagedId)).duplicateOf).toBeUndefined();
    const job = await finished(core.startStagedImport({ files: [{ stagedId: first.stagedId, onOverlap: 'skip' }], mode: 'lenient' }).jobId);
    const [outcome] = (job.result as { outcomes: { status: string; importId: number }[] }).outcomes;
    expect(outcome?.status).toBe('imported');

    const again = core.stageUpload('renamed.tsv', LEGACY);
    const preview = await core.previewImport(again.stagedId);
    expect(preview.status).toBe('duplicate');
    expect(preview.duplicateOf).toEqual([outcome!.importId]);
    const [batch] = await core.importHistory();
    expect(batch).toMatchObject({ importId: outcome!.importId, fileName: 'distrokid-legacy.tsv', format: 'DistroKid', imported: 5 });
  });
});
