import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandlerMap } from '../../../../src/main/core/handler-map';
import type { WorkstationCore } from '../../../../src/main/core/workstation-core';
import type { ImportOutcome } from '../../../../src/main/import/import-outcome';
import { zipBytes } from '../../../fixtures/make-containers';
import { coreWithChannels } from '../../../support/core-channels';
import { jobFinished } from '../../../support/job-finished';
import { runCli } from '../../../support/run-cli';
import { tempDataFolder } from '../../../support/temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/ddex/', import.meta.url));
const PART_1 = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_1of2_20250305T120000.tsv');
const PART_2 = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_2of2_20250305T120000.tsv');

const NAMED = 'Report "DZ-GB-2025-02" from Deezer';
const REPORT = 'Deezer\u0000DZ-GB-2025-02';
const COMPLETE = `${NAMED} is complete: its 2 files are imported and agree with each other and with the last file's FOOT.`;
const INCOMPLETE = 'its figures are incomplete until then, and the report is checked across its files once they are in';
const WAITING_FOR_2 = `${NAMED} has 2 files and file 2 is not imported yet: ${INCOMPLETE}.`;
const CAME = (n: number) => `${NAMED} has 2 files: file ${n} was imported after it in this run, and the report was checked across its files then.`;

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;
let channels: HandlerMap;
beforeEach(async () => {
  folder = tempDataFolder('tunemantra-parts-one-run-');
  ({ core, handlers: channels } = await coreWithChannels({ location: folder.location, readers: 1 }));
});
afterEach(async () => {
  await core.close();
  folder.remove();
});

/** Stages each file as the Import page does, previews it, and imports them all in one run: the run's outcomes. */
async function importTogether(files: { name: string; bytes: Buffer }[], mode: 'lenient' | 'strict' = 'lenient') {
  const staged = [];
  for (const file of files) {
    const { stagedId } = await channels['import:stage']({ fileName: file.name, contentBase64: file.bytes.toString('base64') });
    await channels['import:preview']({ stagedId });
    staged.push({ stagedId, onOverlap: 'skip' as const });
  }
  const { jobId } = await channels['import:start']({ files: staged, mode });
  const job = await jobFinished(core, jobId);
  expect(job.status).toBe('succeeded');
  return { outcomes: (job.result as { outcomes: ImportOutcome[] }).outcomes };
}

const fixture = (path: string) => ({ name: basename(path), bytes: readFileSync(path) });

/** A copy of a fixture's text with pieces replaced (each found exactly once), under another name. */
function changed(path: string, name: string, replacements: [string, string][]) {
  let text = readFileSync(path, 'utf8');
  for (const [from, to] of replacements) {
    expect(text.split(from)).toHaveLength(2);
    text = text.replace(from, to);
  }
  return { name, bytes: Buffer.from(text, 'utf8') };
}

const reportWarnings = (outcome: { warnings: string[] } | undefined) => outcome?.warnings.filter((w) => w.startsWith(NAMED));

describe('a multi-file DSR report whose files are imported in one run', () => {
  it('says in the summary that file 2 was imported after file 1, picked together, and keeps no waiting place', async () => {
    const { outcomes } = await importTogether([fixture(PART_1), fixture(PART_2)]);
    const [first, second] = outcomes;
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported']);
    expect(reportWarnings(first)).toEqual([CAME(2)]);
    expect(first!.reportPart).toBeUndefined();
    expect(reportWarnings(second)).toEqual([]);
    expect(second!.message).toContain(COMPLETE);
  });

  it('says so of the two files of one zip', async () => {
    const zip = zipBytes([PART_1, PART_2].map((path) => ({ name: basename(path), data: readFileSync(path) })));
    const { outcomes } = await importTogether([{ name: 'deezer-2025-02.zip', bytes: zip }]);
    expect(outcomes.map((o) => [o.file, o.status])).toEqual([
      [`deezer-2025-02.zip › ${basename(PART_1)}`, 'imported'],
      [`deezer-2025-02.zip › ${basename(PART_2)}`, 'imported'],
    ]);
    expect(reportWarnings(outcomes[0])).toEqual([CAME(2)]);
    expect(outcomes[0]!.reportPart).toBeUndefined();
    expect(outcomes[1]!.message).toContain(COMPLETE);
  });

  it('says so whichever file the run imports first', async () => {
    const { outcomes } = await importTogether([fixture(PART_2), fixture(PART_1)]);
    expect(reportWarnings(outcomes[0])).toEqual([CAME(1)]);
    expect(outcomes[1]!.message).toContain(COMPLETE);
  });

  it('still says file 2 is not imported yet when the run refused it', async () => {
    const badFoot = changed(PART_2, basename(PART_2), [['FOOT\t8\t19\t2\t1\t3', 'FOOT\t9\t19\t2\t1\t3']]);
    const { outcomes } = await importTogether([fixture(PART_1), badFoot], 'strict');
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'rejected']);
    expect(reportWarnings(outcomes[0])).toEqual([WAITING_FOR_2]);
    expect(outcomes[0]!.reportPart).toEqual({ report: REPORT, named: NAMED, part: 1, of: 2, missing: [2] });
  });

  it('names the file still missing when a run brings 2 of a report\'s 3 files', async () => {
    // The fixtures as files 1 and 2 of 3: file 2's FOOT no longer speaks for the whole report.
    const first = changed(PART_1, basename(PART_1).replace('1of2', '1of3'), [['\tDZ-GB-2025-02\t2025-03-05T12:00:00Z\t1\t2\t', '\tDZ-GB-2025-02\t2025-03-05T12:00:00Z\t1\t3\t']]);
    const second = changed(PART_2, basename(PART_2).replace('2of2', '2of3'), [
      ['\tDZ-GB-2025-02\t2025-03-05T12:00:00Z\t2\t2\t', '\tDZ-GB-2025-02\t2025-03-05T12:00:00Z\t2\t3\t'],
      ['FOOT\t8\t19\t2\t1\t3', 'FOOT\t8\t\t2\t1\t'],
    ]);
    const { outcomes } = await importTogether([first, second]);
    expect(outcomes.map((o) => [o.status, o.variant])).toEqual([
      ['imported', 'BasicAudioProfile 1.2, file 1 of 3'],
      ['imported', 'BasicAudioProfile 1.2, file 2 of 3'],
    ]);
    expect(reportWarnings(outcomes[0])).toEqual([
      `${NAMED} has 3 files: file 2 was imported after it in this run, but file 3 is not imported yet: ${INCOMPLETE}.`,
    ]);
    expect(outcomes[0]!.reportPart).toEqual({ report: REPORT, named: NAMED, part: 1, of: 3, missing: [3] });
    expect(reportWarnings(outcomes[1])).toEqual([`${NAMED} has 3 files and file 3 is not imported yet: ${INCOMPLETE}.`]);
    expect(outcomes[1]!.reportPart).toEqual({ report: REPORT, named: NAMED, part: 2, of: 3, missing: [3] });
  });
});

describe('tunemantra import of the files of one report', () => {
  it('says what the app says: file 2 was imported after file 1', () => {
    const { code, stderr } = runCli(['import', '--db', join(folder.dir, 'cli.sqlite'), PART_1, PART_2]);
    expect(code).toBe(0);
    expect(stderr).toContain(`${basename(PART_1)}: warning: ${CAME(2)}\n`);
    expect(stderr).not.toContain('not imported yet');
  });
});
