import { PART_SEPARATOR } from './import-outcomes';

/** A statement's name cut where the eye should go: what it lies in, then its own name. */
export interface StatementNameParts {
  /** The file picked and the zips, folders or workbook the statement lies in, ending in " › " or "/"; empty for a file that is the statement. */
  within: string;
  /** A zip member's file name, a sheet's name, or the file's own. */
  own: string;
}

const ZIP_NAME = /\.zip$/i;

/**
 * "cargo.zip › 2026-03/spotify.csv" → within "cargo.zip › 2026-03/", own "spotify.csv". Twelve
 * statements of one zip differ only in their own names, which the zip's name before them pushed to
 * the end of a wrapped line. A zip member's folders are where it lies; a sheet's name may hold a
 * slash of its own, so only a part inside a zip loses its folders.
 */
export function statementNameParts(name: string): StatementNameParts {
  const at = name.lastIndexOf(PART_SEPARATOR);
  if (at < 0) return { within: '', own: name };
  const last = name.slice(at + PART_SEPARATOR.length);
  const folders = ZIP_NAME.test(name.slice(0, at)) ? last.lastIndexOf('/') + 1 : 0;
  return { within: name.slice(0, at + PART_SEPARATOR.length) + last.slice(0, folders), own: last.slice(folders) };
}
