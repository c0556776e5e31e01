import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { BINARY_REPLY_HEADER, BINARY_REPLY_TYPE, binaryReplyField } from '../../shared/contract/binary-replies';
import { EVENT_CHANNEL, isDesktopOnlyChannel } from '../../shared/contract/channel-names';
import { WorkstationError, type WorkstationErrorShape } from '../../shared/contract/envelope';
import { MAX_UPLOAD_BYTES, STATEMENT_UPLOAD_PATH, UploadedFileName, uploadTooLargeText } from '../../shared/contract/statement-upload';
import type { StagedFile } from '../../shared/contract/imports';
import type { DataLocation } from '../core/data-location';
import { createHandlers, invokeChannel } from '../core/handler-map';
import { openWorkstationCore } from '../core/open-workstation-core';
import { logger } from '../diagnostics/logger';
import { discardPrepared, type PreparedExport } from '../export/prepared-exports';
import { UploadTooLarge } from '../import/staging-area';
import type { StoreUpdate } from '../store/store-update';
import { contentType, defaultRendererDir, staticFilePath } from './static-files';

export interface WebBridgeOptions {
  location: DataLocation;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: '127.0.0.1';
  now?: () => Date;
  staticDir?: string;
  readers?: number;
  /** The per-run token; a fresh random one when unset. Given, a page left open reaches a bridge started again. */
  token?: string;
  /** Told when a store from an earlier version is being migrated before the bridge can start. */
  onStoreUpdate?: (update: StoreUpdate) => void;
}

