import type Database from 'better-sqlite3';
import { WorkstationError } from '../../../shared/contract/envelope';
import { savedMappingFormats } from '../column-mapping/saved-mappings';
import { MemberNotFound, unpackArchivedMember } from '../containers/archived-member';
import { sheetIdentity } from '../containers/workbook-documents';
import type { StatementFormat } from '../formats/statement-format';
import type { ImportOutcome } from '../import-outcome';
import { importStatement, type ImportOptions } from '../import-statement';
import { readKeptLayout } from '../quarantine-correction/kept-layout';
import { removeImports } from '../remove-imports';
import type { BringBackPlan } from './bring-back-plan';
import type { KeptImport } from './replaced-records';

type Plan = Exclude<BringBackPlan, { cannot: string }>;

/**
 * The layouts the original is read with: the one it was read with when it kept it (a saved column
 * mapping as it was then, even if changed or deleted since), else the saved mappings as they are.
 */
function formatsFor(db: Database.Database, record: KeptImport): readonly StatementFormat[] {
  const kept = record.layout === null ? null : readKeptLayout(record.layout);
  if (kept && record.format.startsWith('mapping:')) return [kept.format];
  return savedMappingFormats(db);
}

/** Lenient, replacing nothing, as the layout it was read as. */
function options(db: Database.Database, record: KeptImport, archiveDir: string | null): ImportOptions {
  return {
    mode: 'lenient',
    archiveDir,
    isCancelled: () => false,
    onProgress: () => undefined,
    onOverlap: 'keepBoth',
    formatId: record.format,
    extraFormats: formatsFor(db, record),
  };
}

/**
 * A statement of a zip is unpacked alone and imported under its own name, as it was read inside the
 * zip (formats read the file's name), then given back its name in the zip and the zip as its
 * archived original, as its first import had them; no copy of the member is archived. What the
 * zip holds there must be the very statement: anything else is taken out again and refused.
 */
async function importMemberAgain(db: Database.Database, record: KeptImport, plan: Extract<Plan, { from: 'zip' }>): Promise<ImportOutcome | undefined> {
  let member;
  try {
    member = await unpackArchivedMember(plan.path, plan.zipName, plan.place);
  } catch (error) {
    if (!(error instanceof MemberNotFound)) throw error;
    throw new WorkstationError('rejected_input', `${record.file_name} cannot be taken out of its archived zip (${plan.path}): ${error.message}. Nothing was undone.`);
  }
  try {
    const [outcome] = await importStatement(db, member.path, { ...options(db, record, null), displayName: member.fileName, sheet: member.sheet });
    if (outcome?.status !== 'imported' || outcome.importId === null) return outcome;
    const sha256 = db.prepare<[number], string>('SELECT file_sha256 FROM import_batch WHERE id = ?').pluck().get(outcome.importId);
    if (sha256 !== record.file_sha256) {
      removeImports(db, [outcome.importId]);
      throw new WorkstationError('rejected_input', `${record.file_name}: the archived zip holds another statement at that place than the one imported then. Nothing was undone.`);
    }
    db.prepare('UPDATE import_batch SET file_name = ?, archive_path = ? WHERE id = ?').run(record.file_name, plan.path, outcome.importId);
    return outcome;
  } finally {
    await member.discard();
  }
}

/**
 * The archived original must hold the bytes the statement was imported from: its SHA-256 is the
 * import's own (a sheet's is derived from its workbook's). Checked on the bytes the importer reads,
 * before it writes anything, so that an original changed on disk is never brought back as if it
 * were the statement replaced.
 */
function archivedAsKept(record: KeptImport, plan: Extract<Plan, { from: 'file' }>): NonNullable<ImportOptions['expectedFile']> {
  return {
    matches: (sha256) => (plan.sheet === undefined ? sha256 : sheetIdentity(sha256, plan.sheet)) === record.file_sha256,
    changed: `its archived original (${plan.path}) was changed or damaged since it was kept, so it is not the statement that was replaced.`,
  };
}

/** Imports a replaced import's statement again from its archived original, as its plan says; the importer's outcome. */
export async function importAgain(db: Database.Database, record: KeptImport, plan: Plan, archiveDir: string | null): Promise<ImportOutcome | undefined> {
  if (plan.from === 'zip') return importMemberAgain(db, record, plan);
  const [outcome] = await importStatement(db, plan.path, {
    ...options(db, record, archiveDir), displayName: plan.displayName, sheet: plan.sheet, expectedFile: archivedAsKept(record, plan),
  });
  return outcome;
}
