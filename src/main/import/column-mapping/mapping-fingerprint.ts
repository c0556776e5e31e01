import { createHash } from 'node:crypto';
import { normaliseHeaderName } from '../header-columns';

/** Joins fingerprint names: a control character no header name contains. */
const SEPARATOR = '\u001f';
const MAPPED_ID_PREFIX = 'mapping:';

/** A header name as formats compare it; NFC too, as a file saved on macOS may spell "é" decomposed. */
export function headerKey(name: string): string {
  return normaliseHeaderName(name.normalize('NFC'));
}

/** A header's distinct names, normalised and sorted, blank ones left out: the columns a mapping matches by. */
export function fingerprintNames(header: readonly string[]): string[] {
  const names = header.map(headerKey).filter((name) => name !== '');
  return [...new Set(names)].sort();
}

/**
 * What recognises a layout a mapping was made for: its header's names, normalised as every format
 * compares them, sorted and joined. Sorted, because distributors reorder columns between exports
 * and a mapping finds its columns by name; blank names (a trailing delimiter) do not count.
 */
export function mappingFingerprint(header: readonly string[]): string {
  return fingerprintNames(header).join(SEPARATOR);
}

/**
 * The format id of every mapping for one fingerprint, whatever its name or version: imports of
 * the same source must find each other for the overlap checks, and the id must stay short.
 */
export function mappedFormatId(fingerprint: string): string {
  return `${MAPPED_ID_PREFIX}${createHash('sha256').update(fingerprint).digest('hex').slice(0, 16)}`;
}

/** Whether a format id is a saved mapping's rather than a built-in layout's. */
export function isMappedFormatId(id: string): boolean {
  return id.startsWith(MAPPED_ID_PREFIX);
}
