import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { ImportCancelled, inspectStatementFile } from '../statement-file';
import type { ZipMemberInHand } from '../../../shared/contract/jobs';
import {
  FileRejection, NotAStatement, PART_SEPARATOR, partName, withinParent, type DocumentSink, type PartInHand, type SourceFile,
} from './statement-document';
import { ZipFormatError, type ZipEntry } from './zip-directory';
import { extractMember } from './zip-member';

/** outer.zip › a.zip › b.zip › results.csv is as deep as real exports go; deeper is a trap, not a statement. */
export const MAX_ARCHIVE_DEPTH = 3;
/** Statement exports hold a handful of files; tens of thousands is a backup, not a statement. */
export const MAX_ARCHIVE_MEMBERS = 10_000;

const isFolder = (entry: ZipEntry) => entry.name.endsWith('/');
const isMacMetadata = (entry: ZipEntry) => entry.name.startsWith('__MACOSX/');
const isHiddenFile = (entry: ZipEntry) => posix.basename(entry.name).startsWith('.');

/**
 * Each member's span of the zip's progress: the compressed bytes of the members before it, then
 * its own, spread over the zip's size. Members are counted in the order they are taken, not by
 * where their bytes lie, so the share only grows from one member to the next.
 */
function memberSpans(members: ZipEntry[], zipSize: number): { from: number; length: number }[] {
  const compressed = members.reduce((sum, entry) => sum + entry.compressedSize, 0);
  // Members of no bytes at all share the zip evenly instead.
  const weight = (entry: ZipEntry) => (compressed > 0 ? entry.compressedSize / compressed : 1 / members.length);
  let before = 0;
  return members.map((entry) => {
    const span = { from: before * zipSize, length: weight(entry) * zipSize };
    before += weight(entry);
    return span;
  });
}

/** A member named by its path inside the file the user picked, placed among its own zip's members. */
function memberInHand(source: SourceFile, entry: ZipEntry, index: number, count: number): ZipMemberInHand {
  const name = source.member ? `${source.member.name}${PART_SEPARATOR}${entry.name}` : entry.name;
  return { name, at: index + 1, of: count };
}

/**
 * Every member of a zip that is a statement (CSV, TSV, TXT, XLSX, or a zip of them, recognised by
 * its content, not its name) becomes its own import, named `outer.zip › inner.zip › results.csv`
 * and identified by its own SHA-256, so re-importing the zip finds every member already there.
 * Members are unpacked one at a time into a scratch folder and read there like any file, so none
 * is held in memory and the ordinary text, workbook and archive readers serve them unchanged.
 */
export async function importArchive(
  source: SourceFile,
  entries: ZipEntry[],
  sink: DocumentSink,
  readSource: (member: SourceFile, sink: DocumentSink) => Promise<void>,
): Promise<void> {
  if (source.depth >= MAX_ARCHIVE_DEPTH) {
    throw new NotAStatement(null, `archives nested more than ${MAX_ARCHIVE_DEPTH} deep are not opened`);
  }
  const files = entries.filter((e) => !isFolder(e));
  const members = files.filter((e) => !isMacMetadata(e) && !isHiddenFile(e));
  if (members.length > MAX_ARCHIVE_MEMBERS) {
    throw new FileRejection(null, `the archive lists ${members.length} files, more than the ${MAX_ARCHIVE_MEMBERS} this app opens in one archive`);
  }
  const metadata = files.length - members.length;
  const outcomesBefore = sink.outcomeCount;
  const passedOver: string[] = [];
  const spans = memberSpans(members, source.facts.byteLength);
  const scratch = await mkdtemp(join(tmpdir(), 'tunemantra-unzip-'));
  try {
    for (const [index, entry] of members.entries()) {
      if (sink.isCancelled()) throw new ImportCancelled();
      const name = partName(source.name, entry.name);
      const { from, length } = spans[index]!;
      const part: PartInHand = {
        scale: withinParent(source.scale, from, length, source.facts.byteLength),
        member: memberInHand(source, entry, index, members.length),
      };
      const checking = () => sink.checking(part);
      const target = join(scratch, `member-${index}`);
      try {
        // Refuses a member too large, too compressed, encrypted or damaged before or while unpacking it.
        await extractMember(source.path, entry, target, sink.isCancelled, checking);
      } catch (error) {
        if (!(error instanceof ZipFormatError)) throw error;
        sink.reject(name, null, error.message);
        continue;
      }
      const facts = await inspectStatementFile(target, checking, sink.isCancelled);
      const before = sink.outcomeCount;
      await readSource({ path: target, name, fileName: posix.basename(entry.name), facts, depth: source.depth + 1, ...part }, sink);
      if (sink.outcomeCount === before) passedOver.push(entry.name);
      await rm(target, { force: true });
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  if (metadata > 0) sink.skip(source.name, `${metadata} macOS or hidden system ${metadata === 1 ? 'file' : 'files'} (__MACOSX/, .DS_Store), not statements`);
  if (sink.outcomeCount === outcomesBefore) {
    const listed = passedOver.length ? `it holds ${passedOver.join(', ')}` : 'it holds no files';
    throw new NotAStatement(null, `the archive holds no statement this app recognises (${listed})`);
  }
}
