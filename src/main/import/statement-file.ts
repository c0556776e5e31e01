import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { sniffEncoding, Utf8Validator, type StatementEncoding } from './text-encoding';

const HEAD_BYTES = 64 * 1024;

export interface StatementFileFacts {
  sha256: string;
  byteLength: number;
  encoding: StatementEncoding;
  bomLength: number;
  head: Uint8Array;
}

/**
 * First pass over a statement: content hash (for idempotent re-import), the leading bytes for
 * format detection, and the encoding, settled only after every byte was seen because a single
 * Windows-1252 accent deep in a file makes it not UTF-8. With `snapshot`, the bytes hashed are
 * written there as they are read, so that what is parsed and archived is what was hashed even if
 * the user's file changes afterwards. A file written to while it is read (its size or time of
 * change moved) is refused: its bytes may be half of each version.
 */
export async function inspectStatementFile(
  path: string,
  onBytes: (done: number) => void,
  isCancelled: () => boolean,
  snapshot?: string,
): Promise<StatementFileFacts> {
  const hash = createHash('sha256');
  const validator = new Utf8Validator();
  const headParts: Buffer[] = [];
  let headLength = 0;
  let byteLength = 0;
  let bom: ReturnType<typeof sniffEncoding> | null = null;
  const file = await open(path, 'r');
  let copy: FileHandle | null = null;
  // The copy's last chunk is written on the I/O threads while the next one is hashed.
  let written: Promise<unknown> = Promise.resolve();
  try {
    const before = await file.stat();
    copy = snapshot === undefined ? null : await open(snapshot, 'wx');
    for await (const chunk of file.createReadStream({ highWaterMark: 1 << 20, autoClose: false }) as AsyncIterable<Buffer>) {
      if (isCancelled()) throw new ImportCancelled();
      await written;
      if (copy) written = copy.write(chunk);
      hash.update(chunk);
      if (headLength < HEAD_BYTES) {
        headParts.push(chunk.subarray(0, HEAD_BYTES - headLength));
        headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
      }
      if (bom === null) bom = sniffEncoding(chunk.subarray(0, 4096));
      if (bom.encoding === 'utf-8') validator.push(byteLength === 0 ? chunk.subarray(bom.bomLength) : chunk);
      byteLength += chunk.length;
      onBytes(byteLength);
    }
    await written;
    const after = await file.stat();
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || byteLength !== after.size) throw new FileChangedWhileRead();
  } finally {
    await written.catch(() => undefined);
    await copy?.close();
    await file.close();
  }
  const guess = bom ?? { encoding: 'utf-8' as const, bomLength: 0 };
  const encoding: StatementEncoding = guess.encoding === 'utf-8' && !validator.end() ? 'windows-1252' : guess.encoding;
  return { sha256: hash.digest('hex'), byteLength, encoding, bomLength: guess.bomLength, head: Buffer.concat(headParts) };
}

/** Second pass: the file as text, chunk by chunk, decoded with the settled encoding. */
export async function* readStatementText(path: string, facts: StatementFileFacts): AsyncGenerator<{ text: string; bytes: number }> {
  const decoder = new TextDecoder(facts.encoding);
  let skip = facts.bomLength;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const bytes = skip > 0 ? chunk.subarray(skip) : chunk;
    skip = 0;
    yield { text: decoder.decode(bytes, { stream: true }), bytes: chunk.length };
  }
  const tail = decoder.decode();
  if (tail) yield { text: tail, bytes: 0 };
}

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing was written.');
  }
}

/** The file was written to while it was being read for import. */
export class FileChangedWhileRead extends Error {}
