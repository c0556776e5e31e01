import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeImports } from '../../../../src/main/import/remove-imports';
import { zipBytes } from '../../../fixtures/make-containers';
import { importAll, importFile, openTempStore, rowCount, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/ddex/', import.meta.url));
const PART_1 = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_1of2_20250305T120000.tsv');
const PART_2 = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_2of2_20250305T120000.tsv');

/*
 * Deezer's report DZ-GB-2025-02 in two files, counted by hand from their text:
 *   file 1: 11 lines, blocks 1 and 2; FOOT states the file's own counts only;
 *   file 2: 8 lines, block 3; FOOT `8 19 2 1 3`: NumberOfLinesInReport 19 (= 11 + 8),
 *   NumberOfBlocksInReport 3 (= 2 + 1).
 */
const REPORT = 'Report "DZ-GB-2025-02" from Deezer';
const COMPLETE = `${REPORT} is complete: its 2 files are imported and agree with each other and with the last file's FOOT.`;
const WAITING_FOR_1 = `${REPORT} has 2 files and file 1 is not imported yet: its figures are incomplete until then, and the report is checked across its files once they are in.`;
const WAITING_FOR_2 = WAITING_FOR_1.replace('file 1 is', 'file 2 is');

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

/** A copy of a fixture with one piece of text replaced, under the fixture's own (DSR) name unless given another. */
function withText(fixture: string, from: string, to: string, name = basename(fixture)): string {
  const text = readFileSync(fixture, 'utf8');
  expect(text.split(from)).toHaveLength(2);
  const folder = mkdtempSync(join(store.dir, 'changed-'));
  const path = join(folder, name);
  writeFileSync(path, text.replace(from, to));
  return path;
}

function reportWarnings(warnings: string[]): string[] {
  return warnings.filter((w) => w.startsWith(REPORT));
}

describe('a two-file DSR report checked across its files', () => {
  it('is checked when its last file arrives in a later import, whichever file comes first', async () => {
    const second = await importFile(store.db, PART_2);
    expect(second.status).toBe('imported');
    expect(reportWarnings(second.warnings)).toEqual([WAITING_FOR_1]);
    expect(second.message).not.toContain(REPORT);

    const first = await importFile(store.db, PART_1);
    expect(first.status).toBe('imported');
    expect(reportWarnings(first.warnings)).toEqual([]);
    expect(first.message).toBe(`${basename(PART_1)}: 5 lines imported as DDEX DSR (BasicAudioProfile 1.2, file 1 of 2). ${COMPLETE}`);
    expect(rowCount(store.db, 'ddex_report_part')).toBe(2);
  });

  it('is checked within one import too: both files in one zip', async () => {
    const zip = join(store.dir, 'deezer-2025-02.zip');
    writeFileSync(zip, zipBytes([PART_1, PART_2].map((path) => ({ name: basename(path), data: readFileSync(path) }))));
    const [first, second, ...rest] = await importAll(store.db, zip);
    expect(rest).toEqual([]);
    expect(reportWarnings(first!.warnings)).toEqual([WAITING_FOR_2]);
    expect(reportWarnings(second!.warnings)).toEqual([]);
    expect(second!.message).toMatch(new RegExp(`file 2 of 2\\)\\. ${COMPLETE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('names a report-wide FOOT count the files do not add up to, without refusing the file in strict mode', async () => {
    await importFile(store.db, PART_1);
    const wrongFoot = withText(PART_2, 'FOOT\t8\t19\t2\t1\t3', 'FOOT\t8\t20\t2\t1\t4');
    const outcome = await importFile(store.db, wrongFoot, { mode: 'strict' });
    expect(outcome.status).toBe('imported');
    expect(reportWarnings(outcome.warnings)).toEqual([
      `${REPORT}, checked across its 2 files: the last file's FOOT says NumberOfLinesInReport = 20, but the files have 19 lines together.`,
      `${REPORT}, checked across its 2 files: the last file's FOOT says NumberOfBlocksInReport = 4, but the files have 3 blocks together.`,
    ]);
    expect(outcome.message).not.toContain('is complete');
  });

  it('names a file that came twice with other content, and the blocks it repeats', async () => {
    await importFile(store.db, PART_1);
    await importFile(store.db, PART_2);
    // A re-issued file 1: one usage count changed, so it is new content, not a duplicate.
    const reissued = withText(PART_1, '\tT1\ttrue\t6000\t', '\tT1\ttrue\t6001\t');
    const outcome = await importFile(store.db, reissued, { mode: 'lenient' });
    expect(outcome.status).toBe('imported');
    const name = basename(PART_1);
    // Lines 11 + 11 + 8 = 30 against FOOT's 19; blocks 2 + 2 + 1 = 5 against its 3.
    expect(reportWarnings(outcome.warnings)).toEqual([
      `${REPORT}, checked across its 2 files: file 1 of 2 is given 2 times.`,
      `${REPORT}, checked across its 2 files: block 1 appears in more than one file: ${name}, ${name}.`,
      `${REPORT}, checked across its 2 files: block 2 appears in more than one file: ${name}, ${name}.`,
      `${REPORT}, checked across its 2 files: the last file's FOOT says NumberOfLinesInReport = 19, but the files have 30 lines together.`,
      `${REPORT}, checked across its 2 files: the last file's FOOT says NumberOfBlocksInReport = 3, but the files have 5 blocks together.`,
    ]);
  });

  it('is checked in a preview of the last file, which keeps nothing', async () => {
    await importFile(store.db, PART_1);
    const preview = await importFile(store.db, PART_2, { dryRun: true });
    expect(preview.message).toBe(`${basename(PART_2)}: 2 lines can be imported as DDEX DSR (BasicAudioProfile 1.2, file 2 of 2). ${COMPLETE}`);
    expect(rowCount(store.db, 'ddex_report_part')).toBe(1);
  });

  it('loses a file when its import is undone, and is complete again when it comes back', async () => {
    const first = await importFile(store.db, PART_1);
    await importFile(store.db, PART_2);
    removeImports(store.db, [first.importId!]);
    expect(rowCount(store.db, 'ddex_report_part')).toBe(1);
    const again = await importFile(store.db, PART_1);
    expect(again.message).toContain(COMPLETE);
  });

  it('keeps no part of a file strict mode refuses for its own FOOT; lenient mode imports it and checks the report', async () => {
    await importFile(store.db, PART_1);
    const badFoot = withText(PART_2, 'FOOT\t8\t19\t2\t1\t3', 'FOOT\t9\t19\t2\t1\t3');
    const strict = await importFile(store.db, badFoot, { mode: 'strict' });
    expect(strict.status).toBe('rejected');
    expect(strict.message).toContain('FOOT says NumberOfLinesInFile = 9, but the file has 8 lines');
    expect(rowCount(store.db, 'ddex_report_part')).toBe(1);

    const lenient = await importFile(store.db, badFoot, { mode: 'lenient' });
    expect(lenient.warnings[0]).toMatch(/^The FOOT record disagrees with the file: FOOT says NumberOfLinesInFile = 9, but the file has 8 lines/);
    expect(lenient.message).toContain(COMPLETE);
  });

  it('ties files without a MessageId by their DSR file name, and says when not even that can tie them', async () => {
    const [first, second] = [PART_1, PART_2].map((path) => withText(path, '\tDZ-GB-2025-02\t', '\t\t'));
    await importFile(store.db, first!);
    const outcome = await importFile(store.db, second!);
    expect(outcome.message).toContain(
      'Report DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_*of2_20250305T120000.tsv from Deezer is complete: its 2 files are imported',
    );

    // Another count, so that it is not the same content under another name.
    const renamed = withText(second!, '\tT1\ttrue\t1000\t', '\tT1\ttrue\t1001\t', 'deezer-gb-part-2.tsv');
    const anonymous = await importFile(store.db, renamed);
    expect(anonymous.status).toBe('imported');
    expect(anonymous.warnings).toContain(
      'HEAD gives no MessageId and the file name is not a DSR name, so file 2 of 2 cannot be checked together with the other files of its report',
    );
    expect(rowCount(store.db, 'ddex_report_part')).toBe(2);
  });
});
