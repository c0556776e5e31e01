import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { zipBytes } from '../../fixtures/make-containers';
import { DISTROKID_13_HEADER, tempDataFolder } from '../../support/temp-store';

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;

const DDEX = join(import.meta.dirname, '..', '..', 'fixtures', 'statements', 'ddex');
const DSR = join(DDEX, 'DSR_PADPIDA2025031001L_PADPIDA2099000002S_PremiumSubscription_2025-03_NO_20250412T061530.tsv');
const PART_1 = join(DDEX, 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_1of2_20250305T120000.tsv');
const PART_2 = join(DDEX, 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_2of2_20250305T120000.tsv');
const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A DistroKid statement: one line per [reporting day, sale month, earnings]. */
function dkStatement(lines: [reporting: string, saleMonth: string, earnings: string][]): Buffer {
  return Buffer.from([DISTROKID_13_HEADER, ...lines.map(([reporting, sale, earnings]) =>
    [reporting, sale, 'Spotify', 'Ana Sol', 'Luz', 'ESA012400001', '', '10', '100', 'Song', 'ES', '0', earnings].join('\t'))].join('\n'));
}

async function importTogether(files: { stagedId: string; onOverlap: 'skip' | 'replace' | 'keepBoth' }[]) {
  const { jobId } = core.startStagedImport({ files, mode: 'lenient' });
  for (;;) {
    const job = core.jobs.snapshot(jobId);
    if (job.status !== 'running') return (job.result as { outcomes: { status: string; message: string }[] }).outcomes;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const revenue = async () => (await core.runQuery(QuerySpec.parse({ metrics: ['revenue'] }))).rows[0]![0];
const history = async () => (await core.importHistory()).map((h) => h.fileName).sort();

beforeEach(async () => {
  folder = tempDataFolder('tunemantra-together-');
  core = await openWorkstationCore({ location: folder.location, readers: 1 });
});
afterEach(async () => {
  await core.close();
  folder.remove();
});

describe('the facts a preview gives for comparing files picked together', () => {
  it("lists a DistroKid statement's source, periods as day numbers, how it is cut and its territories", async () => {
    // One reporting day over two sale months: cut by reporting date.
    const staged = core.stageUpload('march.tsv', dkStatement([['2024-03-05', '2024-01', '1.00'], ['2024-03-05', '2024-02', '2.00']]));
    const preview = await core.previewImport(staged.stagedId);
    expect(preview.statements).toEqual([
      { formatId: 'distrokid', saleFrom: 20240101, saleTo: 20240229, reportingFrom: 20240305, reportingTo: 20240305, basis: 'reporting', territories: ['ES'],
        sha256: createHash('sha256').update(dkStatement([['2024-03-05', '2024-01', '1.00'], ['2024-03-05', '2024-02', '2.00']])).digest('hex'),
        part: '', figures: { lines: 2, importable: 2, quantity: 20, amounts: { USD: '3.00000000' } } },
    ]);
  });

  it("names each statement of a zip inside it, with its own share of the preview's figures", async () => {
    const march = dkStatement([['2024-04-05', '2024-03', '1.25']]);
    const april = dkStatement([['2024-05-05', '2024-04', '2.00'], ['2024-05-05', '2024-04', '0.40']]);
    const staged = core.stageUpload('q1.zip', zipBytes([{ name: 'dk/march.tsv', data: march }, { name: 'dk/april.tsv', data: april }]));
    const preview = await core.previewImport(staged.stagedId);
    expect(preview.importable).toBe(3);
    expect(preview.statements.map(({ part, figures, sha256 }) => ({ part, figures, sha256 }))).toEqual([
      { part: 'dk/march.tsv', figures: { lines: 1, importable: 1, quantity: 10, amounts: { USD: '1.25000000' } }, sha256: createHash('sha256').update(march).digest('hex') },
      { part: 'dk/april.tsv', figures: { lines: 2, importable: 2, quantity: 20, amounts: { USD: '2.40000000' } }, sha256: createHash('sha256').update(april).digest('hex') },
    ]);
  });

  it('lists a DDEX report file by its content and figures alone, with no period: it overlaps nothing', async () => {
    const staged = core.stageUpload(basename(DSR), readFileSync(DSR));
    const preview = await core.previewImport(staged.stagedId);
    expect(preview).toMatchObject({ status: 'ready', format: 'DDEX DSR' });
    const { lines, importable, quantity, amounts } = preview;
    expect(preview.statements).toEqual([{ sha256: sha256Of(DSR), part: '', figures: { lines, importable, quantity, amounts } }]);
  });

  it('gives a DSR file of a zip, one of each part of a two-file report, the hash the file has on its own', async () => {
    const staged = core.stageUpload('dsr.zip', zipBytes([
      { name: `march/${basename(DSR)}`, data: readFileSync(DSR) },
      ...[PART_1, PART_2].map((part) => ({ name: `gb/${basename(part)}`, data: readFileSync(part) })),
    ]));
    const preview = await core.previewImport(staged.stagedId);
    expect(preview.status).toBe('ready');
    expect(preview.statements.map(({ part, sha256 }) => ({ part, sha256 }))).toEqual([
      { part: `march/${basename(DSR)}`, sha256: sha256Of(DSR) },
      { part: `gb/${basename(PART_1)}`, sha256: sha256Of(PART_1) },
      { part: `gb/${basename(PART_2)}`, sha256: sha256Of(PART_2) },
    ]);
    expect(sha256Of(PART_1)).not.toBe(sha256Of(PART_2));
    // Each file's share adds up to the zip's figures, so a card can set one apart.
    expect(preview.statements.reduce((sum, statement) => sum + statement.figures!.importable, 0)).toBe(preview.importable);
    for (const part of [PART_1, PART_2]) {
      const alone = await core.previewImport(core.stageUpload(basename(part), readFileSync(part)).stagedId);
      expect(preview.statements.find((statement) => statement.sha256 === sha256Of(part))!.figures).toEqual(alone.statements[0]!.figures);
    }
  });
});

describe('two statements of one period imported together', () => {
  const april = () => core.stageUpload('april.tsv', dkStatement([['2024-05-05', '2024-04', '2.00']]));
  const aprilAgain = () => core.stageUpload('april-again.tsv', dkStatement([['2024-05-05', '2024-04', '2.00'], ['2024-05-05', '2024-04', '0.40']]));

  it('keeps both when the second is sent with keep both', async () => {
    const outcomes = await importTogether([{ stagedId: april().stagedId, onOverlap: 'skip' }, { stagedId: aprilAgain().stagedId, onOverlap: 'keepBoth' }]);
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported']);
    expect(await history()).toEqual(['april-again.tsv', 'april.tsv']);
    expect(await revenue()).toBe('4.40000000');
  });

  it('puts the second in the place of the first, imported moments before, when sent with replace', async () => {
    const outcomes = await importTogether([{ stagedId: april().stagedId, onOverlap: 'skip' }, { stagedId: aprilAgain().stagedId, onOverlap: 'replace' }]);
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported']);
    expect(outcomes[1]!.message).toContain('It replaces april.tsv.');
    expect(await history()).toEqual(['april-again.tsv']);
    expect(await revenue()).toBe('2.40000000');
  });

  it('skips the second when sent with skip', async () => {
    const outcomes = await importTogether([{ stagedId: april().stagedId, onOverlap: 'skip' }, { stagedId: aprilAgain().stagedId, onOverlap: 'skip' }]);
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'skipped']);
    expect(await history()).toEqual(['april.tsv']);
    expect(await revenue()).toBe('2.00000000');
  });
});
