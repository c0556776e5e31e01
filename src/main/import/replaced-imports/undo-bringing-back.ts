import type Database from 'better-sqlite3';
import { WorkstationError } from '../../../shared/contract/envelope';
import type { BroughtBackImport, UndoneAndBroughtBack } from '../../../shared/contract/replaced-imports';
import { savedMappingFormats } from '../column-mapping/saved-mappings';
import type { StatementFormat } from '../formats/statement-format';
import { importStatement } from '../import-statement';
import type { ImportOutcome } from '../import-outcome';
import { readKeptLayout } from '../quarantine-correction/kept-layout';
import { removeImports } from '../remove-imports';
import { bringBackPlan } from './bring-back-plan';
import { restoreQuarantineNotes } from './restored-quarantine';
import { replacedRecordsOf, type ReplacedRecord } from './replaced-records';
import { undoneMessage } from './undone-message';

/**
 * The layouts the original is read with: the one it was read with when it kept it (a saved column
 * mapping as it was then, even if changed or deleted since), else the saved mappings as they are.
 */
function formatsFor(db: Database.Database, record: ReplacedRecord): readonly StatementFormat[] {
  const kept = record.layout === null ? null : readKeptLayout(record.layout);
  if (kept && record.format.startsWith('mapping:')) return [kept.format];
  return savedMappingFormats(db);
}

/**
 * Undoes an import that replaced earlier ones and brings those back: each archived original is
 * imported again through the importer, as the layout and sheet it was read as, lenient, replacing
 * nothing; then the undone import is removed. The replaced imports come back first, so that if one
 * cannot, nothing is undone (the ones already back are removed again). Lines set aside and
 * corrections tried on their quarantined lines are kept again; lines corrected after their first
 * import are read as the file prints them, so they wait in the quarantine to be corrected again,
 * and are named.
 */
export async function undoBringingBack(db: Database.Database, importId: number, archiveDir: string | null): Promise<UndoneAndBroughtBack> {
  const fileName = db.prepare<[number], string>('SELECT file_name FROM import_batch WHERE id = ?').pluck().get(importId);
  if (fileName === undefined) throw new WorkstationError('not_found', 'That import no longer exists (was it undone already?).');
  const records = replacedRecordsOf(db, importId);
  if (records.length === 0) throw new WorkstationError('rejected_input', `${fileName} replaced no earlier import: undo it on its own.`);
  const plans = records.map((record) => ({ record, plan: bringBackPlan(record) }));
  const refused = plans.find(({ plan }) => plan.cannot !== null);
  if (refused) throw new WorkstationError('rejected_input', `${refused.plan.cannot} Nothing was undone; undo ${fileName} on its own instead.`);

  const back: { record: ReplacedRecord; outcome: ImportOutcome }[] = [];
  const already: string[] = [];
  let removedLines: number;
  try {
    for (const { record, plan } of plans) {
      if (plan.cannot !== null) continue;
      const [outcome] = await importStatement(db, plan.path, {
        mode: 'lenient',
        archiveDir,
        isCancelled: () => false,
        onProgress: () => undefined,
        onOverlap: 'keepBoth',
        displayName: plan.displayName,
        sheet: plan.sheet,
        formatId: record.format,
        extraFormats: formatsFor(db, record),
      });
      if (outcome?.status === 'duplicate') already.push(record.file_name);
      else if (outcome?.status === 'imported' && outcome.importId !== null) back.push({ record, outcome });
      else {
        const why = outcome?.message ?? `${record.file_name}: the archived original holds no statement.`;
        throw new WorkstationError('rejected_input', `${record.file_name} could not be brought back: ${why} Nothing was undone.`);
      }
    }
    removedLines = removeImports(db, [importId]);
  } catch (error) {
    if (back.length) removeImports(db, back.map(({ outcome }) => outcome.importId!));
    throw error;
  }
  const broughtBack: BroughtBackImport[] = back.map(({ record, outcome }) => ({
    fileName: record.file_name,
    importId: outcome.importId!,
    imported: outcome.imported,
    rejected: outcome.rejected,
    amounts: outcome.amounts,
    toCorrectAgain: restoreQuarantineNotes(db, outcome.importId!, record.quarantine),
  }));
  return { importId, removedLines, broughtBack, message: undoneMessage(fileName, removedLines, broughtBack, already) };
}
