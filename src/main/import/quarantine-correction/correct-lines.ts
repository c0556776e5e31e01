import type Database from 'better-sqlite3';
import { WorkstationError } from '../../../shared/contract/envelope';
import type { CorrectedLineVerdict, CorrectionCheck, CorrectionOutcome, CorrectionRequest } from '../../../shared/contract/quarantine';
import { addLinesToRollups } from '../../query/rollups/rollup-maintenance';
import { WriteScope } from '../../store/write-scope';
import { checkLineReferences } from '../line-references';
import { StatementLineWriter } from '../statement-line-writer';
import { addCorrectedLines } from './corrected-batch';
import { correctionLayout } from './correction-layout';
import { requireWaiting } from './quarantine-membership';
import { readCorrections } from './read-corrections';
import { rejudgeStatedTotals } from './rejudged-checks';
import { overlappingNow, widenedOverlaps } from './widened-overlaps';

/**
 * How corrected lines would read, each as the import would read it, and the overlaps with other
 * imports they would make: everything correctLines does, rolled back.
 */
export function checkCorrections(db: Database.Database, request: CorrectionRequest): CorrectionCheck {
  return readIntoImport(db, request, true) as CorrectionCheck;
}

/**
 * Reads corrected quarantined lines into their import, in one transaction on the writer: every
 * line that now reads is written as the import writes lines (catalogue matching, platforms and
 * their spellings, territory codes, FX conversion, kept columns under new ids, the references
 * checked once) under its own line number and leaves the quarantine; the import's counts, totals,
 * periods and stated-total checks take it in, and its rollups take in the new lines alone, the
 * merged rollups and catalogue summaries with them. Periods widened into another import's of the
 * same source are named, not refused. A line that still does not read stays
 * quarantined as printed, with the text tried and its reason kept beside it. A line set aside is
 * refused: it is brought back first.
 */
export function correctLines(db: Database.Database, request: CorrectionRequest): CorrectionOutcome {
  return readIntoImport(db, request, false) as CorrectionOutcome;
}

function readIntoImport(db: Database.Database, request: CorrectionRequest, check: boolean): CorrectionCheck | CorrectionOutcome {
  const { importId } = request;
  const { fileName, layout, notCorrectable } = correctionLayout(db, importId);
  if (layout === null) throw new WorkstationError('rejected_input', `${fileName}: ${notCorrectable}`);
  // As an import does: the references are checked once below, not by SQLite line by line.
  const checked = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  const write = WriteScope.begin(db);
  try {
    requireWaiting(db, importId, fileName, request.lines.map((l) => l.line));
    // Corrected lines are stored with ids past every line's now, which is how their rollup sums are found.
    const lastLineId = db.prepare<[], number>('SELECT COALESCE(MAX(id), 0) FROM statement_line').pluck().get()!;
    const writer = new StatementLineWriter(db, importId, Infinity);
    const lines = readCorrections(layout, request.lines, writer);
    writer.finish();
    checkLineReferences(db, writer.references());
    const overlapsBefore = overlappingNow(db, importId);
    const figures = writer.imported > 0 ? addCorrectedLines(db, importId, writer) : null;
    const made = widenedOverlaps(db, importId, overlapsBefore, check);
    if (check) {
      write.rollback();
      return { importId, lines, ...made };
    }
    keepVerdicts(db, importId, request, lines);
    if (figures) {
      rejudgeStatedTotals(db, importId, figures);
      addLinesToRollups(db, importId, lastLineId);
    }
    write.commit();
    const stillQuarantined = lines.length - writer.imported;
    const message = correctionMessage(fileName, writer.imported, stillQuarantined);
    return { importId, corrected: writer.imported, stillQuarantined, lines, message, ...made };
  } catch (error) {
    write.rollback();
    throw error;
  } finally {
    if (checked) db.pragma('foreign_keys = ON');
  }
}

/**
 * Lines that read leave the quarantine, and what was noted about them with it; their text is kept
 * in corrected_line, since the file still prints them as they were and bringing the import back
 * after a replace corrects them again from it, and when, for undoing merges made before. The others stay as the file printed them, the text
 * tried kept beside with why it was refused; a text tried that is the printed line itself is no
 * correction, and notes none.
 */
function keepVerdicts(db: Database.Database, importId: number, request: CorrectionRequest, verdicts: CorrectedLineVerdict[]): void {
  const texts = new Map(request.lines.map((l) => [l.line, l.text]));
  const forget = db.prepare('DELETE FROM rejected_line_follow_up WHERE import_id = ? AND line_no = ?');
  const release = db.prepare('DELETE FROM rejected_line WHERE import_id = ? AND line_no = ?');
  const keep = db.prepare('INSERT OR REPLACE INTO corrected_line (import_id, line_no, text) VALUES (?, ?, ?)');
  const keepTime = db.prepare('INSERT OR REPLACE INTO corrected_line_time (import_id, line_no, corrected_at) VALUES (?, ?, ?)');
  const now = new Date().toISOString();
  const note = db.prepare(
    `INSERT INTO rejected_line_follow_up (import_id, line_no, tried, tried_reason)
     SELECT import_id, line_no, ?, ? FROM rejected_line WHERE import_id = ? AND line_no = ? AND raw <> ?`,
  );
  for (const verdict of verdicts) {
    // Only a line waiting for correction gets here, so its note holds a try and no setting aside.
    forget.run(importId, verdict.line);
    const text = texts.get(verdict.line)!;
    if (verdict.reads) {
      release.run(importId, verdict.line);
      keep.run(importId, verdict.line, text);
      keepTime.run(importId, verdict.line, now);
    } else {
      note.run(text, verdict.reason, importId, verdict.line, text);
    }
  }
}

function correctionMessage(fileName: string, corrected: number, still: number): string {
  const lines = (n: number) => (n === 1 ? '1 line' : `${n.toLocaleString('en')} lines`);
  const joined = corrected ? `${lines(corrected)} corrected and imported into ${fileName}` : `No line of ${fileName} was imported`;
  return still ? `${joined}; ${lines(still)} still cannot be read and stay${still === 1 ? 's' : ''} quarantined.` : `${joined}.`;
}
