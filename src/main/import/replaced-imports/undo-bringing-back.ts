import type Database from 'better-sqlite3';
import { WorkstationError } from '../../../shared/contract/envelope';
import type { BroughtBackImport, UndoneAndBroughtBack } from '../../../shared/contract/replaced-imports';
import { removeImports } from '../remove-imports';
import { WriteScope } from '../../store/write-scope';
import { bringBackPlan } from './bring-back-plan';
import { correctAgain, type CorrectedAgain } from './corrected-again';
import { importAgain } from './imported-again';
import { restoreQuarantineNotes } from './restored-quarantine';
import { replacedRecordsOf, type ReplacedRecord } from './replaced-records';
import { undoneMessage } from './undone-message';

/**
 * Undoes an import that replaced earlier ones and brings those back: each archived original is
 * imported again through the importer, as the layout and sheet it was read as (a statement of a
 * zip taken out of the zip alone), lenient, replacing nothing; then the undone import is removed.
 * All of it is one transaction (each import and correction a savepoint inside it): if one cannot
 * come back, or the process is killed or the power fails midway, nothing is undone and nothing is
 * brought back, so the store never counts the same sales twice. Lines set aside and
 * corrections tried on their quarantined lines are kept again, and lines corrected after their
 * first import, read as the file prints them, are corrected again with the text kept, so each
 * holds the figures it held before it was replaced; a line whose correction was not kept, or no
 * longer reads, waits in the quarantine and is named.
 */
export async function undoBringingBack(db: Database.Database, importId: number, archiveDir: string | null): Promise<UndoneAndBroughtBack> {
  const fileName = db.prepare<[number], string>('SELECT file_name FROM import_batch WHERE id = ?').pluck().get(importId);
  if (fileName === undefined) throw new WorkstationError('not_found', 'That import no longer exists (was it undone already?).');
  const records = replacedRecordsOf(db, importId);
  if (records.length === 0) throw new WorkstationError('rejected_input', `${fileName} replaced no earlier import: undo it on its own.`);
  const plans = records.map((record) => ({ record, plan: bringBackPlan(record) }));
  const refused = plans.find(({ plan }) => plan.cannot !== null);
  if (refused) throw new WorkstationError('rejected_input', `${refused.plan.cannot} Nothing was undone; undo ${fileName} on its own instead.`);

  const back: { record: ReplacedRecord; importId: number; correctedAgain: CorrectedAgain }[] = [];
  const already: string[] = [];
  let removedLines: number;
  // Off for the whole undo, as an import's are: SQLite takes this pragma only outside a transaction.
  const checked = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  const write = WriteScope.begin(db);
  try {
    for (const { record, plan } of plans) {
      if (plan.cannot !== null) continue;
      const outcome = await importAgain(db, record, plan, archiveDir);
      if (outcome?.status === 'duplicate') {
        already.push(record.file_name);
      } else if (outcome?.status === 'imported' && outcome.importId !== null) {
        const correctedSince = restoreQuarantineNotes(db, outcome.importId, record.quarantine);
        back.push({ record, importId: outcome.importId, correctedAgain: correctAgain(db, outcome.importId, record.quarantine, correctedSince) });
      } else {
        const why = outcome?.message ?? `${record.file_name}: the archived original holds no statement.`;
        throw new WorkstationError('rejected_input', `${record.file_name} could not be brought back: ${why} Nothing was undone.`);
      }
    }
    removedLines = removeImports(db, [importId]);
    write.commit();
  } catch (error) {
    write.rollback();
    throw error;
  } finally {
    if (checked) db.pragma('foreign_keys = ON');
  }
  const figures = db.prepare<[number], { imported: number; rejected: number; totals: string }>(
    'SELECT imported_count AS imported, rejected_count AS rejected, totals_json AS totals FROM import_batch WHERE id = ?',
  );
  // Its figures as they are now, its corrected lines corrected again.
  const told = back.map(({ record, importId: id, correctedAgain }) => {
    const { imported, rejected, totals } = figures.get(id)!;
    const toCorrectAgain = [...correctedAgain.notKept, ...correctedAgain.refused.map(({ line }) => line)].sort((a, b) => a - b);
    const amounts = JSON.parse(totals) as Record<string, string>;
    return { back: { fileName: record.file_name, importId: id, imported, rejected, amounts, toCorrectAgain }, correctedAgain };
  });
  const broughtBack: BroughtBackImport[] = told.map(({ back: broughtBackImport }) => broughtBackImport);
  return { importId, removedLines, broughtBack, message: undoneMessage(fileName, removedLines, told, already) };
}
