import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { preparedText } from '../../support/prepared-export';
import { DISTROKID_13_HEADER } from '../../support/temp-store';
import { jobFinished } from '../../support/job-finished';
import { coreEachTest } from '../../support/core-each-test';

const perTest = coreEachTest('tunemantra-workflow-');

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'statements');

const finished = (jobId: string) => jobFinished(perTest.core, jobId);

type Outcome = { status: string; imported: number; rejected: number; importId: number | null; message: string; warnings: string[] };
async function importStaged(files: { stagedId: string; onOverlap?: 'skip' | 'replace' | 'keepBoth' }[], mode: 'lenient' | 'strict' = 'lenient') {
  const job = await finished(perTest.core.startStagedImport({ files: files.map((f) => ({ onOverlap: 'keepBoth', ...f })), mode }).jobId);
  return (job.result as { outcomes: Outcome[] }).outcomes;
}

const revenue = async (spec: Partial<QuerySpec> = {}) =>
  (await perTest.core.runQuery(QuerySpec.parse({ metrics: ['revenue', 'lines'], ...spec }))).rows[0];

/** A DistroKid statement of one reporting month (or, cut by sale month, one sale month). */
function dkStatement(lines: [reporting: string, saleMonth: string, store: string, earnings: string][]): Buffer {
  return Buffer.from([DISTROKID_13_HEADER, ...lines.map(([reporting, sale, store, earnings]) =>
    [reporting, sale, store, 'Ana Sol', 'Luz', 'ESA012400001', '', '10', '100', 'Song', 'ES', '0', earnings].join('\t'))].join('\n'));
}

describe('staged imports', () => {
  it('previews with the real figures and writes nothing', async () => {
    const staged = perTest.core.stageUpload('distrokid-legacy.tsv', readFileSync(join(FIXTURES, 'distrokid-legacy.tsv')));
    const preview = await perTest.core.previewImport(staged.stagedId);
    expect(preview).toMatchObject({ status: 'ready', format: 'DistroKid', variant: '13-column', encoding: 'utf-8', rejected: 0, overlaps: [] });
    expect(preview.importable).toBeGreaterThan(0);
    expect(preview.sample[0]).toHaveProperty('Platform');
    expect(preview.saleFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await perTest.core.info()).isEmpty).toBe(true);
    const [outcome] = await importStaged([{ stagedId: staged.stagedId }]);
    expect(outcome).toMatchObject({ status: 'imported', imported: preview.importable });
    expect(perTest.core.stageUpload('again.tsv', readFileSync(join(FIXTURES, 'distrokid-legacy.tsv'))).fileName).toBe('again.tsv');
  });

  it('quarantines bad lines in lenient mode and hands them out as CSV with line and reason', async () => {
    const staged = perTest.core.stageUpload('text-in-money.tsv', readFileSync(join(FIXTURES, 'distrokid-text-in-money.tsv')));
    const preview = await perTest.core.previewImport(staged.stagedId);
    expect(preview.rejected).toBe(1);
    expect(preview.problems[0]).toMatchObject({ line: 4 });
    const [outcome] = await importStaged([{ stagedId: staged.stagedId }]);
    expect(outcome!.rejected).toBe(1);
    const file = await perTest.core.exportQuarantine(outcome!.importId!);
    const csv = preparedText(perTest.core.takeExport(file.exportId));
    expect(csv.split('\r\n')[0]).toBe('Line,Reason,Line as printed,Last correction tried,Why it still cannot be read,Set aside');
    expect(csv.split('\r\n')[1]).toMatch(/^4,"column ""Earnings \(USD\)"": /);
  });

  it('asks about an overlapping statement: skip leaves the earlier, replace swaps it, keep both adds', async () => {
    const march = perTest.core.stageUpload('march.tsv', dkStatement([['2024-03-05', '2024-01', 'Spotify', '1.00'], ['2024-03-05', '2024-02', 'Deezer', '2.00']]));
    await importStaged([{ stagedId: march.stagedId }]);
    const marchAgain = () => perTest.core.stageUpload('march-corrected.tsv', dkStatement([['2024-03-05', '2024-01', 'Spotify', '1.50'], ['2024-03-06', '2024-02', 'Deezer', '2.00']]));

    const skipped = marchAgain();
    const preview = await perTest.core.previewImport(skipped.stagedId);
    expect(preview.overlaps.map((o) => o.fileName)).toEqual(['march.tsv']);
    expect((await importStaged([{ stagedId: skipped.stagedId, onOverlap: 'skip' }]))[0]!.status).toBe('skipped');
    expect(await revenue()).toEqual(['3.00000000', 2]);

    const replacing = marchAgain();
    const [replaced] = await importStaged([{ stagedId: replacing.stagedId, onOverlap: 'replace' }]);
    expect(replaced!.message).toContain('It replaces march.tsv');
    expect(await revenue()).toEqual(['3.50000000', 2]);
    expect((await perTest.core.importHistory()).map((h) => h.fileName)).toEqual(['march-corrected.tsv']);
  });

  it('warns when a sales-date export meets a reporting-date export of the same months', async () => {
    const byReporting = perTest.core.stageUpload('reported-march.tsv', dkStatement([['2024-03-05', '2024-01', 'Spotify', '1.00'], ['2024-03-05', '2024-02', 'Spotify', '1.00']]));
    await importStaged([{ stagedId: byReporting.stagedId }]);
    const bySale = perTest.core.stageUpload('sold-february.tsv', dkStatement([['2024-03-05', '2024-02', 'Spotify', '1.00'], ['2024-04-05', '2024-02', 'Deezer', '1.00']]));
    const preview = await perTest.core.previewImport(bySale.stagedId);
    expect(preview.warnings).toHaveLength(1);
    expect(preview.warnings[0]).toMatch(/cut by sale month, but reported-march\.tsv .* cut by reporting date .* counted twice/);
  });

  it('undoes an import and lets the same file be imported again', async () => {
    const staged = perTest.core.stageUpload('one.tsv', dkStatement([['2024-03-05', '2024-01', 'Spotify', '1.25']]));
    const [outcome] = await importStaged([{ stagedId: staged.stagedId }]);
    expect(await perTest.core.undoImport(outcome!.importId!)).toEqual({ importId: outcome!.importId, removedLines: 1 });
    expect(await revenue()).toEqual(['0.00000000', 0]);
    await expect(perTest.core.undoImport(outcome!.importId!)).rejects.toThrow(/no longer exists/);
    const again = perTest.core.stageUpload('one.tsv', dkStatement([['2024-03-05', '2024-01', 'Spotify', '1.25']]));
    expect((await importStaged([{ stagedId: again.stagedId }]))[0]!.status).toBe('imported');
  });
});

