import { importArchive } from './archive-documents';
import { importGzip, isGzip } from './gzip-documents';
import { FileRejection, NotAStatement, type DocumentSink, type SourceFile } from './statement-document';
import { importTextFile } from './text-documents';
import { importWorkbook } from './workbook-documents';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';
import { verifyMember } from './zip-member';

/** `PK\3\4` opens a zip with members, `PK\5\6` an empty one; .xlsx files are zips too. */
export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

export const isWorkbook = (entries: ZipEntry[]) => entries.some((e) => e.name === 'xl/workbook.xml');
const isOpenDocument = (entries: ZipEntry[]) => entries.some((e) => e.name === 'mimetype') && entries.some((e) => e.name === 'content.xml');

/**
 * exceljs unpacks the workbook itself, and hangs rather than fails on a part whose compressed data
 * is damaged; it also trusts the sizes a part declares. So every part is first unpacked here,
 * into nothing, under the archive members' limits and checksum: a workbook is a zip, and a zip
 * can be damaged or a bomb. This costs one inflate of the file, a fraction of parsing its XML.
 */
async function verifyWorkbook(source: SourceFile, entries: ZipEntry[], sink: DocumentSink): Promise<void> {
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    try {
      await verifyMember(source.path, entry, sink.isCancelled, () => sink.checking(source));
    } catch (error) {
      if (!(error instanceof ZipFormatError)) throw error;
      throw new FileRejection(null, `the workbook's part ${entry.name} cannot be read: ${error.message}`);
    }
  }
}

async function readSource(source: SourceFile, sink: DocumentSink): Promise<void> {
  // What the gzip holds is read by this same function, so its refusals are the gzip's own.
  if (isGzip(source.facts.head)) return importGzip(source, sink, readSource);
  if (!isZip(source.facts.head)) return importTextFile(source, sink);
  let entries: ZipEntry[];
  try {
    entries = await readZipDirectory(source.path);
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    throw new FileRejection(null, `this zip archive (or .xlsx workbook) cannot be read: ${error.message}`);
  }
  if (isWorkbook(entries)) {
    await verifyWorkbook(source, entries, sink);
    return importWorkbook(source, sink);
  }
  if (isOpenDocument(entries)) {
    throw new NotAStatement(null, 'this is an OpenDocument file (.ods); save it as .xlsx or CSV and import that');
  }
  return importArchive(source, entries, sink, importSource);
}

/**
 * Reads one file for statement documents: delimited text, a DDEX DSR flat file, an .xlsx
 * workbook, a gzip-compressed file or a zip of any of these (recognised by content, not by
 * name). A file that is no statement is refused when it was given on its own and passed over,
 * with its reason, when it came out of an archive.
 */
export async function importSource(source: SourceFile, sink: DocumentSink): Promise<void> {
  try {
    await readSource(source, sink);
  } catch (error) {
    if (error instanceof NotAStatement && source.depth > 0) return sink.skip(source.name, error.message);
    if (error instanceof NotAStatement) return sink.reject(source.name, error.line, error.message, error.closestLayout);
    if (error instanceof FileRejection) return sink.reject(source.name, error.line, error.message);
    throw error;
  }
}
