import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebBridge, type WebBridge } from '../../../src/main/bridge/web-bridge';
import { StagingArea, UploadTooLarge } from '../../../src/main/import/staging-area';
import type { ChannelName } from '../../../src/shared/contract/channel-names';
import type { ChannelOutput } from '../../../src/shared/contract/channels';
import type { Envelope } from '../../../src/shared/contract/envelope';
import { StagedFile } from '../../../src/shared/contract/imports';
import { MAX_UPLOAD_BYTES, STATEMENT_UPLOAD_PATH } from '../../../src/shared/contract/statement-upload';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';

/**
 * The browser's statement upload: the file is the request body, written to the staging folder as
 * it arrives, so a large statement never sits in memory, and a body cut short leaves nothing.
 */
let folder: ReturnType<typeof tempDataFolder>;
let bridge: WebBridge;
let staging: string;

beforeAll(async () => {
  folder = tempDataFolder('tunemantra-upload-');
  const staticDir = join(folder.dir, 'ui');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>ui</title>');
  bridge = await startWebBridge({ location: folder.location, staticDir, readers: 1 });
  staging = join(folder.location.dataDir, 'staging');
});
afterAll(async () => {
  await bridge.close();
  folder.remove();
});

/** Every file under the staging folder, staged or partial. */
function filesStaged(): string[] {
  if (!existsSync(staging)) return [];
  return readdirSync(staging).flatMap((id) => readdirSync(join(staging, id)).map((name) => join(staging, id, name)));
}

function startUpload(name: string, headers: Record<string, string | number>): { request: ClientRequest; response: Promise<IncomingMessage> } {
  const url = new URL(bridge.origin);
  const request = httpRequest({
    host: url.hostname,
    port: url.port,
    method: 'POST',
    path: `${STATEMENT_UPLOAD_PATH}?name=${encodeURIComponent(name)}`,
    headers: { 'x-workstation-token': bridge.token, ...headers },
  });
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  return { request, response };
}

async function bodyOf(response: IncomingMessage): Promise<{ status: number; envelope: Envelope<StagedFile> }> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return { status: response.statusCode ?? 0, envelope: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope<StagedFile> };
}

async function upload(name: string, content: string | Buffer, token = bridge.token) {
  const { request, response } = startUpload(name, { 'x-workstation-token': token, 'content-length': Buffer.byteLength(content) });
  request.end(content);
  return bodyOf(await response);
}