describe('currency conversion', () => {
  it('leaves lines without a rate out of base totals until a rate converts them exactly', async () => {
    const tunecore = perTest.core.stageUpload('tunecore.csv', Buffer.from([
      'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency',
      '2024-05-01,2024-06-15,Spotify,DE,Ana Sol,Single,Luz,Luz,,,,1,ESA012400001,Streaming,100,0.003,0.30,EUR,1,0.30,EUR',
      '2024-05-02,2024-06-15,Spotify,US,Ana Sol,Single,Luz,Luz,,,,1,ESA012400001,Streaming,100,0.004,0.40,USD,1,0.40,USD',
    ].join('\n')));
    await importStaged([{ stagedId: tunecore.stagedId }]);
    expect(await revenue()).toEqual(['0.40000000', 2]);
    expect((await perTest.core.listFxRates()).missing).toEqual([{ month: '2024-05', currency: 'EUR', lines: 1 }]);
    await expect(perTest.core.importFxRatesCsv('month,currency,rate\n2024-5,EUR,1.08\n')).rejects.toThrow(/line 2: "2024-5" is not a month/);
    expect(await perTest.core.importFxRatesCsv('month,currency,rate\n2024-05,EUR,1.0842\n')).toEqual({ saved: 1, linesConverted: 1, linesUnconvertible: 0 });
    expect(await revenue()).toEqual(['0.72526000', 2]);
    expect((await perTest.core.listFxRates()).missing).toEqual([]);
    expect(await perTest.core.setFxRates([{ month: '2024-05', currency: 'EUR', rate: '1.1' }])).toEqual({ saved: 1, linesConverted: 1, linesUnconvertible: 0 });
    expect(await revenue()).toEqual(['0.73000000', 2]);
  });

  it('moves the figures but not the imports: staged files are not checked again for a rate', async () => {
    const changes: { dataVersion: number; importsVersion: number }[] = [];
    perTest.core.onEvent((event) => {
      if (event.type === 'data:changed') changes.push({ dataVersion: event.dataVersion, importsVersion: event.importsVersion });
    });
    const staged = perTest.core.stageUpload('tunecore.csv', Buffer.from([
      'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency',
      '2024-05-01,2024-06-15,Spotify,DE,Ana Sol,Single,Luz,Luz,,,,1,ESA012400001,Streaming,100,0.003,0.30,EUR,1,0.30,EUR',
    ].join('\n')));
    const [outcome] = await importStaged([{ stagedId: staged.stagedId }]);
    expect(outcome!.status).toBe('imported');
    await perTest.core.setFxRates([{ month: '2024-05', currency: 'EUR', rate: '1.1' }]);
    await perTest.core.undoImport(outcome!.importId!);
    expect(changes).toEqual([
      { dataVersion: 1, importsVersion: 1 },
      { dataVersion: 2, importsVersion: 1 },
      { dataVersion: 3, importsVersion: 2 },
    ]);
    expect(await perTest.core.info()).toMatchObject({ dataVersion: 3, importsVersion: 2 });
  });
});

describe('platforms', () => {
  it('merges a store spelling the app did not know into a known platform, for good', async () => {
    const first = perTest.core.stageUpload('odd-store.tsv', dkStatement([['2024-03-05', '2024-01', 'Spotifyy Premium', '1.00'], ['2024-03-05', '2024-01', 'Spotify', '2.00']]));
    await importStaged([{ stagedId: first.stagedId }]);
    const platforms = await perTest.core.listPlatforms();
    const odd = platforms.find((p) => p.name === 'Spotifyy Premium')!;
    const spotify = platforms.find((p) => p.name === 'Spotify')!;
    expect(await perTest.core.mergePlatform(odd.platformId, spotify.platformId)).toEqual({ movedLines: 1, mergeId: expect.any(Number) });
    const after = await perTest.core.listPlatforms();
    expect(after.find((p) => p.name === 'Spotifyy Premium')).toBeUndefined();
    expect(after.find((p) => p.name === 'Spotify')).toMatchObject({ lines: 2 });
    expect(after.find((p) => p.name === 'Spotify')!.aliases).toContain('Spotifyy Premium');
    const later = perTest.core.stageUpload('later.tsv', dkStatement([['2024-04-05', '2024-02', 'Spotifyy Premium', '1.00']]));
    await importStaged([{ stagedId: later.stagedId }]);
    expect((await perTest.core.listPlatforms()).find((p) => p.name === 'Spotify')).toMatchObject({ lines: 3 });
  });
});
