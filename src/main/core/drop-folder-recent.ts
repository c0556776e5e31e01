import { z } from 'zod';
import { DropFolderTake } from '../../shared/contract/imports';

/** The last files the watched folder took, so the panel still says what it did after a restart. */
export const DROP_FOLDER_RECENT_SETTING = 'drop_folder_recent';

export const RECENT_SHOWN = 10;

/**
 * One list, of the folder it was taken from: the panel lists it under the folder it names, so it
 * is shown only while that folder is the one set, and a take from another folder starts a new
 * list. Only one folder is watched at a time, and every take is in the import history anyway.
 */
export interface RecentTakes {
  folder: string;
  /** Newest first, at most RECENT_SHOWN. */
  takes: DropFolderTake[];
}

const RememberedTakes = z.object({ folder: z.string(), takes: z.array(z.unknown()) });

/**
 * The list as an earlier run kept it. Text that does not read (garbled, or written by another
 * version) is an empty list, and a take that does not read is left out: the list only tells.
 */
export function readRecent(text: string | null): RecentTakes | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const remembered = RememberedTakes.safeParse(value);
  if (!remembered.success) return null;
  const takes = remembered.data.takes.flatMap((take) => {
    const read = DropFolderTake.safeParse(take);
    return read.success ? [read.data] : [];
  });
  return { folder: remembered.data.folder, takes: takes.slice(0, RECENT_SHOWN) };
}
