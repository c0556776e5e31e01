import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PreparedExports, savePreparedExport } from '../../../src/main/export/prepared-exports';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'prepared-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A file a reader would have written for an export. */
function written(exports: PreparedExports, text: string): string {
  const path = exports.newFilePath('csv');
  writeFileSync(path, text);
  return path;
}

describe('prepared exports', () => {
  it('removes what an earlier run left in its folder', () => {
    const dir = join(root, 'prepared-exports');
    mkdirSync(dir);
    writeFileSync(join(dir, 'left-by-a-crash.csv'), 'x');
    new PreparedExports(dir);
    expect(existsSync(join(dir, 'left-by-a-crash.csv'))).toBe(false);
    expect(existsSync(dir)).toBe(true);
  });

  it('hands a file export over once, with its size; saving copies it out and lets the file go', async () => {
    const exports = new PreparedExports(join(root, 'prepared-exports'));
    const path = written(exports, 'a,b\r\n1,2\r\n');
    const file = exports.addFile('lines.csv', path, 1);
    expect(file).toMatchObject({ fileName: 'lines.csv', byteLength: 10, rows: 1 });
    const taken = exports.take(file.exportId);
    expect(() => exports.take(file.exportId)).toThrow('That export is no longer available; create it again.');
    await savePreparedExport(taken, join(root, 'saved.csv'));
    expect(readFileSync(join(root, 'saved.csv'), 'utf8')).toBe('a,b\r\n1,2\r\n');
    expect(existsSync(path)).toBe(false);
  });

  it('lets an export nobody took expire, removing its file, and removes the rest on close', () => {
    let now = 0;
    const exports = new PreparedExports(join(root, 'prepared-exports'), () => now);
    const stale = written(exports, 'old');
    const staleFile = exports.addFile('old.csv', stale, 1);
    now = 11 * 60_000;
    const fresh = written(exports, 'new');
    exports.addFile('new.csv', fresh, 1);
    expect(existsSync(stale)).toBe(false);
    expect(() => exports.take(staleFile.exportId)).toThrow('no longer available');
    exports.addBytes('small.csv', new TextEncoder().encode('x'), 1);
    exports.close();
    expect(existsSync(fresh)).toBe(false);
  });

  it('removes the file even when saving it fails: an export is handed over once', async () => {
    const exports = new PreparedExports(join(root, 'prepared-exports'));
    const path = written(exports, 'x');
    const taken = exports.take(exports.addFile('x.csv', path, 1).exportId);
    await expect(savePreparedExport(taken, join(root, 'no-such-folder', 'x.csv'))).rejects.toThrow(/ENOENT/);
    expect(existsSync(path)).toBe(false);
  });
});
