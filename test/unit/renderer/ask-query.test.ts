import { describe, expect, it } from 'vitest';
import { askQuery, mayBeLarge } from '../../../src/renderer/src/api/ask-query';
import type { WorkstationApi } from '../../../src/shared/contract/workstation-api';

describe('mayBeLarge', () => {
  it('sends specs that may answer with many rows the Arrow way', () => {
    expect(mayBeLarge({ metrics: ['revenue'] })).toBe(false);
    expect(mayBeLarge({ metrics: ['revenue'], dimensions: [] })).toBe(false);
    expect(mayBeLarge({ metrics: ['revenue'], dimensions: ['platform'], limit: 10 })).toBe(false);
    expect(mayBeLarge({ metrics: ['revenue'], dimensions: ['platform'] })).toBe(true);
    expect(mayBeLarge({ metrics: ['revenue'], dimensions: ['day', 'recording'], limit: 50_000 })).toBe(true);
  });
});

describe('askQuery', () => {
  const asked: string[] = [];
  const api = {
    runQuery: async () => {
      asked.push('json');
      return { ok: false, error: { code: 'cancelled', message: 'superseded' } };
    },
    runQueryArrow: async () => {
      asked.push('arrow');
      return { ok: true, value: { arrow: new Uint8Array([1, 2, 3]), execution: { cached: false } } };
    },
  } as unknown as WorkstationApi;

  it('picks the channel by the spec unless told, and passes failures through', async () => {
    expect(await askQuery(api, { spec: { metrics: ['lines'] } })).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    await askQuery(api, { spec: { metrics: ['lines'] } }, 'arrow');
    await askQuery(api, { spec: { metrics: ['lines'], dimensions: ['month'] } }, 'json');
    expect(asked).toEqual(['json', 'arrow', 'json']);
  });

  it('turns bytes that are not a query result into a readable error', async () => {
    const answer = await askQuery(api, { spec: { metrics: ['lines'], dimensions: ['day'] } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining("The query's Arrow answer could not be read") } });
  });
});
