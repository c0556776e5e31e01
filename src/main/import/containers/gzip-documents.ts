import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { ImportCancelled, inspectStatementFile } from '../statement-file';
import { MAX_ARCHIVE_DEPTH } from './archive-documents';
import { FileRejection, NotAStatement, type DocumentSink, type SourceFile } from './statement-document';
import { byteSize, MEMBER_SIZE_LIMIT, RATIO_FLOOR, RATIO_LIMIT } from './zip-member';

/** Every gzip stream opens with these two bytes (RFC 1952), whatever the file is called. */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** `DSR_…_20250305T120000.tsv.gz` → `DSR_…_20250305T120000.tsv`: the name the formats read. */
export function gunzippedName(fileName: string): string {
  return fileName.replace(/\.gz$/i, '') || fileName;
}

/**
 * Holds the unpacked bytes to the limits archive members are held to. A gzip file declares no
 * trustworthy size (its trailer keeps it modulo 4 GiB), so the limits are applied while
 * unpacking: the total, and the ratio to the compressed file once past the size where a ratio
 * means anything. Progress is the compressed bytes read, the file's own bytes.
 */
class GunzipGuard extends Transform {
  private written = 0;

  constructor(
    private readonly input: ReadStream,
    private readonly compressedSize: number,
    private readonly isCancelled: () => boolean,
    private readonly onBytes: (done: number) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.isCancelled()) return callback(new ImportCancelled());
    this.written += chunk.length;
    if (this.written > MEMBER_SIZE_LIMIT) {
      return callback(new FileRejection(null, `it unpacks to more than the ${byteSize(MEMBER_SIZE_LIMIT)} this app unpacks from a compressed file`));
    }
    if (this.written > RATIO_FLOOR && this.written > this.compressedSize * RATIO_LIMIT) {
      return callback(new FileRejection(
        null,
        `it expands more than ${RATIO_LIMIT}× (${byteSize(this.compressedSize)} to over ${byteSize(this.written)}), more than a statement ever needs: refused as a possible zip bomb`,
      ));
    }
    this.onBytes(this.input.bytesRead);
    callback(null, chunk);
  }
}

async function gunzip(path: string, target: string, compressedSize: number, isCancelled: () => boolean, onBytes: (done: number) => void): Promise<void> {
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    await pipeline(input, createGunzip(), new GunzipGuard(input, compressedSize, isCancelled, onBytes), createWriteStream(target));
  } catch (error) {
    if (error instanceof ImportCancelled || error instanceof FileRejection) throw error;
    // zlib's own words ("unexpected end of file", "incorrect header check") mean nothing to a label manager.
    if ((error as NodeJS.ErrnoException).code?.startsWith('Z_')) {
      throw new FileRejection(null, 'this gzip file is damaged or cut short (its compressed data cannot be unpacked)');
    }
    throw error;
  }
}

/**
 * A gzip-compressed statement (`.tsv.gz`, as DSPs send DSR files; `.csv.gz`) is unpacked into a
 * scratch folder and read there like the file it holds: it keeps the compressed file's name in
 * outcomes (it is one statement, not a container of several) and its identity is the unpacked
 * content's, so the same report imported plain and compressed is found to be a duplicate.
 * Refusals of what it holds (no statement, a bad line) are the compressed file's refusals.
 */
export async function importGzip(
  source: SourceFile,
  sink: DocumentSink,
  readSource: (unpacked: SourceFile, sink: DocumentSink) => Promise<void>,
): Promise<void> {
  if (source.depth >= MAX_ARCHIVE_DEPTH) {
    throw new NotAStatement(null, `compressed files nested more than ${MAX_ARCHIVE_DEPTH} deep are not opened`);
  }
  const checking = () => sink.checking(source);
  const scratch = await mkdtemp(join(tmpdir(), 'tunemantra-gunzip-'));
  try {
    const target = join(scratch, 'unpacked');
    await gunzip(source.path, target, source.facts.byteLength, sink.isCancelled, checking);
    const facts = await inspectStatementFile(target, () => {}, sink.isCancelled);
    await readSource({ ...source, path: target, fileName: gunzippedName(source.fileName), facts, depth: source.depth + 1 }, sink);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
