import type { CorrectedLineVerdict, LineCorrection } from '../../../shared/contract/quarantine';
import type { StatementLineWriter } from '../statement-line-writer';
import { statementRowReader, type RowLayout, type RowSink } from '../statement-row-reader';
import { correctedRecord } from './corrected-record';

const PASSED_OVER = 'it reads as a row the import passes over (a totals row, a heading or a row that is no sale), not as a statement line';
const READINGS = 'it reads as audience readings, not as a statement line';
const BLANK = 'the corrected line is blank';

/**
 * Reads corrected lines with the import's own layout and row reader (lenient, so a line it still
 * cannot read comes back with the reason instead of refusing the others) and writes each line
 * that reads through the writer, under its own line number. The writer must keep a sample of
 * every line it writes: that is how each line is shown as read.
 */
export function readCorrections(layout: RowLayout, corrections: readonly LineCorrection[], writer: StatementLineWriter): CorrectedLineVerdict[] {
  // What the row reader made of the record being read; it tells the sink, never returns it.
  const heard: { line: number; verdict: CorrectedLineVerdict | null } = { line: 0, verdict: null };
  const refuse = (reason: string) => (heard.verdict = { line: heard.line, reads: false, reason });
  const sink: RowSink = {
    line(draft, line) {
      writer.write(draft, line);
      heard.verdict = { line, reads: true, sample: writer.sample.at(-1)! };
    },
    gauges: () => refuse(READINGS),
    quarantine: (_line, reason) => refuse(reason),
    skip: () => refuse(PASSED_OVER),
    // A totals row is passed over (skip) before its figures are read; they check nothing here.
    statedTotal: () => undefined,
    warning: () => undefined,
  };
  const read = statementRowReader(layout, 'lenient', sink);
  return [...corrections]
    .sort((a, b) => a.line - b.line)
    .map(({ line, text }): CorrectedLineVerdict => {
      const record = correctedRecord(text, line, layout);
      if ('refused' in record) return { line, reads: false, reason: record.refused };
      heard.line = line;
      read(record);
      const verdict = heard.verdict;
      heard.verdict = null;
      return verdict ?? { line, reads: false, reason: BLANK };
    });
}
