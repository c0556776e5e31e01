import type Database from 'better-sqlite3';
import type { MergeKind } from '../../../shared/contract/catalogue-review';
import { openMerges, type MergeRecord } from './merge-record';

interface ImportSince {
  id: number;
  file_name: string;
  imported_at: string;
}

/**
 * Whether an import names what a merge joined into: only then can its lines have come through the
 * merged name. Read from its sale-basis rollup rows (every line has one) and, for a recording, its
 * audience readings.
 */
const NAMES_TARGET: Record<MergeKind, string> = {
  recording: `SELECT 1 FROM rollup_month_catalogue WHERE import_id = @import AND basis = 'sale' AND recording_id = @into
    UNION ALL SELECT 1 FROM gauge_reading WHERE import_id = @import AND recording_id = @into LIMIT 1`,
  artist: "SELECT 1 FROM rollup_month_catalogue WHERE import_id = @import AND basis = 'sale' AND artist_id = @into LIMIT 1",
  platform: "SELECT 1 FROM rollup_month_platform WHERE import_id = @import AND basis = 'sale' AND platform_id = @into LIMIT 1",
};

interface CorrectionSince {
  file_name: string;
  line_no: number;
  corrected_at: string;
}

/** A line corrected since a merge that names what it joined into (any, for a merge kept without its target). */
const CORRECTED_NAMING_TARGET: Record<MergeKind, string> = {
  recording: `EXISTS (SELECT 1 FROM statement_line s WHERE s.import_id = t.import_id AND s.line_no = t.line_no AND s.recording_id = @into)
    OR EXISTS (SELECT 1 FROM gauge_reading g WHERE g.import_id = t.import_id AND g.line_no = t.line_no AND g.recording_id = @into)`,
  artist: 'EXISTS (SELECT 1 FROM statement_line s WHERE s.import_id = t.import_id AND s.line_no = t.line_no AND s.artist_id = @into)',
  platform: 'EXISTS (SELECT 1 FROM statement_line s WHERE s.import_id = t.import_id AND s.line_no = t.line_no AND s.platform_id = @into)',
};

const correctedSince = (names: string) => `SELECT b.file_name, t.line_no, t.corrected_at FROM corrected_line_time t JOIN import_batch b ON b.id = t.import_id
  WHERE t.corrected_at > @since AND (@into IS NULL OR ${names}) ORDER BY t.corrected_at, t.import_id, t.line_no LIMIT 1`;

/**
 * Says why merges cannot be undone now. The imports and the merges still standing are read once,
 * so a history of many merges over many imports asks the store once for each, not once per merge.
 */
export class UndoRefusals {
  /** Every import, oldest first. */
  private readonly imports: ImportSince[];
  /** Merges not undone, oldest first. */
  private readonly standing: MergeRecord[];
  private readonly namesTarget: Record<MergeKind, Database.Statement>;
  private readonly correctedNamingTarget: Record<MergeKind, Database.Statement<{ since: string; into: number | null }, CorrectionSince>>;

  constructor(db: Database.Database) {
    this.imports = db.prepare<[], ImportSince>('SELECT id, file_name, imported_at FROM import_batch ORDER BY imported_at, id').all();
    this.standing = openMerges(db);
    this.namesTarget = {
      recording: db.prepare(NAMES_TARGET.recording),
      artist: db.prepare(NAMES_TARGET.artist),
      platform: db.prepare(NAMES_TARGET.platform),
    };
    this.correctedNamingTarget = {
      recording: db.prepare(correctedSince(CORRECTED_NAMING_TARGET.recording)),
      artist: db.prepare(correctedSince(CORRECTED_NAMING_TARGET.artist)),
      platform: db.prepare(correctedSince(CORRECTED_NAMING_TARGET.platform)),
    };
  }

  /**
   * Why this merge cannot be undone now, in a sentence; null when it can. A statement imported since
   * that names what the merge joined into may have been matched through the merged name (the alias
   * the merge left), and its lines would stay where they landed, so its import goes first; so may a
   * line corrected since, which goes with its import. These are named first, as undoing later
   * merges would not be enough. A later merge of any of its entries built on it, so that one goes first.
   */
  of(merge: MergeRecord): string | null {
    if (merge.undoneAt !== null) return `This merge was undone on ${merge.undoneAt.slice(0, 10)}.`;
    const imported = this.importThroughMergedName(merge);
    if (imported) {
      return `“${imported.file_name}” was imported on ${imported.imported_at.slice(0, 10)}, after this merge, and names “${merge.intoName}”, perhaps through the merged name; undo that import first to undo the merge.`;
    }
    const corrected = this.correctedNamingTarget[merge.kind].get({ since: merge.mergedAt, into: merge.intoId });
    if (corrected) {
      return `Line ${corrected.line_no} of “${corrected.file_name}” was corrected on ${corrected.corrected_at.slice(0, 10)}, after this merge, and names “${merge.intoName}”, perhaps through the merged name; undo that import first to undo the merge.`;
    }
    const mine = new Set(merge.entities);
    const later = this.standing.find((other) => other.id > merge.id && other.entities.some((e) => mine.has(e)));
    if (later) return `“${later.fromName}” was merged into “${later.intoName}” after it; undo that merge first.`;
    return null;
  }

  /** The first statement imported since the merge that may have been matched through the merged name. */
  private importThroughMergedName(merge: MergeRecord): ImportSince | undefined {
    const since = this.imports.filter((batch) => batch.imported_at > merge.mergedAt);
    if (merge.intoId === null) return since[0];
    const names = this.namesTarget[merge.kind];
    return since.find((batch) => names.get({ import: batch.id, into: merge.intoId }) !== undefined);
  }
}
