import type Database from 'better-sqlite3';
import { MOST_LINES_AT_ONCE, type LineCorrection } from '../../../shared/contract/quarantine';
import { correctLines } from '../quarantine-correction/correct-lines';

/** What correcting a brought-back import's lines again as they were corrected before did. */
export interface CorrectedAgain {
  /** Corrected again and imported. */
  corrected: number[];
  /** Whose kept correction no longer reads (it stays quarantined, the correction noted as tried), with why. */
  refused: { line: number; reason: string }[];
  /** Corrected before their text was kept (before migration 19): they wait to be corrected by hand. */
  notKept: number[];
}

/**
 * Corrects again, through the same correction as the app's, the lines of a brought-back import
 * that were corrected after its first import (`correctedSince`, quarantined again as the file
 * prints them), with the texts its replaced record kept (`corrected` entries of `quarantine`), a
 * request's worth of lines at a time; its figures then are what they were before it was replaced.
 */
export function correctAgain(db: Database.Database, importId: number, quarantine: string, correctedSince: number[]): CorrectedAgain {
  const since = new Set(correctedSince);
  const kept: LineCorrection[] = (JSON.parse(quarantine) as { line: number; corrected?: string }[]).flatMap(({ line, corrected }) =>
    corrected !== undefined && since.has(line) ? [{ line, text: corrected }] : [],
  );
  const verdicts = [];
  for (let at = 0; at < kept.length; at += MOST_LINES_AT_ONCE) {
    verdicts.push(...correctLines(db, { importId, lines: kept.slice(at, at + MOST_LINES_AT_ONCE) }).lines);
  }
  const withText = new Set(kept.map(({ line }) => line));
  return {
    corrected: verdicts.flatMap((v) => (v.reads ? [v.line] : [])),
    refused: verdicts.flatMap((v) => (v.reads ? [] : [{ line: v.line, reason: v.reason }])),
    notKept: correctedSince.filter((line) => !withText.has(line)),
  };
}
