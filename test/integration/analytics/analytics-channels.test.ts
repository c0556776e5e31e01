import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeChannel, type HandlerMap } from '../../../src/main/core/handler-map';
import { coreWithChannels } from '../../support/core-channels';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { CHANNELS } from '../../../src/shared/contract/channels';
import { tempDataFolder } from '../../support/temp-store';
import { writeDistroKid } from './label-statements';

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;
let handlers: HandlerMap;

beforeAll(async () => {
  folder = tempDataFolder('tunemantra-analytics-channels-');
  ({ core, handlers } = await coreWithChannels({ location: folder.location, readers: 1, now: () => new Date('2024-06-20T09:00:00Z') }));
  const statement = writeDistroKid(folder.dir, 'distrokid-2024-05.tsv', [
    { reporting: '2024-05-05', saleMonth: '2024-03', store: 'Spotify', title: 'Harbour Lights', isrc: 'QZK6J2400001', upc: '196589010001', qty: 1000, earnings: '4.25' },
    { reporting: '2024-05-05', saleMonth: '2024-04', store: 'Spotify', title: 'Harbour Lights', isrc: 'QZK6J2400001', upc: '196589010001', qty: 2000, earnings: '8.50' },
  ]);
  const [outcome] = await core.importFiles([statement], { mode: 'strict' });
  expect(outcome!.status).toBe('imported');
}, 60_000);
afterAll(async () => {
  await core.close();
  folder.remove();
});

async function call(channel: keyof typeof CHANNELS, input: unknown) {
  const envelope = await invokeChannel(handlers, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  // What crosses the boundary keeps the contract's shape.
  return CHANNELS[channel].output.parse(envelope.value);
}

describe('analytics channels, through the core and a reader thread', () => {
  it('answer catalogue health for the last twelve months of the core\'s today', async () => {
    const health = (await call('analytics:catalogueHealth', {})) as { range: unknown; revenue: string; recordings: unknown };
    expect(health.range).toEqual({ from: '2023-07-01', to: '2024-06-20' });
    expect(health.revenue).toBe('12.75000000');
    expect(health.recordings).toEqual({ catalogue: 1, earning: 1, earningShare: 1 });
  });

  it('compare releases, reconcile statements and grid completeness', async () => {
    const releases = (await call('analytics:releaseComparison', { latest: 1 })) as { releases: { releaseDay: string; revenue: string }[] };
    expect(releases.releases).toMatchObject([{ releaseDay: '2024-03-01', revenue: '12.75000000' }]);
    const reconciliation = (await call('analytics:reconciliation', undefined)) as { summary: Record<string, number> };
    expect(reconciliation.summary).toEqual({ matched: 0, mismatch: 0, noStatedTotal: 1, notRecorded: 0 });
    const completeness = (await call('analytics:completeness', {})) as { asOf: string; months: string[]; summary: Record<string, number> };
    // March and April reported in May (lag 2); May is due by the end of July, June by August
    expect(completeness).toMatchObject({ asOf: '2024-06', months: ['2024-03', '2024-04', '2024-05', '2024-06'] });
    expect(completeness.summary).toEqual({ present: 2, missing: 0, late: 0, notDue: 2, beforeFirst: 0 });
  });

  it('refuse bad input with a sentence naming the field', async () => {
    const envelope = await invokeChannel(handlers, 'analytics:catalogueHealth', { newReleaseMonths: 0 });
    expect(envelope).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^Invalid request for analytics:catalogueHealth: newReleaseMonths: /) } });
    const month = await invokeChannel(handlers, 'analytics:completeness', { asOf: '2024-13' });
    expect(month).toMatchObject({ ok: false, error: { message: 'Invalid request for analytics:completeness: asOf: a month as YYYY-MM' } });
    const extra = await invokeChannel(handlers, 'analytics:reconciliation', { importId: 3 });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
