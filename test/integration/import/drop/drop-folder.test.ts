import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DropFolderWatcher } from '../../../../src/main/import/drop-folder';
import { tempDataFolder } from '../../../support/temp-store';

let folder: ReturnType<typeof tempDataFolder>;
let watcher: DropFolderWatcher | null = null;

beforeEach(() => {
  folder = tempDataFolder('tunemantra-drop-');
});
afterEach(() => {
  watcher?.stop();
  folder.remove();
});

const waitFor = async (check: () => boolean, ms = 5_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('drop folder', () => {
  it('hands over statements once they stop growing, each once, ignoring other files', async () => {
    const drop = join(folder.dir, 'drop');
    mkdirSync(drop);
    writeFileSync(join(drop, 'already-there.csv'), 'a,b\n');
    const seen: string[] = [];
    // Far longer than the 120 ms between appends: on a loaded machine a timer can fire hundreds of ms late.
    watcher = new DropFolderWatcher({ folder: drop, settleMs: 1_000, rescanMs: 100, onStatement: (p) => seen.push(p.split('/').pop()!) });
    watcher.start();
    await waitFor(() => seen.includes('already-there.csv'));

    const growing = join(drop, 'march.tsv');
    writeFileSync(growing, 'first part\n');
    writeFileSync(join(drop, 'notes.docx'), 'not a statement');
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 120));
      appendFileSync(growing, `more ${i}\n`);
      expect(seen).not.toContain('march.tsv');
    }
    await waitFor(() => seen.includes('march.tsv'));
    await new Promise((r) => setTimeout(r, 500));
    expect(seen.sort()).toEqual(['already-there.csv', 'march.tsv']);
  });

  it('takes a file again when it is saved over with new content, or removed and put back', async () => {
    const drop = join(folder.dir, 'drop');
    mkdirSync(drop);
    const statement = join(drop, 'distrokid.tsv');
    writeFileSync(statement, 'june\n');
    const seen: string[] = [];
    watcher = new DropFolderWatcher({ folder: drop, settleMs: 200, rescanMs: 50, onStatement: (p) => seen.push(readFileSync(p, 'utf8')) });
    watcher.start();
    await waitFor(() => seen.length === 1);
    await new Promise((r) => setTimeout(r, 400));
    expect(seen).toEqual(['june\n']);

    writeFileSync(statement, 'july, longer\n');
    await waitFor(() => seen.length === 2);
    expect(seen[1]).toBe('july, longer\n');

    rmSync(statement);
    await new Promise((r) => setTimeout(r, 200));
    writeFileSync(statement, 'july, longer\n');
    await waitFor(() => seen.length === 3);
    await new Promise((r) => setTimeout(r, 400));
    expect(seen).toEqual(['june\n', 'july, longer\n', 'july, longer\n']);
  });
});
