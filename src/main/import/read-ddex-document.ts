import type Database from 'better-sqlite3';
import { FileRejection } from './containers/statement-document';
import { DdexDsrError, noteReportPart, writeDdexLines, type DdexStatement, type ReportStanding } from './ddex';
import type { ImportOutcome } from './import-outcome';
import type { Reconciliation, ReconciliationCheck } from './reconciliation';
import type { StatementLineWriter } from './statement-line-writer';

/**
 * FOOT's counts as reconciliation checks, so a DSR's own figures sit in the same place as a
 * totals row's. The usage records' money is not checked against the summary records: their
 * allocated figures need not add up to the licensor lines (the DDEX reference UGC sample's do
 * not), so a difference there says nothing about the import.
 */
function footerReconciliation(statement: DdexStatement): Reconciliation {
  const line = statement.reportPart().footer.footLine;
  const judged = statement.footerCounts().map((c) => {
    const check: ReconciliationCheck = {
      label: `FOOT ${c.count}`, measure: 'records', currency: null, line, stated: String(c.stated), found: String(c.found),
    };
    return { check, matches: c.stated === c.found };
  });
  return { checked: judged.map((j) => j.check), mismatches: judged.filter((j) => !j.matches).map((j) => j.check) };
}

/**
 * Writes a DSR statement's lines inside the import's transaction. The DSR reader decides what a
 * bad record or a FOOT that disagrees means in each mode (refusal in strict mode, quarantine or
 * a warning naming the counts in lenient mode); a refusal comes back as a FileRejection naming
 * the line, so the transaction is rolled back like any other refused document.
 *
 * A file of a multi-file report is kept as a part of it (batch.importId), and the report is
 * checked across its files once its last file is in; what that check finds is a warning in both
 * modes, as the other files were imported on their own. Returns where the report stands, for
 * the import to tell once it knows the file is imported: a refused file (no usage lines) rolls its
 * part back, so it says nothing of its report's other files.
 */
export async function readDdexDocument(
  statement: DdexStatement,
  writer: StatementLineWriter,
  mode: 'strict' | 'lenient',
  outcome: ImportOutcome,
  batch: { db: Database.Database; importId: number },
): Promise<ReportStanding | null> {
  try {
    const { warnings } = await writeDdexLines(statement, writer, mode, (lines) => (outcome.lines = lines));
    outcome.warnings.push(...warnings);
  } catch (error) {
    if (error instanceof DdexDsrError) throw new FileRejection(error.line, error.message);
    throw error;
  }
  outcome.reconciliation = footerReconciliation(statement);
  if (statement.part === null) return null;
  return noteReportPart(batch.db, batch.importId, statement.sender, statement.reportPart());
}

/** An imported file's report standing on its outcome; returns the sentence for its message, if any. */
export function tellReportStanding(outcome: ImportOutcome, standing: ReportStanding | null): string | null {
  if (!standing) return null;
  outcome.warnings.push(...standing.warnings);
  if (standing.waiting) outcome.reportPart = standing.waiting;
  if (standing.file) outcome.reportFile = standing.file;
  return standing.note;
}
