import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { WorkstationError } from '../../shared/contract/envelope';

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
    const stagedId = randomUUID();
    const safeName = basename(fileName).replace(/[^\p{L}\p{N}._ -]/gu, '_') || 'statement';
    const dir = join(this.folder, stagedId);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, safeName);
    writeFileSync(path, bytes);
    return this.remember({ stagedId, fileName: basename(fileName), byteLength: bytes.byteLength, path, isCopy: true });
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

  private remember(file: StagedStatement): StagedStatement {
    this.staged.set(file.stagedId, file);
    return file;
  }
}
