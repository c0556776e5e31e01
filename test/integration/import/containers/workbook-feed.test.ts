import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookFeed } from '../../../../src/main/import/containers/workbook-sheets';
import { writeWorkbook } from '../../../fixtures/make-containers';

// The unzipper exceljs reads workbooks with (its own dependency, loaded from exceljs's place), and
// exceljs's own loop over a stream's 'data' and 'end' events, which it takes the entries with.
const fromExceljs = createRequire(require.resolve('exceljs'));
interface ZipEntry {
  path: string;
  autodrain(): void;
}
const unzipper = fromExceljs('unzipper') as { Parse(options: { forceStream: true }): NodeJS.ReadWriteStream };
const iterateStream = fromExceljs('./lib/utils/iterate-stream') as (stream: NodeJS.ReadableStream) => AsyncIterable<ZipEntry>;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'workbook-feed-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every entry's name, taken one at a time with a pause after each, as exceljs takes them while it parks sheets in temp files. */
async function slowlyListed(path: string, feed: NodeJS.ReadWriteStream): Promise<string[]> {
  const zip = unzipper.Parse({ forceStream: true });
  createReadStream(path).pipe(feed).pipe(zip);
  const names: string[] = [];
  for await (const entry of iterateStream(zip)) {
    names.push(entry.path);
    entry.autodrain();
    await sleep(5);
  }
  return names;
}

describe('the bytes of a workbook fed to the spreadsheet reader', () => {
  it('reach every entry of the archive before the reader is told it has ended, however slowly the entries are taken', async () => {
    const path = await writeWorkbook(join(dir, 'three.xlsx'), ['A', 'B', 'C'].map((name) => ({ name, rows: [['Month', 'Sheet'], ['2024-01', name]] })));
    const names = await slowlyListed(path, new WorkbookFeed(() => undefined));
    expect(names).toEqual(expect.arrayContaining(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet3.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml']));
    expect(names.at(-1)).toBe('xl/workbook.xml');
  });

  it('still fails, not hangs, on a workbook cut short', async () => {
    const path = await writeWorkbook(join(dir, 'cut.xlsx'), [{ name: 'A', rows: [['Month'], ['2024-01']] }]);
    const { size } = await import('node:fs').then((fs) => fs.statSync(path));
    const cut = join(dir, 'cut-short.xlsx');
    await import('node:fs').then((fs) => fs.writeFileSync(cut, fs.readFileSync(path).subarray(0, Math.floor(size / 2))));
    await expect(slowlyListed(cut, new WorkbookFeed(() => undefined))).rejects.toThrow();
  });
});
