import type Database from 'better-sqlite3';
import { MOST_LINES_AT_ONCE, type QuarantinedLines } from '../../../shared/contract/quarantine';
import { correctionLayout } from './correction-layout';

/** An import's quarantined lines in file order, the first MOST_LINES_AT_ONCE of them, and whether they can be corrected here. */
export function quarantinedLines(db: Database.Database, importId: number): QuarantinedLines {
  const { fileName, notCorrectable } = correctionLayout(db, importId);
  const total = db.prepare<[number], number>('SELECT COUNT(*) FROM rejected_line WHERE import_id = ?').pluck().get(importId)!;
  const lines = db
    .prepare<[number, number], { line: number; reason: string; raw: string }>(
      'SELECT line_no AS line, reason, raw FROM rejected_line WHERE import_id = ? ORDER BY line_no LIMIT ?',
    )
    .all(importId, MOST_LINES_AT_ONCE);
  return { importId, fileName, total, lines, notCorrectable };
}
