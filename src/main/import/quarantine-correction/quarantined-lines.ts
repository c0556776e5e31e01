import type Database from 'better-sqlite3';
import { MOST_LINES_AT_ONCE, type QuarantinedLine, type QuarantinedLines } from '../../../shared/contract/quarantine';
import { correctionLayout } from './correction-layout';

interface LineRow {
  line: number;
  reason: string;
  raw: string;
  tried: string | null;
  tried_reason: string | null;
}

/**
 * An import's quarantined lines in file order, those waiting for correction apart from those set
 * aside, the first MOST_LINES_AT_ONCE of each, and whether they can be corrected here.
 */
export function quarantinedLines(db: Database.Database, importId: number): QuarantinedLines {
  const { fileName, layout, notCorrectable } = correctionLayout(db, importId);
  const followed = `FROM rejected_line r LEFT JOIN rejected_line_follow_up f ON f.import_id = r.import_id AND f.line_no = r.line_no
    WHERE r.import_id = ? AND coalesce(f.set_aside, 0) = ?`;
  const count = db.prepare<[number, number], number>(`SELECT COUNT(*) ${followed}`).pluck();
  const list = db.prepare<[number, number, number], LineRow>(
    `SELECT r.line_no AS line, r.reason, r.raw, f.tried, f.tried_reason ${followed} ORDER BY r.line_no LIMIT ?`,
  );
  const linesOf = (setAside: number): QuarantinedLine[] =>
    list.all(importId, setAside, MOST_LINES_AT_ONCE).map(({ line, reason, raw, tried, tried_reason }) => ({
      line,
      reason,
      raw,
      tried: tried === null ? null : { text: tried, reason: tried_reason! },
    }));
  return {
    importId,
    fileName,
    record: layout && { columns: layout.header, delimiter: layout.delimiter, quoted: layout.kind === 'text' },
    total: count.get(importId, 0)!,
    lines: linesOf(0),
    setAsideTotal: count.get(importId, 1)!,
    setAside: linesOf(1),
    notCorrectable,
  };
}
