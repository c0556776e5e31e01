import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invokeChannel } from '../../../src/main/core/handler-map';
import { ImportPreview } from '../../../src/shared/contract/imports';
import { COOP_HEADER, COOP_MAPPING } from '../../support/coop-mapping';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';
import { coreWithChannelsEachTest } from '../../support/core-each-test';
import { writeWorkbook } from '../../fixtures/make-containers';

/** DistroKid's legacy export with its earnings column renamed, as a distributor's update might. */
const RENAMED = DISTROKID_13_HEADER.replace('Earnings (USD)', 'Net Earnings USD');
const LINE = distroKidLine({ saleMonth: '2024-05', store: 'Spotify', title: 'One', isrc: 'USX9P2400001', qty: 3, earnings: '0.75' });
const NEAR_MISS = `${RENAMED}\n${LINE}\n`;

const perTest = coreWithChannelsEachTest('tunemantra-closest-layout-');

async function ask(channel: string, input: unknown): Promise<unknown> {
  const answer = await invokeChannel(perTest.channels, channel, input);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

/** Stages a file as the browser does and asks for its preview through the channel the Import page uses. */
async function previewOf(fileName: string, content: string | Buffer): Promise<ImportPreview> {
  const staged = (await ask('import:stage', { fileName, contentBase64: Buffer.from(content).toString('base64') })) as { stagedId: string };
  return ImportPreview.parse(await ask('import:preview', { stagedId: staged.stagedId }));
}

async function storedImports(): Promise<unknown[]> {
  return ((await ask('import:history', {})) as { imports: unknown[] }).imports;
}

describe('a file no layout recognises but one it comes close to', () => {
  it('is refused in its preview naming the layout, what it lacks and the header line, and nothing is stored', async () => {
    const preview = await previewOf('royalties.tsv', NEAR_MISS);
    expect(preview).toMatchObject({ status: 'rejected', format: null });
    expect(preview.message).toBe(
      'royalties.tsv line 1: not a statement layout this app recognises: its header has 4 of the 5 key columns of DistroKid, '
      + 'missing “Earnings (USD)”; if the distributor renamed it, map the columns yourself on the Import page (Map columns…); it cannot be imported as it is.',
    );
    expect(preview.closestLayout).toEqual({ format: 'DistroKid', variant: null, found: 4, total: 5, missing: ['Earnings (USD)'], tiedWith: [] });
    expect(preview.headerMatch).toBeUndefined();
    expect(await storedImports()).toEqual([]);
  });

  it('is refused by the import itself with the same sentence, and nothing is stored', async () => {
    const [outcome] = await perTest.core.importFiles([perTest.folder.write('royalties.tsv', NEAR_MISS)], { mode: 'lenient' });
    expect(outcome).toMatchObject({ status: 'rejected', importId: null, closestLayout: { format: 'DistroKid', missing: ['Earnings (USD)'] } });
    expect(outcome!.message).toContain('royalties.tsv line 1: not a statement layout this app recognises: its header has 4 of the 5 key columns of DistroKid');
    expect(await storedImports()).toEqual([]);
  });

  it('in a workbook, is named with its sheet and row', async () => {
    const path = await writeWorkbook(join(perTest.folder.dir, 'royalties.xlsx'), [
      { name: 'Notes', rows: [['Prepared for Ana Sol']] },
      { name: 'May', rows: [['DistroKid export'], RENAMED.split('\t'), LINE.split('\t')] },
    ]);
    const preview = await previewOf('royalties.xlsx', readFileSync(path));
    expect(preview.status).toBe('rejected');
    expect(preview.message).toContain(
      'May: no statement header in its first 20 rows: row 2 has 4 of the 5 key columns of DistroKid, missing “Earnings (USD)”',
    );
    expect(preview.closestLayout).toMatchObject({ format: 'DistroKid', found: 4, total: 5 });
    expect(await storedImports()).toEqual([]);
  });

  it('is told nothing of a layout when its header is like none', async () => {
    const preview = await previewOf('contacts.csv', 'Name,Email,Phone\nAna,ana@example.com,555\n');
    expect(preview.message).toBe('contacts.csv line 1: not a statement layout this app recognises (it begins "Name,Email,Phone"); it cannot be imported as it is.');
    expect(preview.closestLayout).toBeUndefined();
  });
});

describe('a recognised file', () => {
  it('shows how many of its layout’s key columns the header has', async () => {
    const preview = await previewOf('distrokid.tsv', `${DISTROKID_13_HEADER}\n${LINE}\n`);
    expect(preview).toMatchObject({ status: 'ready', format: 'DistroKid', headerMatch: { kind: 'fingerprint', found: 5, total: 5 } });
    expect(preview.closestLayout).toBeUndefined();
  });

  it('read by a saved mapping shows the mapping’s exact column set instead', async () => {
    await ask('mapping:save', { name: 'Co-op', mapping: COOP_MAPPING });
    const preview = await previewOf('coop.csv', `${COOP_HEADER.join(';')}\n01/03/2025;Spotify;FR;Ana Sol;Luz;FRX202500001;1.200;3,456789\n`);
    expect(preview).toMatchObject({ status: 'ready', format: 'Co-op', headerMatch: { kind: 'savedMapping', columns: COOP_HEADER.length } });
  });
});
