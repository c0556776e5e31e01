/**
 * Cells of one DSR record line. Tabs separate cells, `|` separates the values of a multi-value
 * cell, and a backslash makes the next tab, pipe or backslash literal (`Let Me \| Be` is one
 * title). DSR has no quoting: a double quote is an ordinary character. A backslash before any
 * other character is kept as printed, so a stray one in a title does not eat a letter.
 */

const ESCAPABLE = new Set(['\t', '|', '\\']);

/** The line's cells, each as its list of values, escapes resolved. Cell 0 is the record type. */
export function splitDsrRecord(line: string): string[][] {
  // Almost every line has no escape: split natively and skip the character loop.
  if (!line.includes('\\')) return line.split('\t').map((cell) => cell.split('|'));
  const cells: string[][] = [];
  let values: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    const next = line[i + 1];
    if (ch === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      current += next;
      i++;
    } else if (ch === '\t') {
      values.push(current);
      cells.push(values);
      values = [];
      current = '';
    } else if (ch === '|') {
      values.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  values.push(current);
  cells.push(values);
  return cells;
}

/**
 * The values of one multi-value cell as it stands in the file (tabs already split off):
 * `A|B\|C` → ['A', 'B|C'].
 */
export function splitMultiValue(cell: string): string[] {
  return splitDsrRecord(cell)[0]!;
}
