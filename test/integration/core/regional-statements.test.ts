import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { APPLE_EUROPE_FEBRUARY, APPLE_UK_FEBRUARY, appleRegionReport } from '../../support/apple-region-report';
import { jobFinished } from '../../support/job-finished';
import { tempDataFolder } from '../../support/temp-store';
import { until } from '../../support/until';

const EUROPE = APPLE_EUROPE_FEBRUARY;
const UK = APPLE_UK_FEBRUARY;
const AMERICAS = appleRegionReport('USD', [['US', 10, '0.70', '7.00', 'USD']], '7.00');

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;

beforeEach(async () => {
  folder = tempDataFolder('tunemantra-regions-');
  // A report here is written at once: waiting the usual seconds for it to settle only slows the suite.
  core = await openWorkstationCore({ location: folder.location, readers: 1, dropFolderSettleMs: 300, dropFolderStillArrivingMs: 300 });
});
afterEach(async () => {
  await core.close();
  folder.remove();
});

/** Previews a report, then imports it alone as the Import page sends a file asked nothing: told to skip. */
async function previewAndImport(fileName: string, bytes: Buffer) {
  const { stagedId } = core.stageUpload(fileName, bytes);
  const preview = await core.previewImport(stagedId);
  const job = await jobFinished(core, core.startStagedImport({ files: [{ stagedId, onOverlap: 'skip' }], mode: 'strict' }).jobId);
  const [outcome] = (job.result as { outcomes: { status: string; message: string }[] }).outcomes;
  return { preview, outcome: outcome! };
}

const history = async () => (await core.importHistory()).map((h) => [h.fileName, h.amounts]).sort();

describe("a store's reports of one month for different regions", () => {
  it('are imported one after the other without an overlap question, each with its own money', async () => {
    const europe = await previewAndImport('apple-eu-2025-02.txt', EUROPE);
    expect(europe.outcome.status).toBe('imported');

    const uk = await previewAndImport('apple-gb-2025-02.txt', UK);
    expect(uk.preview).toMatchObject({ status: 'ready', overlaps: [], statements: [{ formatId: 'apple-financial', territories: ['GB'] }] });
    expect(uk.outcome.status).toBe('imported');
    expect(await history()).toEqual([
      ['apple-eu-2025-02.txt', { EUR: '24.15000000' }],
      ['apple-gb-2025-02.txt', { GBP: '10.26000000' }],
    ]);
  });

  it('are both taken from the drop folder, none skipped', async () => {
    const drop = join(folder.dir, 'drop');
    mkdirSync(drop);
    await core.setDropFolder(drop);
    const outcomes: { file: string; status: string }[] = [];
    core.onEvent((event) => {
      if (event.type === 'job:finished') outcomes.push(...(event.job.result as { outcomes: typeof outcomes }).outcomes);
    });
    writeFileSync(join(drop, 'apple-eu-2025-02.txt'), EUROPE);
    writeFileSync(join(drop, 'apple-gb-2025-02.txt'), UK);

    const taken = await until(async () => (outcomes.length === 2 ? outcomes : undefined));
    expect(taken.map(({ file, status }) => [file, status])).toEqual([
      ['apple-eu-2025-02.txt', 'imported'],
      ['apple-gb-2025-02.txt', 'imported'],
    ]);
    expect(await history()).toEqual([
      ['apple-eu-2025-02.txt', { EUR: '24.15000000' }],
      ['apple-gb-2025-02.txt', { GBP: '10.26000000' }],
    ]);
  });

  it('still asks of a second report of the same month for the same region', async () => {
    const first = await previewAndImport('apple-us-2025-02.txt', AMERICAS);
    expect(first.outcome.status).toBe('imported');

    const again = await previewAndImport('apple-us-2025-02-corrected.txt', appleRegionReport('USD', [['US', 10, '0.70', '7.00', 'USD'], ['CA', 1, '0.70', '0.70', 'CAD']], '7.70'));
    expect(again.preview.overlaps.map((o) => o.fileName)).toEqual(['apple-us-2025-02.txt']);
    expect(again.outcome).toMatchObject({ status: 'skipped', message: 'apple-us-2025-02-corrected.txt: skipped, its period is already covered by apple-us-2025-02.txt.' });
  });

  it('still asks of a report with lines placed in no known country: they may be sales anywhere', async () => {
    await previewAndImport('apple-eu-2025-02.txt', EUROPE);

    const unplaced = await previewAndImport('apple-gb-2025-02.txt', appleRegionReport('GBP', [['GB', 7, '0.61', '4.27', 'GBP'], ['', 1, '5.99', '5.99', 'GBP']], '10.26'));
    expect(unplaced.preview.statements).toMatchObject([{ territories: ['GB', 'ZZ'] }]);
    expect(unplaced.preview.overlaps.map((o) => o.fileName)).toEqual(['apple-eu-2025-02.txt']);
    expect(unplaced.outcome.status).toBe('skipped');
  });
});
