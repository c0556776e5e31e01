import { existsSync } from 'node:fs';
import { PART_SEPARATOR } from '../containers/statement-document';
import type { ReplacedRecord } from './replaced-records';

/** How a replaced import is imported again: the archived original, the name it went by, the sheet it was. */
export type BringBackPlan =
  | { path: string; displayName: string; sheet: string | undefined; cannot: null }
  | { cannot: string };

function keptKind(layout: string | null): string | null {
  if (layout === null) return null;
  try {
    return (JSON.parse(layout) as { kind?: string }).kind ?? null;
  } catch {
    return null;
  }
}

/**
 * Only the statement itself is imported again: a sheet of a workbook is picked alone, as the
 * Sheets choice does, but a statement that came out of a zip cannot be, and importing the whole
 * zip would bring back its other statements too, undone or not.
 */
export function bringBackPlan(record: Pick<ReplacedRecord, 'file_name' | 'archive_path' | 'layout'>): BringBackPlan {
  const { file_name: fileName, archive_path: path } = record;
  if (path === null) return { cannot: `${fileName} was imported without keeping its original, so it cannot be imported again from here.` };
  if (!existsSync(path)) {
    return { cannot: `The archived original of ${fileName} is missing (${path}), so it cannot be brought back; import the file again if you still have it.` };
  }
  const parts = fileName.split(PART_SEPARATOR);
  if (parts.length === 1) return { path, displayName: fileName, sheet: undefined, cannot: null };
  if (parts.length === 2 && keptKind(record.layout) === 'sheet') return { path, displayName: parts[0]!, sheet: parts[1]!, cannot: null };
  return { cannot: `${fileName} came out of ${parts[0]}, which may hold other statements: import ${parts[0]} again to bring it back.` };
}
