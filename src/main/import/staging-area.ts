import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { WorkstationError } from '../../shared/contract/envelope';
import { uploadTooLargeText } from '../../shared/contract/statement-upload';
import { isDiskFull } from '../store/disk-full';

export interface StagedStatement {
  stagedId: string;
  fileName: string;
  byteLength: number;
  path: string;
  /** An upload copied into the staging folder (removed once imported), not the user's own file. */
  isCopy: boolean;
}

/** How old a staged upload no session knows must be before it is taken for a crash's leftover. */
const LEFTOVER_AGE_MS = 24 * 60 * 60 * 1000;

/** An upload that went past the most it may bring; nothing of it is kept. */
export class UploadTooLarge extends WorkstationError {}

/**
 * Files chosen for import, by id: the renderer never handles paths. Files picked in a native
 * dialog are used where they are; uploads from the browser are written to the data folder first.
 */
export class StagingArea {
  private readonly staged = new Map<string, StagedStatement>();

  constructor(private readonly folder: string) {}

  addPath(path: string): StagedStatement {
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      throw new WorkstationError('not_found', `${basename(path)} cannot be read.`);
    }
    return this.remember({ stagedId: randomUUID(), fileName: basename(path), byteLength: size, path, isCopy: false });
  }

  addUpload(fileName: string, bytes: Uint8Array): StagedStatement {
    const { stagedId, path } = this.placeFor(fileName);
    writeFileSync(path, bytes);
    return this.remember({ stagedId, fileName: basename(fileName), byteLength: bytes.byteLength, path, isCopy: true });
  }

  /**
   * Writes an upload to disk as it arrives, holding only the chunks on their way. The file is
   * staged only once the body has ended: a body cut short (the connection dropped, the page
   * closed) or past `maxBytes` takes its partial file away and is never importable.
   */
  async receiveUpload(fileName: string, body: Readable, maxBytes: number): Promise<StagedStatement> {
    const { stagedId, path } = this.placeFor(fileName);
    const shown = basename(fileName);
    let byteLength = 0;
    // A refusal leaves the body as it is (not destroyed), so that the sender can still be answered why.
    async function* upToLimit(): AsyncGenerator<Buffer> {
      for await (const chunk of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
        byteLength += chunk.length;
        if (byteLength > maxBytes) throw new UploadTooLarge('invalid_input', uploadTooLargeText(shown));
        yield chunk;
      }
    }
    try {
      await pipeline(upToLimit(), createWriteStream(path));
    } catch (error) {
      await rm(join(this.folder, stagedId), { recursive: true, force: true, maxRetries: 3 });
      if (isDiskFull(error)) {
        throw new WorkstationError('unavailable', `${shown} could not be kept: the disk holding the data folder ${this.folder} is full. Free some space, then add it again.`);
      }
      throw error;
    }
    return this.remember({ stagedId, fileName: shown, byteLength, path, isCopy: true });
  }

  get(stagedId: string): StagedStatement {
    const file = this.staged.get(stagedId);
    if (!file) throw new WorkstationError('not_found', 'That file is no longer staged; add it again.');
    return file;
  }

  release(stagedId: string): void {
    const file = this.staged.get(stagedId);
    if (!file) return;
    this.staged.delete(stagedId);
    if (file.isCopy) rmSync(join(this.folder, stagedId), { recursive: true, force: true });
  }

  /** This session's uploads, when it ends: they were copies, and only it knew them. */
  clear(): void {
    for (const id of [...this.staged.keys()]) this.release(id);
  }

  /**
   * Uploads left by a session that ended mid-way (a crash), once a day old. Another process may
   * have this data folder open at the same time (the app, with the CLI run beside it): its
   * uploads are minutes old, and stay.
   */
  removeLeftovers(now = Date.now()): void {
    let entries: string[];
    try {
      entries = readdirSync(this.folder);
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(this.folder, entry);
      try {
        if (now - statSync(path).mtimeMs > LEFTOVER_AGE_MS) rmSync(path, { recursive: true, force: true });
      } catch {
        // Taken by its own session meanwhile.
      }
    }
  }

  /** A folder of its own per upload, so two files of one name never meet. */
  private placeFor(fileName: string): { stagedId: string; path: string } {
    const stagedId = randomUUID();
    const safeName = basename(fileName).replace(/[^\p{L}\p{N}._ -]/gu, '_') || 'statement';
    const dir = join(this.folder, stagedId);
    mkdirSync(dir, { recursive: true });
    return { stagedId, path: join(dir, safeName) };
  }

  private remember(file: StagedStatement): StagedStatement {
    this.staged.set(file.stagedId, file);
    return file;
  }
}
