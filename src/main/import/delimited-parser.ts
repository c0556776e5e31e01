export interface DelimitedRecord {
  fields: string[];
  /** 1-based physical line the record starts on, counting CR, LF and CRLF breaks alike. */
  line: number;
}

export class DelimitedSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
    /** The text that could not be read as a record, so lenient imports can quarantine it. */
    readonly raw = '',
  ) {
    super(message);
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Incremental RFC 4180 reader for statement files: any one-character delimiter, quoted fields with
 * doubled quotes and embedded line breaks, CR / LF / CRLF endings, blank lines skipped.
 * A record on one line, the common case whether its cells are quoted or not, is cut with native
 * string search (`indexOf`) cell by cell instead of a per-character loop; the next CR and LF
 * positions are cached so a file that never uses one of them is not rescanned for it on every
 * line. Records with a line break inside quotes, or text after a closing quote, take the
 * character-by-character path.
 */
export class DelimitedParser {
  private rest = '';
  private line = 1;
  /** A CR ended the previous chunk: a LF opening the next one belongs to it. */
  private pendingCr = false;
  private readonly delimiterCode: number;

  constructor(private readonly delimiter: string) {
    if (delimiter.length !== 1) throw new Error('delimiter must be one character');
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  push(chunk: string): DelimitedRecord[] {
    return this.parse(chunk, false);
  }

  end(): DelimitedRecord[] {
    return this.parse('', true);
  }

  private parse(chunk: string, final: boolean): DelimitedRecord[] {
    let buf = this.rest + chunk;
    if (this.pendingCr && buf.length > 0) {
      if (buf.charCodeAt(0) === LF) buf = buf.slice(1);
      this.pendingCr = false;
    }
    const out: DelimitedRecord[] = [];
    const n = buf.length;
    let pos = 0;
    let nextCr = -2;
    let nextLf = -2;
    while (pos < n) {
      if (nextCr !== -1 && nextCr < pos) nextCr = buf.indexOf('\r', pos);
      if (nextLf !== -1 && nextLf < pos) nextLf = buf.indexOf('\n', pos);
      const eol = nextCr === -1 ? nextLf : nextLf === -1 ? nextCr : Math.min(nextCr, nextLf);
      // A record ends at a line break or at the end of the file, never at the end of a chunk.
      if (eol === -1 && !final) break;
      const lineEnd = eol === -1 ? n : eol;
      if (lineEnd > pos) {
        const fields = this.splitLine(buf, pos, lineEnd);
        if (fields === null) {
          const quoted = this.parseQuotedRecord(buf, pos, final);
          if (!quoted) break;
          out.push(quoted.record);
          pos = quoted.next;
          continue;
        }
        out.push({ fields, line: this.line });
      }
      this.line++;
      if (eol === -1) {
        pos = n;
      } else if (buf.charCodeAt(eol) === CR) {
        if (eol + 1 < n) pos = buf.charCodeAt(eol + 1) === LF ? eol + 2 : eol + 1;
        else {
          pos = n;
          this.pendingCr = !final;
        }
      } else {
        pos = eol + 1;
      }
    }
    this.rest = pos < n ? buf.slice(pos) : '';
    if (final && this.rest !== '') throw new DelimitedSyntaxError(this.line, 'the file ends inside a record', this.rest);
    return out;
  }

  /**
   * The cells of a record that lies on one line, [start, end). Null when a quoted cell does not
   * close on this line or text follows its closing quote: the general path reads those.
   */
  private splitLine(buf: string, start: number, end: number): string[] | null {
    const fields: string[] = [];
    let pos = start;
    for (;;) {
      if (buf.charCodeAt(pos) === QUOTE) {
        let close = buf.indexOf('"', pos + 1);
        if (close === -1 || close >= end) return null;
        let value = buf.slice(pos + 1, close);
        while (buf.charCodeAt(close + 1) === QUOTE) {
          const from = close + 2;
          close = buf.indexOf('"', from);
          if (close === -1 || close >= end) return null;
          value += `"${buf.slice(from, close)}`;
        }
        fields.push(value);
        pos = close + 1;
        if (pos === end) return fields;
        if (buf.charCodeAt(pos) !== this.delimiterCode) return null;
        pos++;
        continue;
      }
      let next = buf.indexOf(this.delimiter, pos);
      if (next === -1 || next > end) next = end;
      fields.push(buf.slice(pos, next));
      if (next === end) return fields;
      pos = next + 1;
    }
  }

  /** The general path, character by character. Returns null when the record is incomplete. */
  private parseQuotedRecord(buf: string, start: number, final: boolean): { record: DelimitedRecord; next: number } | null {
    const delim = this.delimiter.charCodeAt(0);
    const n = buf.length;
    const fields: string[] = [];
    let field = '';
    let pos = start;
    let breaks = 0;
    let fieldStart = pos;
    let inQuotes = false;
    let wasQuoted = false;
    while (pos < n) {
      const c = buf.charCodeAt(pos);
      if (inQuotes) {
        if (c === QUOTE) {
          if (pos + 1 >= n && !final) return null;
          if (buf.charCodeAt(pos + 1) === QUOTE) {
            field += buf.slice(fieldStart, pos + 1);
            pos += 2;
            fieldStart = pos;
            continue;
          }
          field += buf.slice(fieldStart, pos);
          inQuotes = false;
          pos++;
          fieldStart = pos;
          continue;
        }
        if (c === CR || c === LF) {
          if (c === CR && pos + 1 < n && buf.charCodeAt(pos + 1) === LF) pos++;
          breaks++;
        }
        pos++;
        continue;
      }
      if (c === QUOTE && pos === fieldStart && field === '' && !wasQuoted) {
        inQuotes = true;
        wasQuoted = true;
        pos++;
        fieldStart = pos;
        continue;
      }
      if (c === delim) {
        fields.push(field + buf.slice(fieldStart, pos));
        field = '';
        wasQuoted = false;
        pos++;
        fieldStart = pos;
        continue;
      }
      if (c === CR || c === LF) {
        fields.push(field + buf.slice(fieldStart, pos));
        let next = pos + 1;
        if (c === CR) {
          if (next >= n && !final) return null;
          if (next < n && buf.charCodeAt(next) === LF) next++;
        }
        const record = { fields, line: this.line };
        this.line += breaks + 1;
        return { record, next };
      }
      pos++;
    }
    if (!final) return null;
    if (inQuotes) {
      throw new DelimitedSyntaxError(this.line, 'a quoted field is never closed (is the file cut short?)', buf.slice(start));
    }
    fields.push(field + buf.slice(fieldStart, pos));
    const record = { fields, line: this.line };
    this.line += breaks + 1;
    return { record, next: n };
  }
}
