import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** How old an import's snapshot must be before it is taken for a crash's leftover. */
const LEFTOVER_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Where an import writes its snapshot of the user's file (see inspectStatementFile): beside the
 * archive, on the same disk, so that the snapshot becomes the archived original by a link rather
 * than a second copy. Snapshots a crash left behind go once they are a day old; a younger one may
 * be another process's import into this data folder.
 */
export async function snapshotPlace(archiveDir: string, path: string): Promise<string> {
  const folder = join(archiveDir, 'incoming');
  await mkdir(folder, { recursive: true });
  const now = Date.now();
  for (const entry of await readdir(folder)) {
    const leftover = join(folder, entry);
    try {
      if (now - (await stat(leftover)).mtimeMs > LEFTOVER_AGE_MS) await rm(leftover, { force: true });
    } catch {
      // Taken by its own import meanwhile.
    }
  }
  return join(folder, `${randomUUID()}${extname(path).toLowerCase()}`);
}

/**
 * Keeps the original statement, named by its SHA-256, so every figure can be traced back to the
 * file as received. The original is the import's snapshot, whose bytes are the ones hashed and
 * parsed; it is put in place before the import commits. A file already at that name is checked
 * (size, then hash, beside the import) and replaced when it no longer holds those bytes: an
 * archived original changed on disk must not stay "the original". Placed under a temporary name
 * and renamed, so a crash never leaves half a file at the archive's name.
 */
export class StatementArchive {
  readonly target: string;
  private readonly holdsSnapshot: Promise<boolean | null>;
  private placing: Promise<string> | null = null;
  /** Whether this run put the file at `target` where there was none. */
  private created = false;

  constructor(
    private readonly snapshot: string,
    private readonly snapshotFacts: { sha256: string; byteLength: number },
    originalPath: string,
    archiveDir: string,
  ) {
    const { sha256 } = snapshotFacts;
    this.target = join(archiveDir, sha256.slice(0, 2), `${sha256}${extname(originalPath).toLowerCase()}`);
    this.holdsSnapshot = holds(this.target, snapshotFacts);
    // Awaited before a commit; until then a failure must not end the thread.
    this.holdsSnapshot.catch(() => undefined);
  }

  /** The archived file, once it holds the snapshot's bytes. */
  stored(): Promise<string> {
    this.placing ??= this.place();
    return this.placing;
  }

  /** Takes back a file this run put in the archive when none of the file's statements was imported after all. */
  async discard(): Promise<void> {
    await this.placing?.catch(() => undefined);
    if (this.created) await rm(this.target, { force: true });
  }

  private async place(): Promise<string> {
    const existing = await this.holdsSnapshot;
    if (existing === true) return this.target;
    const partial = `${this.target}.partial`;
    await mkdir(join(this.target, '..'), { recursive: true });
    await rm(partial, { force: true });
    try {
      await link(this.snapshot, partial);
    } catch {
      // A disk that keeps no links (FAT) gets a copy.
      await copyFile(this.snapshot, partial);
    }
    await rename(partial, this.target);
    this.created = existing === null;
    return this.target;
  }
}

/** Whether `path` holds these bytes: null when there is no file, false when it holds others. */
async function holds(path: string, facts: { sha256: string; byteLength: number }): Promise<boolean | null> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (size !== facts.byteLength) return false;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex') === facts.sha256;
}
