/**
 * Physical lines of streamed text, numbered from 1. Lines end in LF, CRLF or a lone CR; a CR at
 * the end of a chunk is held back until the next chunk shows whether an LF follows it. A leading
 * byte-order mark is dropped.
 */
export async function* physicalLines(chunks: AsyncIterable<string>): AsyncGenerator<{ line: number; text: string }> {
  let buffer = '';
  let line = 0;
  let atStart = true;
  for await (const chunk of chunks) {
    buffer += chunk;
    if (atStart && buffer !== '') {
      if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      atStart = false;
    }
    const ending = /\r\n|\n|\r/g;
    let start = 0;
    let m: RegExpExecArray | null;
    while ((m = ending.exec(buffer)) !== null) {
      if (m[0] === '\r' && m.index === buffer.length - 1) break;
      yield { line: ++line, text: buffer.slice(start, m.index) };
      start = m.index + m[0].length;
    }
    buffer = buffer.slice(start);
  }
  // The last line, when the file does not end with a line break (or ends with a lone CR).
  const last = buffer.endsWith('\r') ? buffer.slice(0, -1) : buffer;
  if (buffer !== '') yield { line: line + 1, text: last };
}
