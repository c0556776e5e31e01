import { open, type FileHandle } from 'node:fs/promises';

/** One member as the archive's central directory describes it. */
export interface ZipEntry {
  /** Path inside the archive, `/`-separated; a trailing `/` marks a folder. */
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the member is read. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  /** Uncompressed size as declared; the reader holds the member to it. */
  size: number;
  localHeaderOffset: number;
}

/** The archive itself cannot be read: cut short, damaged, split, or not a zip at all. */
export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** A directory larger than this lists far more members than any statement export has. */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;
const UTF8_NAMES = 0x800;

const DAMAGED = 'its table of contents is missing or damaged (is the file cut short?)';

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new ZipFormatError(DAMAGED);
  return buffer;
}

/**
 * Member names are UTF-8 when the archive says so, and in practice also when it does not (macOS
 * and most tools write UTF-8 without the flag); the rest are old DOS code pages, read as
 * Windows-1252, which agrees with them on every ASCII name. Some Windows tools separate folders
 * with a backslash, against the format; it is read as `/`.
 */
function decodeName(bytes: Buffer, flags: number): string {
  let name: string;
  if (flags & UTF8_NAMES) name = bytes.toString('utf8');
  else {
    try {
      name = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      name = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  return name.replace(/\\/g, '/');
}

interface DirectoryBounds {
  entries: number;
  offset: number;
  size: number;
}

/** The end-of-directory record sits in the last 64 KiB + 22 bytes (it may be followed by a comment). */
async function directoryBounds(file: FileHandle, fileSize: number): Promise<DirectoryBounds> {
  if (fileSize < EOCD_SIZE) throw new ZipFormatError(DAMAGED);
  const tailLength = Math.min(fileSize, EOCD_SIZE + MAX_COMMENT);
  const tailStart = fileSize - tailLength;
  const tail = await readAt(file, tailStart, tailLength);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipFormatError(DAMAGED);
  if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0) {
    throw new ZipFormatError('it is one part of an archive split across several files; join the parts first');
  }
  let entries = tail.readUInt16LE(at + 10);
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  // Archives over 4 GiB or 65,535 members keep the real figures in a ZIP64 record just before.
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locatorAt = tailStart + at - 20;
    if (locatorAt < 0) throw new ZipFormatError(DAMAGED);
    const locator = await readAt(file, locatorAt, 20);
    if (locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw new ZipFormatError(DAMAGED);
    const record = await readAt(file, Number(locator.readBigUInt64LE(8)), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipFormatError(DAMAGED);
    entries = Number(record.readBigUInt64LE(32));
    size = Number(record.readBigUInt64LE(40));
    offset = Number(record.readBigUInt64LE(48));
  }
  if (offset + size > fileSize || size > MAX_DIRECTORY_BYTES) throw new ZipFormatError(DAMAGED);
  return { entries, offset, size };
}

/** Sizes and offsets too large for 32 bits are in the ZIP64 extra field, in this fixed order. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  let pos = 0;
  while (pos + 4 <= extra.length) {
    const id = extra.readUInt16LE(pos);
    const length = extra.readUInt16LE(pos + 2);
    if (id === 0x0001) {
      let field = pos + 4;
      const next = (): number => {
        if (field + 8 > pos + 4 + length) throw new ZipFormatError(DAMAGED);
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    pos += 4 + length;
  }
}

/**
 * Reads a zip's central directory: the authoritative list of members with their sizes, so every
 * member can be judged (and refused) before a byte of it is inflated, and read on its own.
 */
export async function readZipDirectory(path: string): Promise<ZipEntry[]> {
  const file = await open(path, 'r');
  try {
    const { size: fileSize } = await file.stat();
    const bounds = await directoryBounds(file, fileSize);
    const directory = await readAt(file, bounds.offset, bounds.size);
    const entries: ZipEntry[] = [];
    let pos = 0;
    for (let i = 0; i < bounds.entries; i++) {
      if (pos + 46 > directory.length || directory.readUInt32LE(pos) !== CENTRAL) throw new ZipFormatError(DAMAGED);
      const flags = directory.readUInt16LE(pos + 8);
      const nameLength = directory.readUInt16LE(pos + 28);
      const extraLength = directory.readUInt16LE(pos + 30);
      const commentLength = directory.readUInt16LE(pos + 32);
      const end = pos + 46 + nameLength + extraLength + commentLength;
      if (end > directory.length) throw new ZipFormatError(DAMAGED);
      const entry: ZipEntry = {
        name: decodeName(directory.subarray(pos + 46, pos + 46 + nameLength), flags),
        method: directory.readUInt16LE(pos + 10),
        flags,
        crc32: directory.readUInt32LE(pos + 16),
        compressedSize: directory.readUInt32LE(pos + 20),
        size: directory.readUInt32LE(pos + 24),
        localHeaderOffset: directory.readUInt32LE(pos + 42),
      };
      applyZip64(entry, directory.subarray(pos + 46 + nameLength, pos + 46 + nameLength + extraLength));
      if (entry.localHeaderOffset + entry.compressedSize > fileSize) throw new ZipFormatError(DAMAGED);
      entries.push(entry);
      pos = end;
    }
    return entries;
  } finally {
    await file.close();
  }
}

/** Where a member's compressed bytes start: after its local header, whose own name and extra lengths count. */
export async function memberDataOffset(path: string, entry: ZipEntry): Promise<number> {
  const file = await open(path, 'r');
  try {
    const header = await readAt(file, entry.localHeaderOffset, 30);
    if (header.readUInt32LE(0) !== 0x04034b50) throw new ZipFormatError(`the entry for ${entry.name} is damaged`);
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await file.close();
  }
}
