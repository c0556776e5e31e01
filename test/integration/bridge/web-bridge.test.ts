import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_METHODS, type ChannelName, type PageChannelName } from '../../../src/shared/contract/channel-names';
import { ExportFile, type ChannelOutput } from '../../../src/shared/contract/channels';
import type { Envelope } from '../../../src/shared/contract/envelope';
import { startWebBridge, type WebBridge } from '../../../src/main/bridge/web-bridge';
import { tempDataFolder } from '../../support/temp-store';

let folder: ReturnType<typeof tempDataFolder>;
let bridge: WebBridge;

async function post(channel: string, body: unknown, token: string) {
  const response = await fetch(`${bridge.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-workstation-token': token },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as unknown };
}

/** Typed from the contract, so each test reads its channel's real reply shape. */
async function invoke<K extends ChannelName>(channel: K, body: unknown, token = bridge.token) {
  const { status, json } = await post(channel, body, token);
  return { status, body: json as Envelope<ChannelOutput<K>> };
}

const valueOf = <T>(envelope: Envelope<T>): T => {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
};
const errorOf = <T>(envelope: Envelope<T>) => (envelope.ok ? undefined : envelope.error);

/** fetch() will not send a forged Host header, so this goes through node:http directly. */
function rawGet(path: string, host: string): Promise<number> {
  const url = new URL(bridge.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  folder = tempDataFolder('tunemantra-bridge-');
  const staticDir = join(folder.dir, 'ui');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(folder.dir, 'secret.txt'), 'outside the UI folder');
  bridge = await startWebBridge({ location: folder.location, staticDir, readers: 1, now: () => new Date('2026-11-21T12:00:00Z') });
});
afterAll(async () => {
  await bridge.close();
  folder.remove();
});

describe('browser bridge', () => {
  it('listens on loopback only and hands out a URL with its token', () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(bridge.url).toBe(`${bridge.origin}/?token=${bridge.token}`);
  });

  it('refuses calls without the token', async () => {
    const { status, body } = await invoke('app:info', {}, 'wrong-token-of-the-same-length-000000000');
    expect(status).toBe(401);
    expect(errorOf(body)?.code).toBe('forbidden');
  });

  it('refuses requests that name another host (DNS rebinding)', async () => {
    expect(await rawGet('/', 'evil.example:80')).toBe(421);
  });

  it('serves the UI but nothing outside its folder', async () => {
    expect((await fetch(`${bridge.origin}/`)).status).toBe(200);
    expect((await fetch(`${bridge.origin}/%2e%2e/secret.txt`)).status).toBe(404);
    expect((await fetch(`${bridge.origin}/..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${bridge.origin}/`)).headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers every channel a page calls and nothing else', async () => {
    // demo:load has a lasting effect; the next test drives it for real.
    for (const channel of (Object.keys(CHANNEL_METHODS) as PageChannelName[]).filter((c) => c !== 'demo:load')) {
      const { body } = await invoke(channel, {});
      // Some channels refuse an empty input, but none may be unknown to the bridge.
      expect(errorOf(body)?.message ?? '', channel).not.toMatch(/^There is no channel/);
    }
    const unknown = (await post('store:dropEverything', {}, bridge.token)).json as Envelope<unknown>;
    expect(errorOf(unknown)?.code).toBe('not_found');
  });

  it("refuses the desktop app's channel for a dropped file: a page may not stage a file of this computer by naming its path", async () => {
    const statement = join(folder.dir, 'march.tsv');
    writeFileSync(statement, 'Reporting Date\tSale Month\n');
    const { status, body } = await invoke('import:stageDropped', { path: statement });
    expect(status).toBe(403);
    expect(errorOf(body)).toEqual({
      code: 'forbidden',
      message: "import:stageDropped is for the desktop app's window alone. In the browser, a dropped or picked statement is uploaded to the workstation.",
    });
  });

  it('refuses a call larger than 8 MB: statements come by the upload route (statement-upload.test.ts)', async () => {
    const tooBig = await post('query:run', { metrics: ['revenue'], padding: 'x'.repeat(9 * 1024 * 1024) }, bridge.token);
    expect(tooBig.status).toBe(413);
  });

  it('validates input and names the field', async () => {
    const { body } = await invoke('query:run', { metrics: ['revenue'], dimensions: ['genre'] });
    expect(errorOf(body)?.code).toBe('invalid_input');
    expect(errorOf(body)?.message).toContain('dimensions.0');
  });

  it('reports an empty store, then runs a demo job with progress events over SSE', async () => {
    expect(valueOf((await invoke('app:info', {})).body)).toMatchObject({ isEmpty: true, shell: 'browser', baseCurrency: 'USD' });
    const events: { type: string }[] = [];
    const controller = new AbortController();
    const stream = await fetch(`${bridge.origin}/api/events?token=${bridge.token}`, { signal: controller.signal });
    const reading = (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of stream.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        // Only whole lines: an event may arrive split across chunks.
        const complete = buffer.slice(0, buffer.lastIndexOf('\n') + 1);
        buffer = buffer.slice(complete.length);
        for (const m of complete.matchAll(/^data: (.*)$/gm)) events.push(JSON.parse(m[1]!));
        if (events.some((e) => e.type === 'job:finished')) break;
      }
    })();
    const job = valueOf((await invoke('demo:load', {})).body);
    expect(job.kind).toBe('demo');
    await reading;
    controller.abort();
    expect(events.some((e) => e.type === 'job:progress')).toBe(true);
    const finished = events.find((e) => e.type === 'job:finished') as unknown as { job: { status: string } };
    expect(finished.job.status).toBe('succeeded');
    expect(events.some((e) => e.type === 'data:changed')).toBe(true);
    expect(valueOf((await invoke('jobs:get', { jobId: job.jobId })).body).status).toBe('succeeded');
    expect(valueOf((await invoke('app:info', {})).body).isEmpty).toBe(false);
  }, 120_000);

  it('exports CSV as a one-time download', async () => {
    const created = valueOf((await invoke('export:create', {
      spec: { metrics: ['revenue'], dimensions: ['platform'], sort: { by: 'revenue', direction: 'desc' } },
      format: 'csv',
      csv: { delimiter: '|', header: true, bom: false, lineEnding: 'lf' },
      fileName: 'platforms.csv',
    })).body);
    const saved = valueOf((await invoke('export:save', { exportId: created.exportId })).body);
    if (saved.outcome !== 'download') throw new Error(`expected a download, got ${saved.outcome}`);
    const download = await fetch(`${bridge.origin}${saved.url}`);
    expect(download.headers.get('content-disposition')).toContain('platforms.csv');
    const text = await download.text();
    expect(text.split('\n')[0]).toBe('Platform|Revenue (USD)');
    expect(text.split('\n').length - 2).toBe(created.rows);
    expect((await fetch(`${bridge.origin}${saved.url}`)).status).toBe(404);
    expect(errorOf((await invoke('export:save', { exportId: created.exportId })).body)?.code).toBe('not_found');
  });

  it('streams a statement-lines export from the file a reader wrote, and removes the file once sent', async () => {
    const spotify = { field: 'platformName', op: 'equals', values: ['Spotify'] };
    const counted = valueOf((await invoke('query:lines', { filters: [spotify], limit: 1 })).body);
    expect(counted.total).toBeGreaterThan(1000);
    const job = valueOf((await invoke('export:lines', { filters: [spotify], fileName: 'spotify-lines.csv' })).body);
    expect(job.kind).toBe('export');
    let snapshot = valueOf((await invoke('jobs:get', { jobId: job.jobId })).body);
    while (snapshot.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      snapshot = valueOf((await invoke('jobs:get', { jobId: job.jobId })).body);
    }
    expect(snapshot.status).toBe('succeeded');
    const created = ExportFile.parse(snapshot.result);
    expect(created.rows).toBe(counted.total);
    const pending = join(folder.location.dataDir, 'prepared-exports');
    expect(readdirSync(pending)).toHaveLength(1);
    const saved = valueOf((await invoke('export:save', { exportId: created.exportId })).body);
    if (saved.outcome !== 'download') throw new Error(`expected a download, got ${saved.outcome}`);
    const download = await fetch(`${bridge.origin}${saved.url}`);
    expect(Number(download.headers.get('content-length'))).toBe(created.byteLength);
    const rows = (await download.text()).split('\r\n');
    expect(rows[0]).toMatch(/^File,Line,/);
    expect(rows.length - 2).toBe(counted.total);
    expect(rows.slice(1, -1).every((row) => row.split(',')[5] === 'Spotify')).toBe(true);
    // The file goes as the response ends, which the client may see first.
    await vi.waitFor(() => expect(readdirSync(pending)).toEqual([]));
  });
});
