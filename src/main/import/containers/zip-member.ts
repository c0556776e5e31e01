import { createReadStream, createWriteStream } from 'node:fs';
import { Readable, Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import { ImportCancelled } from '../statement-file';
import { memberDataOffset, ZipFormatError, type ZipEntry } from './zip-directory';

/** No statement member comes near this; a larger one is refused rather than unpacked to disk. */
export const MEMBER_SIZE_LIMIT = 2_000_000_000;
/** Text compresses 5–20×, rarely 50×; beyond this a member is built to blow up, not to be read. */
export const RATIO_LIMIT = 200;
/** Small members are judged by size alone: a 100 KB blank-padded CSV may compress 500× harmlessly. */
export const RATIO_FLOOR = 1024 * 1024;

const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x1;

export function byteSize(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Why a member will not be unpacked, judged from the directory alone; null when it may be. */
export function memberRefusal(entry: ZipEntry): string | null {
  if (entry.flags & ENCRYPTED) return 'it is password-protected; unzip it with its password and import the files inside';
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    return `it is compressed with a method this app does not read (zip method ${entry.method}); re-create the zip with ordinary compression`;
  }
  if (entry.size > MEMBER_SIZE_LIMIT) {
    return `it unpacks to ${byteSize(entry.size)}, more than the ${byteSize(MEMBER_SIZE_LIMIT)} this app unpacks from an archive`;
  }
  if (entry.size > RATIO_FLOOR && entry.size > entry.compressedSize * RATIO_LIMIT) {
    const ratio = Math.round(entry.size / Math.max(1, entry.compressedSize));
    return `it would expand ${ratio}× (${byteSize(entry.compressedSize)} to ${byteSize(entry.size)}), more than the ${RATIO_LIMIT}× a statement ever needs: refused as a possible zip bomb`;
  }
  return null;
}

/**
 * Holds the inflated bytes to what the directory declared (a lying directory is how a zip bomb
 * slips past the size check) and checks the CRC, so a damaged member is refused, not imported.
 */
class MemberGuard extends Transform {
  private written = 0;
  private crc = 0;

  constructor(
    private readonly entry: ZipEntry,
    private readonly isCancelled: () => boolean,
    private readonly onBytes: (done: number) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.isCancelled()) return callback(new ImportCancelled());
    this.written += chunk.length;
    if (this.written > this.entry.size) {
      return callback(new ZipFormatError(`it unpacks to more than the ${byteSize(this.entry.size)} the archive declares: refused as a possible zip bomb`));
    }
    this.crc = crc32(chunk, this.crc);
    this.onBytes(this.written);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.written !== this.entry.size) return callback(new ZipFormatError('it is damaged inside the archive (shorter than declared)'));
    if (this.crc >>> 0 !== this.entry.crc32 >>> 0) return callback(new ZipFormatError('it is damaged inside the archive (checksum mismatch)'));
    callback();
  }
}

/**
 * Streams one member through the guard into what `target` opens: a file, or nowhere when the
 * member is only checked. A member is never held in memory whole. The target is opened only once
 * the member is to be unpacked: a file stream opened for a member refused first was left to open
 * on its own, after its folder was gone, as an uncaught error that ended the writer's thread.
 */
async function unpack(
  zipPath: string,
  entry: ZipEntry,
  target: () => Writable,
  isCancelled: () => boolean,
  onBytes: (done: number) => void,
): Promise<void> {
  const refusal = memberRefusal(entry);
  if (refusal) throw new ZipFormatError(refusal);
  const start = await memberDataOffset(zipPath, entry);
  const source = entry.compressedSize === 0
    ? Readable.from([])
    : createReadStream(zipPath, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 20 });
  const guard = new MemberGuard(entry, isCancelled, onBytes);
  const sink = target();
  try {
    if (entry.method === DEFLATED) await pipeline(source, createInflateRaw(), guard, sink);
    else await pipeline(source, guard, sink);
  } catch (error) {
    if (error instanceof ImportCancelled || error instanceof ZipFormatError) throw error;
    // zlib's own words ("invalid stored block lengths") mean nothing to a label manager.
    if ((error as NodeJS.ErrnoException).code?.startsWith('Z_')) throw new ZipFormatError('it is damaged inside the archive (its compressed data cannot be unpacked)');
    throw error;
  }
}

/** Unpacks one member to the file `target`. */
export function extractMember(
  zipPath: string,
  entry: ZipEntry,
  target: string,
  isCancelled: () => boolean,
  onBytes: (done: number) => void,
): Promise<void> {
  return unpack(zipPath, entry, () => createWriteStream(target), isCancelled, onBytes);
}

/** Unpacks one member only to check it: its declared size holds and its checksum matches. */
export function verifyMember(zipPath: string, entry: ZipEntry, isCancelled: () => boolean, onBytes: (done: number) => void): Promise<void> {
  return unpack(zipPath, entry, () => new Writable({ write: (_chunk, _encoding, callback) => callback() }), isCancelled, onBytes);
}
