import { describe, expect, it } from 'vitest';
import type { WorkstationApi } from '../../../src/shared/contract/workstation-api';
import { settledApi } from '../../../src/renderer/src/api/settled-api';

describe('settledApi', () => {
  it('passes answers through and turns a thrown call into an unavailable envelope', async () => {
    const listeners: unknown[] = [];
    const api = settledApi({
      cancelJob: async () => ({ ok: true, value: { cancelled: true } }),
      getJob: async () => {
        throw new Error('channel closed');
      },
      onEvent: (listener: unknown) => {
        listeners.push(listener);
        return () => {};
      },
    } as unknown as WorkstationApi);
    expect(await api.cancelJob({ jobId: 'j' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await api.getJob({ jobId: 'j' })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    api.onEvent(() => {});
    expect(listeners).toHaveLength(1);
  });
});
