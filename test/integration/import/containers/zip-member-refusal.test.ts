import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readZipDirectory } from '../../../../src/main/import/containers/zip-directory';
import { extractMember } from '../../../../src/main/import/containers/zip-member';
import { makeContainers } from '../../../fixtures/make-containers';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zip-member-refusal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a zip member refused before it is unpacked', () => {
  it('opens no file for it: a file left to open on its own after its folder was removed failed as an uncaught error', async () => {
    const { bomb } = makeContainers(dir);
    const [results] = await readZipDirectory(bomb);
    const target = join(dir, 'member-0');
    await expect(extractMember(bomb, results!, target, () => false, () => undefined)).rejects.toThrow(/refused as a possible zip bomb/);
    // A file stream opens on a later turn of the event loop; give it several.
    await sleep(50);
    expect(existsSync(target)).toBe(false);
  });
});
