import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { QuerySpec, type QuerySpecInput } from '../../../src/shared/query/query-spec';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'statements');

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;
let clock = new Date('2024-06-20T10:00:00Z');
const STARTUP_MS = 120_000;

const ask = (spec: QuerySpecInput) => core.runQuery(QuerySpec.parse(spec));
const TUNECORE_HEADER =
  'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';
const REVENUE_BY_PLATFORM: QuerySpecInput = { metrics: ['revenue', 'quantity'], dimensions: ['platform'], sort: { by: 'revenue' } };

async function importText(name: string, content: string) {
  const [outcome] = await core.importFiles([folder.write(name, content)], { mode: 'strict' });
  expect(outcome?.status).toBe('imported');
  return outcome!;
}

/**
 * One store for the file (starting worker threads is the slow part): each test asks questions of
 * its own (another limit, another metric), so what one test kept never answers another's.
 */
beforeAll(async () => {
  folder = tempDataFolder('tunemantra-cache-');
  core = await openWorkstationCore({ location: folder.location, readers: 2, now: () => clock });
  await core.importFiles([join(FIXTURES, 'distrokid-legacy.tsv')], { mode: 'strict' });
}, STARTUP_MS);
afterAll(async () => {
  await core?.close();
  folder.remove();
}, STARTUP_MS);

describe('query result cache', () => {
  it('answers the same question from the cache, whatever the spec spelling, and says so', async () => {
    const first = await ask(REVENUE_BY_PLATFORM);
    expect(first.execution).toEqual({ cached: false });
    expect(first.rows.length).toBeGreaterThan(0);

    const again = await ask(REVENUE_BY_PLATFORM);
    expect(again.execution).toEqual({ cached: true });
    expect(again.rows).toEqual(first.rows);

    // Defaults written out and keys in another order are the same question.
    const spelledOut = await ask({
      sort: { direction: 'desc', by: 'revenue' }, offset: 0, filters: [], dateBasis: 'sale',
      timeRange: { preset: 'all', kind: 'preset' }, dimensions: ['platform'], metrics: ['revenue', 'quantity'],
    });
    expect(spelledOut.execution.cached).toBe(true);

    // Metric order orders the columns: another question.
    expect((await ask({ ...REVENUE_BY_PLATFORM, metrics: ['quantity', 'revenue'] })).execution.cached).toBe(false);
  });

  it('keeps JSON and Arrow answers apart and hands out copies of the Arrow bytes', async () => {
    const spec = { ...REVENUE_BY_PLATFORM, limit: 50 };
    expect((await ask(spec)).execution.cached).toBe(false);
    const arrow = await core.runQueryArrow(QuerySpec.parse(spec));
    expect(arrow.execution.cached).toBe(false);
    const pristine = arrow.arrow.slice();
    arrow.arrow.fill(0);
    const again = await core.runQueryArrow(QuerySpec.parse(spec));
    expect(again.execution.cached).toBe(true);
    expect(again.arrow).toEqual(pristine);
  });

  it('hands out kept results that cannot be changed by the caller', async () => {
    const spec = { ...REVENUE_BY_PLATFORM, limit: 40 };
    await ask(spec);
    const kept = await ask(spec);
    expect(kept.execution.cached).toBe(true);
    const before = structuredClone(kept.rows);
    expect(() => {
      (kept.rows[0] as unknown[])[1] = 'tampered';
    }).toThrow(TypeError);
    expect(() => kept.rows.push([])).toThrow(TypeError);
    expect((await ask(spec)).rows).toEqual(before);
  });

  it('asks again after an import, with the new figures', async () => {
    const before = await ask({ metrics: ['lines', 'revenue'] });
    expect((await ask({ metrics: ['lines', 'revenue'] })).execution.cached).toBe(true);

    await importText('july.tsv', [DISTROKID_13_HEADER, distroKidLine({ saleMonth: '2024-05', store: 'Deezer', title: 'New', isrc: 'QZK6J2400099', qty: 7, earnings: '1.25' })].join('\n'));

    const after = await ask({ metrics: ['lines', 'revenue'] });
    expect(after.execution.cached).toBe(false);
    expect(after.rows[0]![0]).toBe((before.rows[0]![0] as number) + 1);
    expect(after.rows[0]![1]).not.toBe(before.rows[0]![1]);
  });

  it('asks again after an undo, an FX change and a platform merge', async () => {
    const lines = { metrics: ['lines', 'revenue', 'quantity'] } satisfies QuerySpecInput;
    const euro = await importText('euro.csv', [
      TUNECORE_HEADER,
      '2024-05-01,2024-06-15,Deezer,DE,Ana Sol,Single,Luz,Luz,,,,1,ESA012400001,Streaming,100,0.02,2.00,EUR,1,2.00,EUR',
    ].join('\n'));
    const withEuro = await ask(lines);
    expect((await ask(lines)).execution.cached).toBe(true);

    await core.setFxRates([{ month: '2024-05', currency: 'EUR', rate: '1.5' }]);
    const converted = await ask(lines);
    expect(converted.execution.cached).toBe(false);
    expect(converted.rows[0]![1]).not.toBe(withEuro.rows[0]![1]);

    const platforms = await core.listPlatforms();
    const deezer = platforms.find((p) => p.name === 'Deezer')!;
    const spotify = platforms.find((p) => p.name === 'Spotify')!;
    const byPlatform = { metrics: ['lines'], dimensions: ['platform'], limit: 30 } satisfies QuerySpecInput;
    await ask(byPlatform);
    expect((await ask(byPlatform)).execution.cached).toBe(true);
    await core.mergePlatform(deezer.platformId, spotify.platformId);
    const merged = await ask(byPlatform);
    expect(merged.execution.cached).toBe(false);
    expect(merged.rows.map((r) => r[0])).not.toContain('Deezer');

    await ask(lines);
    await core.undoImport(euro.importId!);
    const undone = await ask(lines);
    expect(undone.execution.cached).toBe(false);
    expect(undone.rows[0]![0]).toBe((converted.rows[0]![0] as number) - 1);
  });

  it('is not emptied by a preview, which commits nothing', async () => {
    const spec = { ...REVENUE_BY_PLATFORM, limit: 20 };
    await ask(spec);
    const staged = core.stageUpload('preview.csv', readFileSync(join(FIXTURES, 'tunecore-sales.csv')));
    await core.previewImport(staged.stagedId);
    expect((await ask(spec)).execution.cached).toBe(true);
  });

  it('resolves "last 30 days" again on a new day', async () => {
    const recent = { metrics: ['lines'], timeRange: { kind: 'preset', preset: 'last30d' } } satisfies QuerySpecInput;
    const today = await ask(recent);
    expect((await ask(recent)).execution.cached).toBe(true);
    clock = new Date('2024-06-21T09:00:00Z');
    const tomorrow = await ask(recent);
    expect(tomorrow.execution.cached).toBe(false);
    expect(tomorrow.range).not.toEqual(today.range);
    expect((await ask(recent)).execution.cached).toBe(true);
  });
});
