import { existsSync } from 'node:fs';
import type { ImportBatchSummary } from '../../../shared/contract/imports';

/** Why this version would store a statement otherwise, by the rule an older version read it by (`import_batch.read_again_for`). */
const WHY: Record<string, string> = {
  'apple-fiscal-months':
    "Imported before Apple's fiscal months counted as the month they are named for: part of its money sits in the month before " +
    "(by sale date) or the month after (by reporting date), converted at that month's rate.",
};

/** Why an import cannot be read again from its archived original; null when it can. */
export function readAgainCannot(fileName: string, archivePath: string | null): string | null {
  if (archivePath === null) return `${fileName} was imported without keeping its original, so it cannot be read again from here: undo it and import the file again.`;
  if (!existsSync(archivePath)) return `The archived original of ${fileName} is missing (${archivePath}): undo it and import the file again if you still have it.`;
  return null;
}

/** What the history offers for an import an older version read otherwise: why to read it again, and whether it can be. */
export function readAgainOf(row: { file_name: string; read_again_for: string | null; archive_path: string | null }): ImportBatchSummary['readAgain'] {
  if (row.read_again_for === null) return null;
  return {
    why: WHY[row.read_again_for] ?? 'Imported by an older version, which read its statement otherwise than this one does.',
    cannot: readAgainCannot(row.file_name, row.archive_path),
  };
}
