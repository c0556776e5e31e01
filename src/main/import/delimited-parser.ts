export interface DelimitedRecord {
  fields: string[];
  /** 1-based physical line the record starts on, counting CR, LF and CRLF breaks alike. */
  line: number;
  /**
   * Set for a record longer than the parser reads (its fields are then empty): why, and its
   * start, so that an import refuses or quarantines it as it does a line it cannot map.
   */
  tooLong?: { reason: string; raw: string };
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

/**
 * The longest record the parser reads, in characters, line breaks inside quotes included. A
 * statement line is a few hundred characters, one with every column long a few thousand; a record
 * a thousand times that is damage (lost line breaks, a binary blob pasted in, a hostile file), not
 * a sale. Past it the parser keeps only the record's start and reads on to its end, so one line
 * cannot take the memory of a whole file, nor outgrow the longest string V8 can make.
 */
export const MAX_RECORD_CHARS = 1 << 20;

const QUOTE = 34;
const CR = 13;
const LF = 10;

const NEVER_CLOSED = 'a quoted field is never closed (is the file cut short?)';
/** What parseQuotedRecord gives for a record that runs past the longest the parser reads. */
const TOO_LONG = Symbol('record too long');

const counted = (n: number) => n.toLocaleString('en');

/**
 * A record too long to keep, read on to its end without keeping it: parseQuotedRecord's quoting
 * rules, their state carried from chunk to chunk, counting its characters and line breaks.
 */
class OverlongRecord {
  chars = 0;
  breaks = 0;
  private inQuotes = false;
  /** A quote here opens a quoted cell: the record's or a cell's first character. */
  private cellStart = true;
  /** Inside quotes, the last character was a quote: it closed the cell unless this one is a quote too. */
  private afterQuote = false;
  /** Inside quotes, the last character was a CR: a LF now is the same line break. */
  private afterCr = false;

  constructor(
    readonly line: number,
    /** The record's first characters, as many as the parser reads. */
    readonly raw: string,
    private readonly delimiterCode: number,
  ) {}

  /** At the end of the file: whether the record ends inside a quoted cell. */
  get unclosed(): boolean {
    return this.inQuotes && !this.afterQuote;
  }

  /** The index of the line break that ends the record, or -1 when it goes on past the text. */
  findEnd(text: string, from: number): number {
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.afterQuote) {
        this.afterQuote = false;
        if (c === QUOTE) {
          this.chars++;
          continue;
        }
        this.inQuotes = false;
      }
      if (this.inQuotes) {
        this.chars++;
        const crlf = c === LF && this.afterCr;
        this.afterCr = c === CR;
        if (c === QUOTE) this.afterQuote = true;
        else if ((c === CR || c === LF) && !crlf) this.breaks++;
        continue;
      }
      if (c === CR || c === LF) return i;
      this.chars++;
      if (c === QUOTE && this.cellStart) this.inQuotes = true;
      this.cellStart = c === this.delimiterCode;
    }
    return -1;
  }

  reason(limit: number): string {
    const what = this.breaks ? `the record on lines ${this.line}–${this.line + this.breaks}` : 'this line';
    return `${what} is ${counted(this.chars)} characters long; a statement line is at most ${counted(limit)} characters`;
  }
}