export interface WebBridge {
  /** The address to open, with the per-run token. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge(`the request is larger than ${Math.round(limit / 2 ** 20)} MB`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() === '' ? {} : JSON.parse(text);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/**
 * Answers a request whose body is not (or no longer) wanted. The rest of the body is read and
 * dropped rather than cut off, so that a browser still sending it hears the answer.
 */
function refuseBody(request: IncomingMessage, response: ServerResponse, status: number, error: WorkstationErrorShape): void {
  // The connection cannot carry another request after a body left unread.
  response.setHeader('connection', 'close');
  sendJson(response, status, { ok: false, error });
  request.resume();
}

/** An answer whose bytes are the body; its other fields ride in a header (see binary-replies.ts). */
function sendBinary(response: ServerResponse, value: Record<string, unknown>, field: string): void {
  const { [field]: bytes, ...rest } = value;
  const body = bytes as Uint8Array;
  response.writeHead(200, {
    'content-type': BINARY_REPLY_TYPE,
    'content-length': body.byteLength,
    [BINARY_REPLY_HEADER]: encodeURIComponent(JSON.stringify(rest)),
    'cache-control': 'no-store',
  });
  response.end(body);
}

/**
 * The same contract as the Electron preload, over HTTP on the loopback interface: the UI runs in
 * any browser (and in the end-to-end tests) against the real core. Every API call carries the
 * per-run token; the Host header must name this server, which defeats DNS rebinding.
 */
export async function startWebBridge(options: WebBridgeOptions): Promise<WebBridge> {
  const host = options.host ?? '127.0.0.1';
  const staticDir = options.staticDir ?? defaultRendererDir();
  const token = options.token ?? randomBytes(24).toString('base64url');
  const core = await openWorkstationCore({ location: options.location, now: options.now, readers: options.readers, onStoreUpdate: options.onStoreUpdate });
  const downloads = new Map<string, PreparedExport>();
  const eventStreams = new Set<ServerResponse>();
  let origin = '';

  const handlers = createHandlers(core, {
    shell: 'browser',
    async saveExport(file) {
      const id = randomUUID();
      downloads.set(id, file);
      return { outcome: 'download', url: `/download/${id}?token=${token}` };
    },
    async chooseFolder() {
      throw new WorkstationError('unavailable', 'In the browser, type the folder\'s path; it is on this computer, where the workstation runs.');
    },
    async chooseStatementPaths() {
      throw new WorkstationError('unavailable', 'In the browser, pick files with "Choose files…" or drop them on the page; they are uploaded to the workstation.');
    },
  });

  const unsubscribe = core.onEvent((event) => {
    const frame = `event: ${EVENT_CHANNEL}\ndata: ${JSON.stringify(event)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  });

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      logger.error('bridge request failed', error);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'The request failed.' } });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const address = server.address() as AddressInfo;
    if (request.headers.host !== `${host}:${address.port}` && request.headers.host !== `localhost:${address.port}`) {
      response.writeHead(421).end();
      return;
    }
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith('/api/invoke/')) {
      if (request.method !== 'POST') return sendJson(response, 405, { ok: false, error: { code: 'invalid_input', message: 'Use POST.' } });
      if (!sameToken(request.headers['x-workstation-token'] as string | undefined, token)) {
        return sendJson(response, 401, { ok: false, error: { code: 'forbidden', message: 'Missing or wrong session token.' } });
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/invoke/'.length));
      // A path sent from a page would stage any file of this computer; a browser uploads a dropped file instead.
      if (isDesktopOnlyChannel(channel)) {
        return refuseBody(request, response, 403, {
          code: 'forbidden',
          message: `${channel} is for the desktop app's window alone. In the browser, a dropped or picked statement is uploaded to the workstation.`,
        });
      }
      let input: unknown;
      try {
        input = await readBody(request, MAX_BODY_BYTES);
      } catch (error) {
        const tooLarge = error instanceof BodyTooLarge;
        // The rest of an oversized body is never read: the connection cannot carry another request.
        if (tooLarge) response.setHeader('connection', 'close');
        sendJson(response, tooLarge ? 413 : 400, { ok: false, error: { code: 'invalid_input', message: `Unreadable request: ${(error as Error).message}` } });
        request.resume();
        return;
      }
      const envelope = await invokeChannel(handlers, channel, input);
      const bytesField = binaryReplyField(channel);
      if (bytesField && envelope.ok) return sendBinary(response, envelope.value as Record<string, unknown>, bytesField);
      return sendJson(response, 200, envelope);
    }
    if (url.pathname === STATEMENT_UPLOAD_PATH) return receiveUpload(request, response, url);
    if (url.pathname === '/api/events') {
      if (!sameToken(url.searchParams.get('token'), token)) return void response.writeHead(401).end();
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      eventStreams.add(response);
      request.on('close', () => eventStreams.delete(response));
      return;
    }
    if (url.pathname.startsWith('/download/')) {
      const id = url.pathname.slice('/download/'.length);
      const file = downloads.get(id);
      if (!sameToken(url.searchParams.get('token'), token) || !file) return void response.writeHead(404).end();
      downloads.delete(id);
      response.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-length': file.byteLength,
        'content-disposition': `attachment; filename="${file.fileName.replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'cache-control': 'no-store',
      });
      if ('bytes' in file) return void response.end(file.bytes);
      // A large export streams from its file, which goes once sent or abandoned.
      await pipeline(createReadStream(file.path), response)
        .catch((error: unknown) => logger.warn(`the download of ${file.fileName} stopped before its end`, error))
        .finally(() => discardPrepared(file));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405).end();
    const file = staticFilePath(staticDir, url.pathname);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!body || !file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': contentType(file), 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  /** A statement sent as the request body (see statement-upload.ts), answered as `import:stage` answers. */
  async function receiveUpload(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'POST') return refuseBody(request, response, 405, { code: 'invalid_input', message: 'Use POST.' });
    if (!sameToken(request.headers['x-workstation-token'] as string | undefined, token)) {
      return refuseBody(request, response, 401, { code: 'forbidden', message: 'Missing or wrong session token.' });
    }
    const name = UploadedFileName.safeParse(url.searchParams.get('name'));
    if (!name.success) return refuseBody(request, response, 400, { code: 'invalid_input', message: 'The upload does not name its file (?name=, 1 to 255 characters).' });
    // A browser says the size up front: a file too large is refused before any of it is written.
    if (Number(request.headers['content-length']) > MAX_UPLOAD_BYTES) {
      return refuseBody(request, response, 413, { code: 'invalid_input', message: uploadTooLargeText(name.data) });
    }
    let staged: StagedFile;
    try {
      staged = await core.receiveUpload(name.data, request, MAX_UPLOAD_BYTES);
    } catch (error) {
      // A page that went away mid-upload hears nothing; its partial file is already gone.
      if (request.destroyed && !request.complete) return void logger.info(`the upload of ${name.data} stopped before its end; nothing of it was kept`);
      if (error instanceof WorkstationError) return refuseBody(request, response, error instanceof UploadTooLarge ? 413 : 400, error.toShape());
      logger.error(`the upload of ${name.data} could not be kept`, error);
      return refuseBody(request, response, 500, { code: 'internal', message: `${name.data} could not be kept in the data folder; the details are in the log.` });
    }
    sendJson(response, 200, { ok: true, value: staged });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  }).catch(async (error: unknown) => {
    // A port already taken: the core's threads would otherwise keep the process alive.
    unsubscribe();
    await core.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host}:${port}`;
  const keepAlive = setInterval(() => eventStreams.forEach((s) => s.write(': keep-alive\n\n')), 15_000);

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    async close() {
      clearInterval(keepAlive);
      unsubscribe();
      for (const stream of eventStreams) stream.end();
      eventStreams.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      for (const file of downloads.values()) discardPrepared(file);
      downloads.clear();
      await core.close();
    },
  };
}
