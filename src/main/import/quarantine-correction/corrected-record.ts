import { DelimitedParser, DelimitedSyntaxError, type DelimitedRecord } from '../delimited-parser';
import type { RowLayout } from '../statement-row-reader';

/**
 * A corrected line as the record the import would have read, under its own line number; a
 * sentence when the text is no single record.
 *
 * A sheet row was quarantined as its cells joined by the layout's delimiter (a tab), with no
 * quoting: a cell's quotes and line breaks are its own text. So it is split on that delimiter
 * alone, giving back the same cells, as long as no cell held a tab itself. A text line was
 * quarantined as its fields joined by the file's delimiter, so it is read again by the same
 * parser: a cell that holds the delimiter, a quote or a line break must be quoted, as in the file.
 */
export function correctedRecord(text: string, line: number, layout: RowLayout): DelimitedRecord | { refused: string } {
  if (layout.kind === 'sheet') return { fields: text.split(layout.delimiter), line };
  const parser = new DelimitedParser(layout.delimiter);
  let records: DelimitedRecord[];
  try {
    records = [...parser.push(text), ...parser.end()];
  } catch (error) {
    if (error instanceof DelimitedSyntaxError) return { refused: error.message };
    throw error;
  }
  if (records.length > 1) {
    return { refused: `the corrected text holds ${records.length} records; put a cell that holds a line break in double quotes` };
  }
  const [record] = records;
  return record ? { ...record, line } : { fields: [], line };
}
