import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { MappingSpec } from '../../../src/shared/contract/column-mapping';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';

/** A saved mapping for DistroKid's own header, reading "Team Percentage" as euros: it ties with DistroKid. */
const TEAM_SHEET = MappingSpec.parse({
  headerRow: 1,
  header: DISTROKID_13_HEADER.split('\t'),
  delimiter: '\t',
  fields: { salePeriod: 'Sale Month', platform: { kind: 'column', column: 'Store' }, quantity: 'Quantity', amount: 'Team Percentage', currency: { kind: 'fixed', value: 'EUR' } },
});
const STATEMENT = `${DISTROKID_13_HEADER}\n${distroKidLine({ saleMonth: '2024-05', store: 'Spotify', title: 'One', isrc: 'USX9P2400001', qty: 3, earnings: '0.75' })}\n`;

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;
beforeEach(async () => {
  folder = tempDataFolder('tunemantra-format-choice-');
  core = await openWorkstationCore({ location: folder.location, readers: 1 });
});
afterEach(async () => {
  await core.close();
  folder.remove();
});

async function outcomesOf(jobId: string) {
  for (;;) {
    const job = core.jobs.snapshot(jobId);
    if (job.status !== 'running') return (job.result as { outcomes: { format: string; amounts: Record<string, string> }[] }).outcomes;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('choosing the layout of a file two layouts fit', () => {
  it('previews and imports it as the layout chosen, through the core and the writer thread', async () => {
    await core.saveMapping('Team sheet', TEAM_SHEET);
    const { stagedId } = core.stageUpload('statement.tsv', Buffer.from(STATEMENT, 'utf8'));

    const detected = await core.previewImport(stagedId);
    expect(detected).toMatchObject({ format: 'DistroKid', amounts: { USD: '0.75000000' } });
    const formatId = detected.alternatives?.[0]?.formatId;
    expect(detected.alternatives).toEqual([{ formatId: expect.stringMatching(/^mapping:/), name: 'Team sheet', variant: 'saved mapping Team sheet v1' }]);

    expect(await core.previewImport(stagedId, formatId)).toMatchObject({ format: 'Team sheet', amounts: { EUR: '100.00000000' }, alternatives: [] });
    const outcomes = await outcomesOf(core.startStagedImport({ files: [{ stagedId, onOverlap: 'keepBoth', formatId }], mode: 'lenient' }).jobId);
    expect(outcomes).toMatchObject([{ format: 'Team sheet', amounts: { EUR: '100.00000000' } }]);
  });
});
