import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandlerMap } from '../../../../src/main/core/handler-map';
import type { WorkstationCore } from '../../../../src/main/core/workstation-core';
import { reportPartText } from '../../../../src/shared/ddex/report-part-text';
import { zipBytes } from '../../../fixtures/make-containers';
import { coreWithChannels } from '../../../support/core-channels';
import { jobFinished } from '../../../support/job-finished';
import { tempDataFolder } from '../../../support/temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/ddex/', import.meta.url));
const PART_1 = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_1of2_20250305T120000.tsv');
const PART_2 = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_2of2_20250305T120000.tsv');
const NAMED = 'Report "DZ-GB-2025-02" from Deezer';
const REPORT = 'Deezer\u0000DZ-GB-2025-02';

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;
let channels: HandlerMap;
beforeEach(async () => {
  folder = tempDataFolder('tunemantra-staged-parts-');
  ({ core, handlers: channels } = await coreWithChannels({ location: folder.location, readers: 1 }));
});
afterEach(async () => {
  await core.close();
  folder.remove();
});

async function stage(fileName: string, bytes: Buffer) {
  return channels['import:stage']({ fileName, contentBase64: bytes.toString('base64') });
}
const preview = async (path: string) => channels['import:preview']({ stagedId: (await stage(basename(path), readFileSync(path))).stagedId });

describe('the preview of a file of a multi-file DSR report', () => {
  it('carries its place and the files of its report the store lacks, with the warning it words them in', async () => {
    const [first, second] = [await preview(PART_1), await preview(PART_2)];
    expect(first.reportParts).toEqual([{ report: REPORT, named: NAMED, part: 1, of: 2, missing: [2] }]);
    expect(second.reportParts).toEqual([{ report: REPORT, named: NAMED, part: 2, of: 2, missing: [1] }]);
    expect(first.warnings).toContain(
      `${NAMED} has 2 files and file 2 is not imported yet: its figures are incomplete until then, and the report is checked across its files once they are in.`,
    );
    expect(first.warnings).toContain(reportPartText(first.reportParts![0]!));
  });

  it('lists both files of a zip holding the report, each warning opening with the name of the file it is about', async () => {
    const zip = zipBytes([PART_1, PART_2].map((path) => ({ name: basename(path), data: readFileSync(path) })));
    const answer = await channels['import:preview']({ stagedId: (await stage('deezer-2025-02.zip', zip)).stagedId });
    expect(answer.reportParts?.map((p) => [p.part, p.missing])).toEqual([[1, [2]], [2, [1]]]);
    expect(answer.warnings.filter((w) => w.includes(NAMED))).toEqual(answer.reportParts!.map((p, i) => `${basename([PART_1, PART_2][i]!)}: ${reportPartText(p)}`));
  });

  it('says once what the files of a zip all say, and nothing of the report of files it refuses', async () => {
    // The DDEX reference samples: two header-only files of one report whose FOOT miscounts the lines alike.
    const samples = fileURLToPath(new URL('../../../../../shared/fixtures/ddex/', import.meta.url));
    const names = [1, 2].map((n) => `DSR_PADPIDA2014999999Z_PADPIDA2014111801Y_AdSupport_2015-02_AU_${n}of2_20150723T092522.tsv`);
    const zip = zipBytes(names.map((name) => ({ name, data: readFileSync(join(samples, name)) })));
    const answer = await channels['import:preview']({ stagedId: (await stage('dsr-au-2parts.zip', zip)).stagedId });
    expect(answer.status).toBe('rejected');
    expect(answer.warnings).toEqual(['The FOOT record disagrees with the file: FOOT says NumberOfLinesInFile = 123, but the file has 7 lines.']);
    expect(answer.reportParts).toBeUndefined();
  });

  it('carries none once the other file is imported: the report is complete', async () => {
    const staged = await stage(basename(PART_1), readFileSync(PART_1));
    const { jobId } = await channels['import:start']({ files: [{ stagedId: staged.stagedId, onOverlap: 'skip' }], mode: 'lenient' });
    await jobFinished(core, jobId);
    const second = await preview(PART_2);
    expect(second.reportParts).toBeUndefined();
    expect(second.message).toContain(`${NAMED} is complete`);
  });
});
