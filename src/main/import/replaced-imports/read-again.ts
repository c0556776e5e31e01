import type Database from 'better-sqlite3';
import { WorkstationError } from '../../../shared/contract/envelope';
import type { ImportReadAgain } from '../../../shared/contract/replaced-imports';
import { WriteScope } from '../../store/write-scope';
import { removeImports } from '../remove-imports';
import { bringBackPlan } from './bring-back-plan';
import { correctAgain } from './corrected-again';
import { importAgain } from './imported-again';
import { QUARANTINE_KEPT } from './replace-imports';
import type { KeptImport } from './replaced-records';
import { restoreQuarantineNotes } from './restored-quarantine';
import { readAgainMessage } from './read-again-message';
import { readAgainCannot } from './read-again-offer';

function keptImportOf(db: Database.Database, importId: number): KeptImport | undefined {
  return db
    .prepare<[number], KeptImport>(
      `SELECT b.id AS replaced_import_id, b.file_name, b.file_sha256, b.archive_path, b.format, l.layout, b.imported_count, b.rejected_count,
         b.totals_json, b.sale_from, b.sale_to, ${QUARANTINE_KEPT} AS quarantine
       FROM import_batch b LEFT JOIN import_layout l ON l.import_id = b.id WHERE b.id = ?`,
    )
    .get(importId);
}

/**
 * The imports this one replaced, kept with it (removing it removes them): given to the import it
 * becomes, so that undoing that one can still bring them back.
 */
function replacedKeptWith(db: Database.Database, importId: number): (newId: number) => void {
  const rows = db.prepare<[number], Record<string, unknown>>('SELECT * FROM replaced_import WHERE replacing_import_id = ?').all(importId);
  return (newId) => {
    const columns = rows[0] === undefined ? [] : Object.keys(rows[0]);
    if (columns.length === 0) return;
    const insert = db.prepare(`INSERT INTO replaced_import (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    for (const row of rows) insert.run({ ...row, replacing_import_id: newId });
  };
}

/**
 * Reads an import's statement again from its archived original, as this version reads it (an
 * Apple report's fiscal months, which an older version dated by the days printed): the import is
 * removed and the statement imported again through the importer, as the layout and sheet it was
 * read as, lenient; lines set aside stay set aside and lines corrected after the import are
 * corrected again with the text kept, as "Undo and bring back" does. One transaction: if the
 * original cannot be read, or the process dies midway, the store is as it was.
 */
export async function readAgain(db: Database.Database, importId: number, archiveDir: string | null): Promise<ImportReadAgain> {
  const kept = keptImportOf(db, importId);
  if (kept === undefined) throw new WorkstationError('not_found', 'That import no longer exists (was it undone?).');
  const cannot = readAgainCannot(kept.file_name, kept.archive_path);
  const plan = bringBackPlan(kept);
  if (cannot !== null || plan.cannot !== null) throw new WorkstationError('rejected_input', `${cannot ?? plan.cannot} Nothing was changed.`);

  // Off for the whole of it, as an import's are: SQLite takes this pragma only outside a transaction.
  const checked = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  const write = WriteScope.begin(db);
  try {
    const giveReplaced = replacedKeptWith(db, importId);
    // Removed first: the same content is otherwise an import already made, and nothing is read.
    removeImports(db, [importId]);
    const outcome = await importAgain(db, kept, plan, archiveDir);
    if (outcome?.status !== 'imported' || outcome.importId === null) {
      const why = outcome?.message ?? `${kept.file_name}: the archived original holds no statement.`;
      throw new WorkstationError('rejected_input', `${kept.file_name} could not be read again: ${why} Nothing was changed.`);
    }
    const newId = outcome.importId;
    const correctedSince = restoreQuarantineNotes(db, newId, kept.quarantine);
    const correctedAgain = correctAgain(db, newId, kept.quarantine, correctedSince);
    giveReplaced(newId);
    const figures = db
      .prepare<[number], { imported: number; rejected: number; totals: string }>(
        'SELECT imported_count AS imported, rejected_count AS rejected, totals_json AS totals FROM import_batch WHERE id = ?',
      )
      .get(newId)!;
    write.commit();
    const toCorrectAgain = [...correctedAgain.notKept, ...correctedAgain.refused.map(({ line }) => line)].sort((a, b) => a - b);
    const readAgainImport = {
      fileName: kept.file_name, importId: newId, imported: figures.imported, rejected: figures.rejected,
      amounts: JSON.parse(figures.totals) as Record<string, string>, toCorrectAgain,
    };
    return { previousImportId: importId, readAgain: readAgainImport, message: readAgainMessage(readAgainImport, correctedAgain) };
  } catch (error) {
    write.rollback();
    throw error;
  } finally {
    if (checked) db.pragma('foreign_keys = ON');
  }
}
