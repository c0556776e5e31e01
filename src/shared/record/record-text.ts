/**
 * One statement record as text, the way a delimited file writes it (RFC 4180): the form a
 * quarantined line is kept and corrected in, so a corrected line is read again by the importer's
 * own parser exactly as the file's line was.
 */

/** A cell as a file must write it: quoted when it holds the delimiter, a quote or a line break. */
function cellText(cell: string, delimiter: string): string {
  if (!cell.includes(delimiter) && !cell.includes('"') && !cell.includes('\n') && !cell.includes('\r')) return cell;
  return `"${cell.replaceAll('"', '""')}"`;
}

export function joinRecord(cells: readonly string[], delimiter: string): string {
  return cells.map((cell) => cellText(cell, delimiter)).join(delimiter);
}

/**
 * The cells of one record's text; null when it is not one well-formed record (a quote left open,
 * text after a closing quote, or a line break outside quotes), which only the text itself can show.
 */
export function splitRecord(text: string, delimiter: string): string[] | null {
  const cells: string[] = [];
  let cell = '';
  let at = 0;
  let quoted = false;
  while (at <= text.length) {
    if (!quoted && cell === '' && text[at] === '"') {
      const close = closingQuote(text, at + 1);
      if (close === -1) return null;
      cell = text.slice(at + 1, close).replaceAll('""', '"');
      quoted = true;
      at = close + 1;
      continue;
    }
    const char = text[at];
    if (at === text.length || char === delimiter) {
      cells.push(cell);
      cell = '';
      quoted = false;
      at++;
      continue;
    }
    if (quoted || char === '\n' || char === '\r') return null;
    cell += char;
    at++;
  }
  return cells;
}

/** Where the quote closing a quoted cell that starts at `from` is (a doubled quote is text); -1 when none. */
function closingQuote(text: string, from: number): number {
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return -1;
    if (text[quote + 1] !== '"') return quote;
    at = quote + 2;
  }
}
