import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { sniffEncoding } from './text-encoding';

/** The zip end-of-central-directory record: written last, so a zip without it is not all there. */
const ZIP_END = 0x06054b50;
const ZIP_END_SIZE = 22;
/** The record may be followed by a comment this long at most. */
const ZIP_MAX_COMMENT = 0xffff;
/** As much of a text's start as sniffEncoding looks at. */
const ENCODING_SAMPLE = 4096;

const isLineBreak = (byte: number | undefined) => byte === 0x0a || byte === 0x0d;

function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  const read = readSync(fd, bytes, 0, length, position);
  return bytes.subarray(0, read);
}

/** Scanned from the end, as readers find it; a record whose comment runs past the end was cut in it. */
function zipEndMissing(fd: number, size: number): string | null {
  const tailLength = Math.min(size, ZIP_END_SIZE + ZIP_MAX_COMMENT);
  const tail = readAt(fd, size - tailLength, tailLength);
  for (let at = tail.length - ZIP_END_SIZE; at >= 0; at--) {
    if (tail.readUInt32LE(at) === ZIP_END && at + ZIP_END_SIZE + tail.readUInt16LE(at + 20) <= tail.length) return null;
  }
  return 'it has no zip end record yet';
}

/**
 * Statements end with a line break as a rule, so one ending mid-line may be cut. A UTF-16 line
 * break is two bytes (0A 00 in little-endian, 00 0A in big-endian), whose last byte alone says
 * nothing; Shift_JIS and Windows-1252 never use CR or LF inside a character, so their last byte
 * is read as UTF-8's is.
 */
function textEndsMidLine(fd: number, size: number): string | null {
  const { encoding } = sniffEncoding(readAt(fd, 0, Math.min(size, ENCODING_SAMPLE)));
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    if (size % 2 !== 0) return 'it ends in the middle of a UTF-16 character';
    const [first, second] = readAt(fd, size - 2, 2);
    const ended = encoding === 'utf-16le' ? isLineBreak(first) && second === 0 : first === 0 && isLineBreak(second);
    return ended ? null : 'it does not end with a line break yet';
  }
  return isLineBreak(readAt(fd, size - 1, 1)[0]) ? null : 'it does not end with a line break yet';
}

/**
 * Why a file that has stopped growing may still be arriving (a copy that stalls, a sync client
 * between chunks), judged by its last bytes alone; null when its end looks whole. An empty file
 * has not started arriving, and one that cannot be opened (held by the program copying it) is
 * not judged whole either. A gzip file's end is a checksum and a length, indistinguishable from
 * compressed data without unpacking all of it, so it is not judged: cut short, its import refuses
 * it whole ("damaged or cut short"), counting none of it. The reason is the user's to read: the
 * drop-folder panel gives it in brackets ("Waiting for march.csv to finish copying (…)").
 */
export function statementStillArriving(path: string): string | null {
  const zip = /\.(zip|xlsx)$/i.test(path);
  if (!zip && /\.gz$/i.test(path)) return null;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return 'it cannot be opened yet';
  }
  try {
    const { size } = fstatSync(fd);
    if (size === 0) return 'it is still empty';
    return zip ? zipEndMissing(fd, size) : textEndsMidLine(fd, size);
  } catch {
    return 'it cannot be read yet';
  } finally {
    closeSync(fd);
  }
}
