import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebBridge, type WebBridge } from '../../../src/main/bridge/web-bridge';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import { askQuery } from '../../../src/renderer/src/api/ask-query';
import { createBridgeApi } from '../../../src/renderer/src/api/bridge-transport';
import { decodeResultArrow } from '../../../src/shared/arrow/decode-result-arrow';
import type { Envelope } from '../../../src/shared/contract/envelope';
import type { QueryAnswer } from '../../../src/shared/contract/query-execution';
import type { QuerySpecInput } from '../../../src/shared/query/query-spec';
import { tempDataFolder } from '../../support/temp-store';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'statements');
const STARTUP_MS = 120_000;
const BY_DAY: QuerySpecInput = { metrics: ['revenue', 'quantity', 'perStreamRate'], dimensions: ['day', 'platform'] };

let folder: ReturnType<typeof tempDataFolder>;
let bridge: WebBridge;
const realFetch = globalThis.fetch;

const post = (channel: string, body: unknown) =>
  realFetch(`${bridge.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-workstation-token': bridge.token },
    body: JSON.stringify(body),
  });

function valueOf(envelope: Envelope<QueryAnswer>): QueryAnswer {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

beforeAll(async () => {
  folder = tempDataFolder('tunemantra-arrow-bridge-');
  const core = await openWorkstationCore({ location: folder.location, readers: 1 });
  await core.importFiles(['distrokid-legacy.tsv', 'tunecore-sales.csv', 'believe/believe-ventes-fr.csv'].map((f) => join(FIXTURES, f)), { mode: 'lenient' });
  await core.close();
  const ui = join(folder.dir, 'ui');
  mkdirSync(ui);
  writeFileSync(join(ui, 'index.html'), '<!doctype html>');
  bridge = await startWebBridge({ location: folder.location, staticDir: ui, readers: 1 });
  // The renderer's client uses page-relative URLs; here the page's origin is the real bridge's.
  globalThis.fetch = ((url: string, init?: RequestInit) => realFetch(`${bridge.origin}${url}`, init)) as typeof fetch;
}, STARTUP_MS);
afterAll(async () => {
  globalThis.fetch = realFetch;
  await bridge?.close();
  folder.remove();
}, STARTUP_MS);

describe('query results over the browser bridge', () => {
  it('sends Arrow bytes as the body and the rest of the answer in a header', async () => {
    const response = await post('query:runArrow', { spec: BY_DAY });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(JSON.parse(decodeURIComponent(response.headers.get('x-workstation-reply')!))).toEqual({ execution: { cached: false } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(bytes.byteLength);
    expect(decodeResultArrow(bytes).rows.length).toBeGreaterThan(3);
  });

  it('answers a refused Arrow request with the usual JSON envelope', async () => {
    const response = await post('query:runArrow', { spec: { metrics: ['revenue'], dimensions: ['genre'] } });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('dimensions.0') } });
  });

  it('gives the renderer the same answer through Arrow as through JSON', async () => {
    const api = createBridgeApi(bridge.token);
    const spec: QuerySpecInput = { ...BY_DAY, sort: { by: 'quantity', direction: 'asc' } };
    const json = valueOf(await askQuery(api, { spec }, 'json'));
    const arrow = valueOf(await askQuery(api, { spec }, 'arrow'));
    expect({ ...arrow, elapsedMs: 0 }).toEqual({ ...json, elapsedMs: 0 });
    expect(valueOf(await askQuery(api, { spec }, 'arrow')).execution).toEqual({ cached: true });
  });

  it('still takes a bare spec on query:run, and a slot with a sequence', async () => {
    const bare = await (await post('query:run', { metrics: ['lines'] })).json();
    expect(bare).toMatchObject({ ok: true, value: { rows: [[expect.any(Number)]], execution: { cached: false } } });
    const slotted = await (await post('query:run', { spec: { metrics: ['lines'] }, slot: 'kpi', sequence: 3 })).json();
    expect(slotted).toMatchObject({ ok: true, value: { execution: { cached: true } } });
    const older = await (await post('query:run', { spec: { metrics: ['lines'] }, slot: 'kpi', sequence: 2 })).json();
    expect(older).toMatchObject({ ok: false, error: { code: 'cancelled', details: { reason: 'superseded' } } });
    expect(await (await post('query:cancel', { slot: 'kpi' })).json()).toEqual({ ok: true, value: { cancelled: false } });
  });
});
