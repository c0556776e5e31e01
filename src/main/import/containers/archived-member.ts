import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { PART_SEPARATOR } from './statement-document';
import { isWorkbook, isZip } from './statement-sources';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';
import { extractMember } from './zip-member';

/** One statement of an archived zip, unpacked on its own into a scratch folder until `discard`. */
export interface UnpackedMember {
  path: string;
  /** The member's own name, without folders, as formats saw it when the zip was imported. */
  fileName: string;
  /** The sheet, when the statement was a sheet of a workbook inside the zip. */
  sheet: string | undefined;
  discard(): Promise<void>;
}

/** The statement is not where its name says inside the archived zip; the message says where it looked. */
export class MemberNotFound extends Error {}

async function head(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const bytes = new Uint8Array(4);
    await file.read(bytes, 0, 4, 0);
    return bytes;
  } finally {
    await file.close();
  }
}

const entriesOf = async (path: string): Promise<ZipEntry[] | null> => (isZip(await head(path)) ? readZipDirectory(path) : null);

/**
 * The member that begins `place`: a member's name may itself hold the separator, so the longest
 * run of parts naming a file of the zip is taken, and the rest is where to look inside it.
 */
function memberAt(entries: ZipEntry[], place: string[]): { entry: ZipEntry; rest: string[] } | null {
  for (let k = place.length; k >= 1; k--) {
    const entry = entries.find((e) => e.name === place.slice(0, k).join(PART_SEPARATOR) && !e.name.endsWith('/'));
    if (entry) return { entry, rest: place.slice(k) };
  }
  return null;
}

/**
 * Takes one statement out of an archived zip again, by its place as its import was named
 * (`outer.zip › inner.zip › results.csv`: `place` is the parts after the zip's own name), so that
 * statement alone can be imported again: a zip inside is opened in turn, and a last part inside a
 * workbook is its sheet. Members are unpacked under the same limits and checksums as on import.
 * `zipName` is the name the zip itself went by.
 */
export async function unpackArchivedMember(zipPath: string, zipName: string, place: string[]): Promise<UnpackedMember> {
  const scratch = await mkdtemp(join(tmpdir(), 'tunemantra-member-'));
  const discard = () => rm(scratch, { recursive: true, force: true });
  try {
    let container = zipPath;
    let containerName = zipName;
    let rest = place;
    for (let depth = 0; ; depth++) {
      const entries = await entriesOf(container);
      if (entries === null) throw new MemberNotFound(`${containerName} is no zip, so it holds no ${rest.join(PART_SEPARATOR)}`);
      if (isWorkbook(entries) && rest.length === 1) return { path: container, fileName: containerName, sheet: rest[0], discard };
      const found = memberAt(entries, rest);
      if (!found) throw new MemberNotFound(`the archived zip holds no file named ${rest.join(PART_SEPARATOR)}`);
      const target = join(scratch, `${depth}-${posix.basename(found.entry.name)}`);
      await extractMember(container, found.entry, target, () => false, () => undefined);
      if (found.rest.length === 0) return { path: target, fileName: posix.basename(found.entry.name), sheet: undefined, discard };
      container = target;
      containerName = posix.basename(found.entry.name);
      rest = found.rest;
    }
  } catch (error) {
    await discard();
    if (error instanceof ZipFormatError) throw new MemberNotFound(error.message);
    throw error;
  }
}
