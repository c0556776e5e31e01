import { existsSync } from 'node:fs';
import { PART_SEPARATOR } from '../containers/statement-document';
import type { ReplacedRecord } from './replaced-records';

/**
 * How a replaced import is imported again from its archived original: the file itself, as the
 * name it went by and the sheet it was; or, for a statement that came out of a zip, that member
 * alone, found by its place in the archived zip.
 */
export type BringBackPlan =
  | { from: 'file'; path: string; displayName: string; sheet: string | undefined; cannot: null }
  | { from: 'zip'; path: string; zipName: string; place: string[]; cannot: null }
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
 * Sheets choice does, and a statement that came out of a zip is taken out of it alone (importing
 * the whole zip would bring back its other statements too, undone or not). Its import's name
 * (`outer.zip › inner.zip › results.csv`) says where it is in the zip; whether it is still found
 * there is known only once the zip is opened, when it is brought back.
 */
export function bringBackPlan(record: Pick<ReplacedRecord, 'file_name' | 'archive_path' | 'layout'>): BringBackPlan {
  const { file_name: fileName, archive_path: path } = record;
  if (path === null) return { cannot: `${fileName} was imported without keeping its original, so it cannot be imported again from here.` };
  if (!existsSync(path)) {
    return { cannot: `The archived original of ${fileName} is missing (${path}), so it cannot be brought back; import the file again if you still have it.` };
  }
  const parts = fileName.split(PART_SEPARATOR);
  if (parts.length === 1) return { from: 'file', path, displayName: fileName, sheet: undefined, cannot: null };
  if (parts.length === 2 && keptKind(record.layout) === 'sheet') return { from: 'file', path, displayName: parts[0]!, sheet: parts[1]!, cannot: null };
  return { from: 'zip', path, zipName: parts[0]!, place: parts.slice(1), cannot: null };
}
