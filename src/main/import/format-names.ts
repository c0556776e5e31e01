import { DDEX_DSR_FORMAT } from './ddex';
import { STATEMENT_FORMATS } from './formats';

/**
 * The name a stored format id (import_batch.format) is shown by. DSR files are read by their own
 * reader, outside the list of one-header layouts, so their id is not in that list.
 */
export function formatName(id: string): string {
  if (id === DDEX_DSR_FORMAT.id) return DDEX_DSR_FORMAT.name;
  return STATEMENT_FORMATS.find((f) => f.id === id)?.name ?? id;
}
