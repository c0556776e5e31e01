import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export type DemoFileEncoding = 'utf-8' | 'windows-1252';

const CHUNK_CHARS = 64 * 1024;

/** Latin-1 bytes; Windows-1252 agrees with it for every character the demo uses. */
function encodeWindows1252(text: string): Buffer {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 0x80–0x9F mean other characters in Windows-1252 than in Latin-1; above 0xFF there is no byte.
    if (c > 0xff || (c >= 0x80 && c <= 0x9f)) {
      throw new Error(`"${text[i]}" cannot be written in Windows-1252`);
    }
  }
  return Buffer.from(text, 'latin1');
}

/**
 * A text file written in buffered chunks through a stream, honouring back-pressure, so a large
 * statement never sits in memory as one string.
 */
export class ChunkedTextFile {
  private parts: string[] = [];
  private pending = 0;
  private failure: Error | null = null;

  private constructor(
    private readonly stream: WriteStream,
    private readonly encoding: DemoFileEncoding,
  ) {
    stream.on('error', (error) => {
      this.failure = error;
    });
  }

  static open(path: string, encoding: DemoFileEncoding): ChunkedTextFile {
    return new ChunkedTextFile(createWriteStream(path), encoding);
  }

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= CHUNK_CHARS) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    const closed = once(this.stream, 'close');
    this.stream.end();
    await closed;
    if (this.failure) throw this.failure;
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.pending = 0;
    const bytes = this.encoding === 'utf-8' ? Buffer.from(text, 'utf8') : encodeWindows1252(text);
    if (!this.stream.write(bytes)) await once(this.stream, 'drain');
  }
}
