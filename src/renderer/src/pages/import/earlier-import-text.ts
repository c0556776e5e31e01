import type { ImportBatchSummary } from '../../../../shared/contract/imports';
import { dateTimeLabel } from '../../format/calendar-text';
import { currencyTotals, linesText } from '../../format/figures-text';

/**
 * When and as what a file picked again was imported, in place of the figures of a dry run that
 * read nothing: "Imported on 5 Apr 2024, 10:00 as DistroKid · 13-column: 5 lines, $12.74." The
 * earlier import's name is said when it differs, since the same content may come under another.
 */
export function earlierImportText(batch: ImportBatchSummary, fileName: string): string {
  const layout = [batch.format, batch.variant].filter(Boolean).join(' · ');
  const named = batch.fileName === fileName ? '' : ` under the name ${batch.fileName}`;
  const earned = currencyTotals(batch.amounts).map((total) => total.text);
  return `Imported on ${dateTimeLabel(batch.importedAt)} as ${layout}${named}: ${[linesText(batch.imported), ...earned].join(', ')}.`;
}

/** For a duplicate whose earlier import is no longer in the history. */
export const EARLIER_IMPORT_UNDONE = 'The import that held this content is gone since (undone or replaced). Check the file again to import it.';
