import type { ImportPreview } from '../../../../../shared/contract/imports';

/**
 * A file refused only because no format knows its header (a CSV, or a workbook none of whose
 * sheets has a known header): the wizard can teach the app its layout. Archives, binary and
 * empty files are refused for other reasons the wizard cannot mend.
 */
export function needsColumnMapping(preview: ImportPreview | null): boolean {
  return preview !== null && preview.status === 'rejected' && preview.format === null && /statement layout this app recognises/.test(preview.message);
}
