import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../../src/main/core/workstation-core';
import { twoSheetWorkbook, WORKBOOK_SHEETS } from '../../../fixtures/two-sheet-workbook';
import { tempDataFolder } from '../../../support/temp-store';
import { jobFinished } from '../../../support/job-finished';

const { april, may } = WORKBOOK_SHEETS;

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;
let stagedId: string;

beforeEach(async () => {
  folder = tempDataFolder('tunemantra-sheets-');
  core = await openWorkstationCore({ location: folder.location, readers: 1 });
  const [staged] = core.stagePaths([await twoSheetWorkbook(join(folder.dir, 'months.xlsx'))]);
  stagedId = staged!.stagedId;
});
afterEach(async () => {
  await core.close();
  folder.remove();
});

const finished = (jobId: string) => jobFinished(core, jobId);

async function historyAfterImport(sheet?: string) {
  const job = await finished(core.startStagedImport({ files: [{ stagedId, onOverlap: 'keepBoth', ...(sheet ? { sheet } : {}) }], mode: 'strict' }).jobId);
  expect(job.status).toBe('succeeded');
  return (await core.importHistory()).map((h) => [h.fileName, h.imported, h.quantity, h.amounts]).sort();
}

describe('a workbook with two statement sheets, staged on the Import page', () => {
  it('previews both sheets, names them in order, and previews one alone when it is chosen', async () => {
    const whole = await core.previewImport(stagedId);
    expect(whole).toMatchObject({ status: 'ready', sheets: [april.name, may.name], importable: april.lines + may.lines, quantity: april.quantity + may.quantity });
    // 1.5833333333 + 2.625 = 4.2083333333
    expect(whole.amounts).toEqual({ USD: '4.2083333333' });

    const chosen = await core.previewImport(stagedId, undefined, may.name);
    expect(chosen).toMatchObject({ status: 'ready', importable: may.lines, quantity: may.quantity, amounts: { USD: '2.62500000' } });
  });

  it('offers no sheets for a file that is not a workbook', async () => {
    const [csv] = core.stagePaths([join(import.meta.dirname, '../../../fixtures/statements/distrokid-legacy.tsv')]);
    expect((await core.previewImport(csv!.stagedId)).sheets).toBeUndefined();
  });

  it('imports only the chosen sheet', async () => {
    expect(await historyAfterImport(april.name)).toEqual([['months.xlsx › April', april.lines, april.quantity, { USD: '1.5833333333' }]]);
  });

  it('imports every statement sheet when none is chosen', async () => {
    expect(await historyAfterImport()).toEqual([
      ['months.xlsx › April', april.lines, april.quantity, { USD: '1.5833333333' }],
      ['months.xlsx › May', may.lines, may.quantity, { USD: '2.62500000' }],
    ]);
  });
});
