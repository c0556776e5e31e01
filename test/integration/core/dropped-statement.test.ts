import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeChannel, type HandlerMap } from '../../../src/main/core/handler-map';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { coreWithChannels } from '../../support/core-channels';
import { jobFinished } from '../../support/job-finished';
import { tempDataFolder } from '../../support/temp-store';

const FIXTURE = fileURLToPath(new URL('../../fixtures/statements/distrokid-legacy.tsv', import.meta.url));

// One core for the file: each test drops a file of its own, and only the first imports.
let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;
let channels: HandlerMap;
beforeAll(async () => {
  folder = tempDataFolder('tunemantra-dropped-');
  ({ core, handlers: channels } = await coreWithChannels({ location: folder.location, readers: 1 }));
});
afterAll(async () => {
  try {
    await core?.close();
  } finally {
    folder.remove();
  }
});

/** What the desktop preload sends for a file dropped on the window: its path, never its bytes. */
const stageDropped = (path: string) => invokeChannel(channels, 'import:stageDropped', { path });

/** A statement where a label keeps it: outside the data folder, copied from the fixture so nothing can touch the original. */
function statementOnDisk(): string {
  const path = join(folder.dir, 'Statements', 'distrokid-legacy.tsv');
  mkdirSync(join(folder.dir, 'Statements'));
  copyFileSync(FIXTURE, path);
  return path;
}

describe("a statement dropped on the desktop app's window, staged by its path", () => {
  it('is read where it lies, as a picked file is: nothing is copied into the data folder, and the import leaves it in place', async () => {
    const path = statementOnDisk();

    const answer = await stageDropped(path);

    expect(answer).toEqual({ ok: true, value: { stagedId: expect.any(String), fileName: 'distrokid-legacy.tsv', byteLength: statSync(path).size } });
    if (!answer.ok) return;
    const { stagedId } = answer.value as { stagedId: string };
    const staging = join(folder.location.dataDir, 'staging');
    expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
    const preview = await core.previewImport(stagedId);
    expect(preview).toMatchObject({ status: 'ready', format: 'DistroKid', variant: '13-column', importable: 5, rejected: 0 });

    const job = await jobFinished(core, core.startStagedImport({ files: [{ stagedId, onOverlap: 'skip' }], mode: 'lenient' }).jobId);
    expect(job.result).toMatchObject({ outcomes: [{ status: 'imported', imported: 5 }] });
    // Only an upload's staged copy goes once imported; the label's own file stays.
    expect(existsSync(path)).toBe(true);
  });

  it('refuses a relative path, even one that leads to a statement from where the app runs', async () => {
    const relative = 'test/fixtures/statements/distrokid-legacy.tsv';
    expect(existsSync(relative)).toBe(true);

    expect(await stageDropped(relative)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: '“test/fixtures/statements/distrokid-legacy.tsv” is not the full path of a file on this computer, so it was not staged. Drop the file on the window again.',
      },
    });
  });

  it('refuses a folder, saying to drop the statements inside it', async () => {
    const statements = join(folder.dir, 'Royalties 2024');
    mkdirSync(statements);

    expect(await stageDropped(statements)).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Royalties 2024 is a folder, not a statement file. Drop the statements inside it, or a zip of them.' },
    });
  });

  it('refuses a file no longer where it was dropped from', async () => {
    const gone = join(folder.dir, 'march.tsv');

    expect(await stageDropped(gone)).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: `march.tsv is no longer at ${gone}: it was moved or deleted. Drop it again from where it is now.` },
    });
  });

  it.skipIf(!existsSync('/dev/null'))('refuses what is not a regular file', async () => {
    expect(await stageDropped('/dev/null')).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: '/dev/null is not a regular file, so it cannot be read as a statement.' },
    });
  });
});
