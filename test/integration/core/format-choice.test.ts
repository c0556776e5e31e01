import { describe, expect, it } from 'vitest';
import { MappingSpec } from '../../../src/shared/contract/column-mapping';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';
import { coreEachTest } from '../../support/core-each-test';

/** A saved mapping for DistroKid's own header, reading "Team Percentage" as euros: it ties with DistroKid. */
const TEAM_SHEET = MappingSpec.parse({
  headerRow: 1,
  header: DISTROKID_13_HEADER.split('\t'),
  delimiter: '\t',
  fields: { salePeriod: 'Sale Month', platform: { kind: 'column', column: 'Store' }, quantity: 'Quantity', amount: 'Team Percentage', currency: { kind: 'fixed', value: 'EUR' } },
});
const STATEMENT = `${DISTROKID_13_HEADER}\n${distroKidLine({ saleMonth: '2024-05', store: 'Spotify', title: 'One', isrc: 'USX9P2400001', qty: 3, earnings: '0.75' })}\n`;

const perTest = coreEachTest('tunemantra-format-choice-');

async function outcomesOf(jobId: string) {
  for (;;) {
    const job = perTest.core.jobs.snapshot(jobId);
    if (job.status !== 'running') return (job.result as { outcomes: { format: string; amounts: Record<string, string> }[] }).outcomes;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('choosing the layout of a file two layouts fit', () => {
  it('previews and imports it as the layout chosen, through the core and the writer thread', async () => {
    await perTest.core.saveMapping('Team sheet', TEAM_SHEET);
    const { stagedId } = perTest.core.stageUpload('statement.tsv', Buffer.from(STATEMENT, 'utf8'));

    const detected = await perTest.core.previewImport(stagedId);
    expect(detected).toMatchObject({ format: 'DistroKid', amounts: { USD: '0.75000000' } });
    const formatId = detected.alternatives?.[0]?.formatId;
    expect(detected.alternatives).toEqual([{ formatId: expect.stringMatching(/^mapping:/), name: 'Team sheet', variant: 'saved mapping Team sheet v1' }]);

    expect(await perTest.core.previewImport(stagedId, formatId)).toMatchObject({ format: 'Team sheet', amounts: { EUR: '100.00000000' }, alternatives: [] });
    const outcomes = await outcomesOf(perTest.core.startStagedImport({ files: [{ stagedId, onOverlap: 'keepBoth', formatId }], mode: 'lenient' }).jobId);
    expect(outcomes).toMatchObject([{ format: 'Team sheet', amounts: { EUR: '100.00000000' } }]);
  });
});
