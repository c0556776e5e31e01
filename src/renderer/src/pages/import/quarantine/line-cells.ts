import type { QuarantinedRecordLayout } from '../../../../../shared/contract/quarantine';
import { joinRecord, splitRecord } from '../../../../../shared/record/record-text';

/**
 * Lines listed cell by cell at once, at most: past it a list opens as text, each line still
 * switchable (500 lines of 15 cells took seconds to lay out; a list that long is mostly set aside).
 */
export const LINES_BY_COLUMN_AT_MOST = 100;

/** A quarantined line's cells under the import's columns, and what each is called. */
export interface LineCells {
  cells: string[];
  /** One per cell: the column's name in the file's header, or "Column 7" past its end or under a blank name. */
  names: string[];
}

/**
 * A line's text split into its cells, padded to the header's width so a line cut short shows
 * the cells it lacks as empty; null when the text is no single record (then it is corrected as text).
 */
export function lineCells(text: string, layout: QuarantinedRecordLayout): LineCells | null {
  const cells = layout.quoted ? splitRecord(text, layout.delimiter) : text.split(layout.delimiter);
  if (cells === null) return null;
  const width = Math.max(cells.length, layout.columns.length);
  const padded = Array.from({ length: width }, (_, i) => cells[i] ?? '');
  const names = padded.map((_, i) => layout.columns[i]?.trim() || `Column ${i + 1}`);
  return { cells: padded, names };
}

/** The line's text with one cell changed; cells past the last with text are dropped again. */
export function withCell(cells: readonly string[], index: number, value: string, layout: QuarantinedRecordLayout): string {
  const next = cells.map((cell, i) => (i === index ? value : cell));
  while (next.length > layout.columns.length && next.at(-1) === '') next.pop();
  return layout.quoted ? joinRecord(next, layout.delimiter) : next.join(layout.delimiter);
}

/** Whether a quarantine reason blames this column (the importer names it: `column "Earnings (USD)": …`). */
export const blamedColumn = (reason: string, name: string) => reason.includes(`column "${name}"`);
