import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../../src/main/core/workstation-core';
import { CARGO_ROYALTY_EXTENDED, DISTROKID_RESULTS, makeContainers, zipBytes } from '../../../fixtures/make-containers';
import { runCli } from '../../../support/run-cli';
import { tempDataFolder } from '../../../support/temp-store';
import { jobFinished } from '../../../support/job-finished';

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;
let files: ReturnType<typeof makeContainers>;

beforeEach(() => {
  folder = tempDataFolder('tunemantra-containers-');
  files = makeContainers(folder.dir);
});
afterEach(() => folder.remove());

const finished = (jobId: string) => jobFinished(core, jobId);

describe('a zip through the workstation core', () => {
  beforeEach(async () => {
    core = await openWorkstationCore({ location: folder.location, readers: 1 });
  });
  afterEach(() => core.close());

  it('previews as one card, then imports one batch per statement, named after the uploaded file', async () => {
    const staged = core.stageUpload('distrokid-export.zip', readFileSync(files.distroKidNested));
    const preview = await core.previewImport(staged.stagedId);
    expect(preview).toMatchObject({ status: 'ready', format: 'DistroKid', importable: 4, amounts: { USD: '15.019456789' } });
    expect(preview.warnings).toEqual([expect.stringContaining('macOS')]);
    expect((await core.info()).isEmpty).toBe(true);

    const job = await finished(core.startStagedImport({ files: [{ stagedId: staged.stagedId, onOverlap: 'keepBoth' }], mode: 'strict' }).jobId);
    const { outcomes } = job.result as { outcomes: { file: string; status: string }[] };
    expect(outcomes.map((o) => [o.file, o.status])).toEqual([['distrokid-export.zip › inner.zip › results.csv', 'imported']]);
    expect((await core.importHistory()).map((h) => h.fileName)).toEqual(['distrokid-export.zip › inner.zip › results.csv']);
  });

  it('adds up a preview of several statements per currency, exactly', async () => {
    const bundle = zipBytes([
      { name: 'results.csv', data: DISTROKID_RESULTS },
      { name: 'cargo-royalty_extended.csv', data: CARGO_ROYALTY_EXTENDED },
    ]);
    const preview = await core.previewImport(core.stageUpload('bundle.zip', bundle).stagedId);
    expect(preview).toMatchObject({
      status: 'ready', format: 'DistroKid, Cargo / FUGA', importable: 8, quantity: 6270 + 1500,
      amounts: { GBP: '9.0421913569', USD: '15.019456789' }, saleFrom: '2024-01-01', saleTo: '2025-04-30',
    });
  });
});

describe('tunemantra import --json with a zip', () => {
  it('prints one entry per statement, named by its place in the archive', () => {
    const db = folder.location.databaseFile;
    const { code, stdout } = runCli(['import', '--db', db, '--json', files.distroKidNested, files.cargo]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      files: [
        { file: `${files.distroKidNested} › inner.zip › results.csv`, format: 'DistroKid', status: 'imported', lines: 4, imported: 4, rejected: 0, quantity: 6270, amounts: { USD: '15.019456789' } },
        { file: `${files.cargo} › cargo-2024Q1/cargo-2024Q1-royalty_extended.csv`, format: 'Cargo / FUGA', status: 'imported', lines: 4, imported: 4, rejected: 0, quantity: 1500, amounts: { GBP: '9.0421913569' } },
      ],
    });
  });
});
