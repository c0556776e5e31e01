import {
  INSPECTED_CELL_CHARS, INSPECTED_ROWS, MAPPING_DELIMITERS, MAPPING_HEADER_ROWS, type MappingDelimiter,
} from '../../../shared/contract/column-mapping';
import { DelimitedParser } from '../delimited-parser';

/**
 * The delimiter that splits the most leading rows into the same number of cells, the wider split
 * winning a tie: a semicolon file with decimal commas splits evenly on both, but wider on `;`.
 * Rows of one cell (a title, a blank preamble line) say nothing either way.
 */
export function guessDelimiter(text: string): MappingDelimiter {
  let best: { delimiter: MappingDelimiter; rows: number; width: number } = { delimiter: ',', rows: 0, width: 0 };
  for (const delimiter of MAPPING_DELIMITERS) {
    const widths = new Map<number, number>();
    for (const record of new DelimitedParser(delimiter).push(text).slice(0, INSPECTED_ROWS)) {
      if (record.fields.length > 1) widths.set(record.fields.length, (widths.get(record.fields.length) ?? 0) + 1);
    }
    for (const [width, rows] of widths) {
      if (rows > best.rows || (rows === best.rows && width > best.width)) best = { delimiter, rows, width };
    }
  }
  return best.delimiter;
}

const filledCells = (row: readonly string[]) => row.filter((cell) => cell.trim() !== '').length;

/**
 * The first row nearly as full as the fullest: preambles (Apple's `key<TAB>value` lines, an
 * account id) are narrower than the header below them. 1-based; 1 when nothing stands out.
 */
export function guessHeaderRow(rows: readonly (readonly string[])[]): number {
  const widest = Math.max(0, ...rows.map(filledCells));
  const index = rows.slice(0, MAPPING_HEADER_ROWS).findIndex((row) => filledCells(row) >= 2 && filledCells(row) >= widest * 0.8);
  return index < 0 ? 1 : index + 1;
}

/** Cells past this are cut: the wizard shows the start of a cell, and a runaway quote must not ship megabytes. */
export function shownRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.slice(0, INSPECTED_ROWS).map((row) => row.map((cell) => (cell.length > INSPECTED_CELL_CHARS ? cell.slice(0, INSPECTED_CELL_CHARS) : cell)));
}