async function invoke<K extends ChannelName>(channel: K, body: unknown): Promise<ChannelOutput<K>> {
  const response = await fetch(`${bridge.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-workstation-token': bridge.token },
    body: JSON.stringify(body),
  });
  const envelope = (await response.json()) as Envelope<ChannelOutput<K>>;
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

/** A DistroKid statement's lines, `count` of them from `first` on, each of its own recording. */
function statementLines(first: number, count: number): string {
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    return `${distroKidLine({ saleMonth: '2024-03', store: 'Spotify', title: `Song ${n}`, isrc: `QZUPL24${String(n % 100_000).padStart(5, '0')}`, qty: 1 + (n % 7), earnings: '0.0035' })}\n`;
  }).join('');
}

describe('statement upload', () => {
  it('writes a 120 MB statement to the staging folder as it arrives, holding far less than the file in memory', async () => {
    const head = Buffer.from(`${DISTROKID_13_HEADER}\n`);
    const block = Buffer.from(statementLines(0, 12_000));
    /** Sends the header and `blocks` blocks of lines, and what they hash to. */
    async function send(name: string, blocks: number) {
      const sent = createHash('sha256');
      const size = head.length + blocks * block.length;
      const { request, response } = startUpload(name, { 'content-length': size });
      request.write(head);
      sent.update(head);
      for (let i = 0; i < blocks; i++) {
        sent.update(block);
        if (!request.write(block)) await once(request, 'drain');
      }
      request.end();
      return { size, sha256: sent.digest('hex'), ...(await bodyOf(await response)) };
    }
    // A first upload settles what any upload costs once (the allocator's arenas, the young heap).
    await send('warm-up.tsv', 32);

    const before = process.memoryUsage().rss;
    let peak = before;
    const sampling = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const { size, sha256, status, envelope } = await send('big statement.tsv', Math.ceil((120 * 2 ** 20) / block.length));
    clearInterval(sampling);

    expect(status).toBe(200);
    if (!envelope.ok) throw new Error(envelope.error.message);
    const staged = StagedFile.parse(envelope.value);
    expect(staged).toMatchObject({ fileName: 'big statement.tsv', byteLength: size });
    const [path] = filesStaged().filter((file) => file.includes(staged.stagedId));
    expect(statSync(path!).size).toBe(size);
    expect(createHash('sha256').update(readFileSync(path!)).digest('hex')).toBe(sha256);
    // Held whole, the body alone would add its 120 MB (and base64 in JSON over twice that). A
    // streamed one adds what the collector has not yet taken back, which grows when other suites
    // share the cores (34 MB seen then, 2-19 MB alone): half the file still tells the two apart.
    expect(peak - before).toBeLessThan(size / 2);
  });

  it('stages a statement that checks and imports like one picked from disk', async () => {
    const { status, envelope } = await upload('march.tsv', `${DISTROKID_13_HEADER}\n${statementLines(0, 3)}`);
    expect(status).toBe(200);
    if (!envelope.ok) throw new Error(envelope.error.message);
    const staged = envelope.value;
    expect(staged).toMatchObject({ fileName: 'march.tsv', byteLength: expect.any(Number) });

    expect(await invoke('import:preview', { stagedId: staged.stagedId })).toMatchObject({ status: 'ready', lines: 3 });
    const { jobId } = await invoke('import:start', { files: [{ stagedId: staged.stagedId }], mode: 'strict' });
    let job = await invoke('jobs:get', { jobId });
    while (job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = await invoke('jobs:get', { jobId });
    }
    expect(job.status).toBe('succeeded');
    const { imports } = await invoke('import:history', {});
    expect(imports).toEqual([expect.objectContaining({ fileName: 'march.tsv', lines: 3 })]);
    // Imported, the copy is gone from the staging folder.
    expect(filesStaged().some((file) => file.includes(staged.stagedId))).toBe(false);
  });

  it('refuses an upload without the session token, and keeps nothing of it', async () => {
    const before = filesStaged();
    const { status, envelope } = await upload('sneaky.tsv', `${DISTROKID_13_HEADER}\n`, 'wrong-token-of-the-same-length-000000000');
    expect(status).toBe(401);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(filesStaged()).toEqual(before);
  });

  it('refuses an upload that names no file', async () => {
    const { status, envelope } = await upload('', 'x');
    expect(status).toBe(400);
    expect(envelope.ok).toBe(false);
  });

  it('refuses a file larger than an upload may be before reading it, saying why', async () => {
    const { request, response } = startUpload('disk image.iso', { 'content-length': MAX_UPLOAD_BYTES + 1 });
    request.write(Buffer.alloc(64 * 1024));
    const { status, envelope } = await bodyOf(await response);
    request.destroy();
    expect(status).toBe(413);
    expect(envelope.ok ? '' : envelope.error.message).toMatch(/^disk image\.iso is larger than 2,000 MB, the most the workstation takes in one upload\./);
  });

  it('takes away what arrived of an upload whose connection dropped, and stages nothing', async () => {
    const before = filesStaged();
    const { request, response } = startUpload('cut short.tsv', { 'content-length': 40 * 2 ** 20 });
    response.catch(() => undefined);
    request.write(`${DISTROKID_13_HEADER}\n`);
    const block = Buffer.from(statementLines(0, 5_000));
    for (let sent = 0; sent < 10 * 2 ** 20; sent += block.length) {
      if (!request.write(block)) await once(request, 'drain');
    }
    // What has come so far is already on disk, not in memory.
    await expect.poll(() => filesStaged().filter((file) => !before.includes(file)).map((file) => statSync(file).size)[0] ?? 0).toBeGreaterThan(0);
    request.destroy();
    await expect.poll(() => filesStaged(), { timeout: 5_000 }).toEqual(before);
  });

  it('stops a body that goes past the most it may bring, keeping nothing', async () => {
    const area = new StagingArea(join(folder.dir, 'own-staging'));
    const body = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    await expect(area.receiveUpload('long.tsv', body, 1_000)).rejects.toBeInstanceOf(UploadTooLarge);
    expect(readdirSync(join(folder.dir, 'own-staging'))).toEqual([]);
  });
});
