import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { copyFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportFile } from '../../shared/contract/channels';
import { WorkstationError } from '../../shared/contract/envelope';

/** How long a prepared export waits for the shell to save or download it. */
const EXPORT_TTL_MS = 10 * 60_000;

/**
 * An export the core prepared, handed to the shell once: small ones as bytes, large ones (every
 * line of a statement) as a file a reader wrote as it read, so no export is held in memory whole.
 * Whoever takes a file owns it and removes it when done (savePreparedExport, discardPrepared).
 */
export type PreparedExport = { exportId: string; fileName: string; byteLength: number } & ({ bytes: Uint8Array } | { path: string });

type Waiting = PreparedExport & { expires: number };

/** Prepared exports by id, with the folder their files are written to. */
export class PreparedExports {
  private readonly waiting = new Map<string, Waiting>();

  /** `dir` is the core's own: whatever a crash left in it is removed now. */
  constructor(
    private readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }

  /** Where a reader may write the next large export. */
  newFilePath(extension: string): string {
    return join(this.dir, `${randomUUID()}.${extension}`);
  }

  addBytes(fileName: string, bytes: Uint8Array, rows: number): ExportFile {
    return this.add({ exportId: randomUUID(), fileName, byteLength: bytes.byteLength, bytes }, rows);
  }

  /** A file written at a path from newFilePath; from now on it is removed when taken or expired. */
  addFile(fileName: string, path: string, rows: number): ExportFile {
    return this.add({ exportId: randomUUID(), fileName, byteLength: statSync(path).size, path }, rows);
  }

  /** Hands an export over once; an unknown, taken or expired id is a not_found error. */
  take(exportId: string): PreparedExport {
    const prepared = this.waiting.get(exportId);
    this.waiting.delete(exportId);
    if (!prepared || prepared.expires < this.now()) {
      if (prepared) discardPrepared(prepared);
      throw new WorkstationError('not_found', 'That export is no longer available; create it again.');
    }
    const { expires: _, ...handed } = prepared;
    return handed;
  }

  /** Removes every export still waiting, and its file. */
  close(): void {
    for (const prepared of this.waiting.values()) discardPrepared(prepared);
    this.waiting.clear();
  }

  private add(prepared: PreparedExport, rows: number): ExportFile {
    const stamp = this.now();
    for (const [id, old] of this.waiting) {
      if (old.expires >= stamp) continue;
      this.waiting.delete(id);
      discardPrepared(old);
    }
    this.waiting.set(prepared.exportId, { ...prepared, expires: stamp + EXPORT_TTL_MS });
    return { exportId: prepared.exportId, fileName: prepared.fileName, byteLength: prepared.byteLength, rows };
  }
}

/** Removes a prepared export's file, if it has one; an export in memory needs nothing. */
export function discardPrepared(prepared: PreparedExport): void {
  if ('path' in prepared) rmSync(prepared.path, { force: true });
}

/** Writes a prepared export where the user chose, then lets its file go. */
export async function savePreparedExport(prepared: PreparedExport, target: string): Promise<void> {
  try {
    if ('bytes' in prepared) await writeFile(target, prepared.bytes);
    else await copyFile(prepared.path, target);
  } finally {
    if ('path' in prepared) await rm(prepared.path, { force: true });
  }
}
