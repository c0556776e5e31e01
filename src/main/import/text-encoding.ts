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

/**
 * Checks whether a byte stream is valid UTF-8, chunk by chunk. Statements without a BOM are
 * UTF-8 or Windows-1252 (DistroKid sends both); one invalid sequence anywhere means Windows-1252.
 */
export class Utf8Validator {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  valid = true;

  push(bytes: Uint8Array): void {
    if (!this.valid) return;
    try {
      this.decoder.decode(bytes, { stream: true });
    } catch {
      this.valid = false;
    }
  }

  end(): boolean {
    if (this.valid) {
      try {
        this.decoder.decode();
      } catch {
        this.valid = false;
      }
    }
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
