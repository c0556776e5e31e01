import { sniffDateOrder, type DateOrderEvidence } from '../../shared/period/date-order-sniff';
import { DelimitedParser, type DelimitedRecord } from './delimited-parser';
import type { DetectedStatement } from './statement-sniffer';

/** What the preview and the summary say about how the file's dates were read, if anything. */
export function dateOrderWarnings(evidence: DateOrderEvidence): string[] {
  if (evidence.order === 'dmy') {
    return ['This file writes its dates day first (it has dates such as 13/04 that cannot be month first): every numeric date in it was read as day/month/year.'];
  }
  if (evidence.mixed) {
    return ['This file writes some dates day first and others month first: each was read the only way it can be, and dates that fit both (such as 03/04) as month first. Check its sale periods.'];
  }
  return [];
}

/**
 * The detection with how the file orders its numeric dates, sniffed from the rows below its header
 * that detection saw: one reading for the whole file, so a day-first file's 03/04 is the 3rd of
 * April on every line, not March on some lines and the 13th of April on others.
 */
export function withDateOrder(detected: DetectedStatement, leading: readonly DelimitedRecord[]): DetectedStatement {
  const rows = leading.filter((record) => record.line > detected.headerLine).map((record) => record.fields);
  return { ...detected, context: { ...detected.context, dates: sniffDateOrder(rows) } };
}

/** The records of a text file's first part (its leading 64 KB), the last one as far as it goes. */
export function leadingRecords(headText: string, delimiter: string): DelimitedRecord[] {
  const parser = new DelimitedParser(delimiter);
  const records: DelimitedRecord[] = [];
  try {
    records.push(...parser.push(headText));
    // The last row, cut where the first part ends, still shows the order of the dates it holds whole.
    records.push(...parser.end());
  } catch {
    // A quote left open: the rows read before it stand.
  }
  return records;
}
