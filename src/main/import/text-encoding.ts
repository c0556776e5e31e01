import { isUtf8 } from 'node:buffer';

export type StatementEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'shift_jis';

export interface EncodingGuess {
  encoding: StatementEncoding;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

/** Reads the byte-order mark, or guesses UTF-16 without one from where the zero bytes fall. */
export function sniffEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const sample = Math.min(head.length, 4096) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (pairs >= 4 && oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0 };
  if (pairs >= 4 && evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** Bytes a UTF-8 sequence has, told by its lead byte (1 for anything else, which isUtf8 judges). */
function sequenceLength(lead: number): number {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  if (lead >= 0xc0) return 2;
  return 1;
}

/** Where the last whole character ends: a sequence the end of the chunk cuts is left out. */
function wholeCharactersEnd(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const byte = bytes[n - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    return sequenceLength(byte) > back ? n - back : n;
  }
  return n;
}

/**
 * Checks whether a byte stream is valid UTF-8, chunk by chunk. Statements without a BOM are
 * UTF-8 or Windows-1252 (DistroKid sends both); one invalid sequence anywhere means Windows-1252.
 * Checked in place (node:buffer isUtf8) rather than decoded: a large statement is read through
 * once for this alone, and decoding would make a string of every chunk only to drop it. A
 * character cut by a chunk's end is checked with the start of the next chunk.
 */
export class Utf8Validator {
  valid = true;
  private cut: Uint8Array = new Uint8Array(0);

  push(bytes: Uint8Array): void {
    if (!this.valid) return;
    const joined = this.cut.length === 0 ? bytes : Buffer.concat([this.cut, bytes]);
    const end = wholeCharactersEnd(joined);
    this.cut = joined.slice(end);
    if (!isUtf8(joined.subarray(0, end))) this.valid = false;
  }

  end(): boolean {
    // A character the file ends in the middle of is no UTF-8.
    if (this.cut.length > 0) this.valid = false;
    return this.valid;
  }
}

/** True when the bytes look like a binary file (images, archives, executables) rather than text. */
export function looksBinary(head: Uint8Array, encoding: StatementEncoding): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  const sample = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample > 0 && control / sample > 0.02;
}