/**
 * Incremental RFC 4180 reader for statement files: any one-character delimiter, quoted fields with
 * doubled quotes and embedded line breaks, CR / LF / CRLF endings, blank lines skipped; a record
 * longer than MAX_RECORD_CHARS is given as `tooLong`, not read.
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
  /** A record too long to read, being read on to its end. */
  private overlong: OverlongRecord | null = null;
  private readonly delimiterCode: number;

  constructor(
    private readonly delimiter: string,
    private readonly maxRecordChars = MAX_RECORD_CHARS,
  ) {
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
    let pos = this.overlong ? this.readOverlong(buf, 0, final, out) : 0;
    let nextCr = -2;
    let nextLf = -2;
    while (pos < n) {
      if (nextCr !== -1 && nextCr < pos) nextCr = buf.indexOf('\r', pos);
      if (nextLf !== -1 && nextLf < pos) nextLf = buf.indexOf('\n', pos);
      const eol = nextCr === -1 ? nextLf : nextLf === -1 ? nextCr : Math.min(nextCr, nextLf);
      const lineEnd = eol === -1 ? n : eol;
      // A record is at least as long as its first line, whether or not that line has ended yet.
      if (lineEnd - pos > this.maxRecordChars) {
        pos = this.startOverlong(buf, pos, final, out);
        continue;
      }
      // A record ends at a line break or at the end of the file, never at the end of a chunk.
      if (eol === -1 && !final) break;
      if (lineEnd > pos) {
        const fields = this.splitLine(buf, pos, lineEnd);
        if (fields === null) {
          const quoted = this.parseQuotedRecord(buf, pos, final);
          if (quoted === TOO_LONG) {
            pos = this.startOverlong(buf, pos, final, out);
            continue;
          }
          if (!quoted) break;
          out.push(quoted.record);
          pos = quoted.next;
          continue;
        }
        out.push({ fields, line: this.line });
      }
      this.line++;
      pos = eol === -1 ? n : this.afterBreak(buf, eol, final);
    }
    this.rest = pos < n ? buf.slice(pos) : '';
    if (final && this.rest !== '') throw new DelimitedSyntaxError(this.line, 'the file ends inside a record', this.rest);
    return out;
  }

  /** Where the text after the line break at `eol` starts. A CR that ends the text may be half of a CRLF. */
  private afterBreak(buf: string, eol: number, final: boolean): number {
    if (buf.charCodeAt(eol) !== CR) return eol + 1;
    if (eol + 1 < buf.length) return buf.charCodeAt(eol + 1) === LF ? eol + 2 : eol + 1;
    this.pendingCr = !final;
    return buf.length;
  }

  /** The record at `start` is too long to read: keeps its start, and reads on to its end. */
  private startOverlong(buf: string, start: number, final: boolean, out: DelimitedRecord[]): number {
    this.overlong = new OverlongRecord(this.line, buf.slice(start, start + this.maxRecordChars), this.delimiterCode);
    return this.readOverlong(buf, start, final, out);
  }

  /**
   * Reads on through the record too long to read, from `from`, and gives it once it ends. Returns
   * where the text after it starts: the end of `buf` while the record goes on.
   */
  private readOverlong(buf: string, from: number, final: boolean, out: DelimitedRecord[]): number {
    const record = this.overlong!;
    const end = record.findEnd(buf, from);
    if (end === -1 && !final) return buf.length;
    if (end === -1 && record.unclosed) throw new DelimitedSyntaxError(record.line, NEVER_CLOSED, record.raw);
    this.overlong = null;
    out.push({ fields: [], line: record.line, tooLong: { reason: record.reason(this.maxRecordChars), raw: record.raw } });
    this.line += record.breaks + 1;
    return end === -1 ? buf.length : this.afterBreak(buf, end, final);
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

  /**
   * The general path, character by character. Returns null when the record is incomplete, and
   * TOO_LONG once it runs past the longest record read.
   */
  private parseQuotedRecord(buf: string, start: number, final: boolean): { record: DelimitedRecord; next: number } | null | typeof TOO_LONG {
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
      if (pos - start > this.maxRecordChars) return TOO_LONG;
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
    if (pos - start > this.maxRecordChars) return TOO_LONG;
    if (!final) return null;
    if (inQuotes) throw new DelimitedSyntaxError(this.line, NEVER_CLOSED, buf.slice(start));
    fields.push(field + buf.slice(fieldStart, pos));
    const record = { fields, line: this.line };
    this.line += breaks + 1;
    return { record, next: n };
  }
}
