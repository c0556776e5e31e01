import { WorkstationError } from '../../shared/contract/envelope';
import type { ImportStartRequest } from '../../shared/contract/imports';
import type { OverlapChoice } from './import-statement';
import type { OverlappingImport } from './statement-overlaps';

type StagedFileChoice = ImportStartRequest['files'][number];

/**
 * What the importer is told to do about overlaps for a staged file. Under Replace with earlier
 * imports ticked, each must be one its latest preview met (the imports its card named); the ones
 * left unticked are kept and every other overlap is replaced as plain Replace does. An id the
 * preview did not meet is refused with a sentence naming the file, before anything is imported.
 */
export function overlapChoiceFor(file: StagedFileChoice, fileName: string, previewed: readonly OverlappingImport[] | undefined): OverlapChoice {
  if (file.replace === undefined) return file.onOverlap;
  if (previewed === undefined) {
    throw new WorkstationError('rejected_input', `${fileName} has not been checked yet, so the earlier imports it would replace are not known; check it first.`);
  }
  const unknown = file.replace.filter((importId) => !previewed.some((overlap) => overlap.importId === importId));
  if (unknown.length > 0) {
    const met = previewed.length === 0 ? 'it overlaps no earlier import' : `it overlaps only ${previewed.map((o) => `${o.fileName} (import ${o.importId})`).join(', ')}`;
    const ids = unknown.map((importId) => `import ${importId}`).join(', ');
    throw new WorkstationError('rejected_input', `${fileName} cannot replace ${ids}: ${met}. Nothing was imported; check the file again and choose once more.`);
  }
  return { keep: previewed.map((overlap) => overlap.importId).filter((importId) => !file.replace!.includes(importId)) };
}
