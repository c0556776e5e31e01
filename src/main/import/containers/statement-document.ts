import type { ClosestLayout } from '../../../shared/contract/imports';
import type { ZipMemberInHand } from '../../../shared/contract/jobs';
import type { DdexStatement, openDdexStatement } from '../ddex';
import type { DelimitedRecord } from '../delimited-parser';
import type { StatementFormat } from '../formats/statement-format';
import type { StatementFileFacts } from '../statement-file';
import type { DetectedStatement } from '../statement-sniffer';

/**
 * A statement document: the unit that becomes one import batch (with its own undo, duplicate
 * check and provenance). A CSV file is one; so is each statement sheet of a workbook and each
 * statement member of a zip, however deep.
 */

/** How a document is named: `file` starts from the path given, `shown` from the name the user knows. */
export interface DocumentName {
  file: string;
  shown: string;
}

/** Joins a file and the parts inside it: `outer.zip › inner.zip › results.csv`, `royalties.xlsx › Sheet1`. */
export const PART_SEPARATOR = ' › ';

export function partName(parent: DocumentName, part: string): DocumentName {
  return { file: `${parent.file}${PART_SEPARATOR}${part}`, shown: `${parent.shown}${PART_SEPARATOR}${part}` };
}

/** The file or its line cannot be imported; `line` is null when the problem is the whole file. */
export class FileRejection extends Error {
  constructor(
    readonly line: number | null,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * The file is no statement at all (empty, binary, an unknown layout). Given on its own it is
 * refused; found inside an archive or a workbook it is passed over and listed, as lookup tables,
 * READMEs and summary tabs are. `closestLayout` is the known layout an unknown header comes close to.
 */
export class NotAStatement extends FileRejection {
  constructor(
    line: number | null,
    reason: string,
    readonly closestLayout?: ClosestLayout,
  ) {
    super(line, reason);
  }
}

/** Maps a part's own progress (bytes of a member, of a workbook) onto the file the user chose. */
export type ProgressScale = (done: number, total: number) => { bytesDone: number; bytesTotal: number };

export const wholeFile: ProgressScale = (done, total) => ({ bytesDone: done, bytesTotal: total });

/** A part that spans [from, from + length) of its parent's progress, whose whole is parentTotal. */
export function withinParent(parent: ProgressScale, from: number, length: number, parentTotal: number): ProgressScale {
  return (done, total) => parent(from + (total > 0 ? Math.min(1, done / total) : 1) * length, parentTotal);
}

/** A file on disk to be read for statements: the user's own, or a member unpacked from an archive. */
export interface SourceFile {
  path: string;
  name: DocumentName;
  /** The file's own name, without folders, as formats see it (FormatContext.fileName). */
  fileName: string;
  facts: StatementFileFacts;
  /** 0 for the file given, 1 for a member of it, 2 for a member of a member… */
  depth: number;
  scale: ProgressScale;
  /** The member of a zip this is, or came out of (a gzip, a workbook's sheets); none for the file given. */
  member?: ZipMemberInHand;
}

/** Where a part of the file given stands: its share of the file's progress, and the zip member it is or is in. */
export type PartInHand = Pick<SourceFile, 'scale' | 'member'>;

export interface RecordBatch {
  records: DelimitedRecord[];
  /** How far through the document's source the batch ends, for progress. */
  bytesDone: number;
  bytesTotal: number;
}

interface DocumentFacts {
  name: DocumentName;
  /** Its identity for duplicate checks: the content's SHA-256 (a sheet's is derived from its workbook's). */
  sha256: string;
  byteLength: number;
  encoding: string;
  scale: ProgressScale;
  member?: ZipMemberInHand;
}

/** A document with one header row: delimited text, or a sheet. */
export interface DelimitedDocument extends DocumentFacts {
  /** Delimited text can be cut short; a sheet row simply ends at its last filled cell. */
  kind: 'text' | 'sheet';
  detected: DetectedStatement;
  /** The document's rows from the first, header included, in batches. */
  records(): AsyncIterable<RecordBatch>;
  /** The text file on disk the rows are read from (none for a sheet): it can be read on another thread. */
  textFile?: { path: string; facts: StatementFileFacts };
}

/** How a DSR file reports reading progress while it is opened and read. */
export type DdexProgress = Parameters<typeof openDdexStatement>[3];

/**
 * A DDEX DSR flat file: one record type per line, so no single header. It is opened (HEAD and
 * the summary records read) before the import's transaction begins, then read inside it; a file
 * that is no readable DSR is refused with a FileRejection naming the line.
 */
export interface DdexDocument extends DocumentFacts {
  kind: 'ddex';
  open(progress: DdexProgress): Promise<DdexStatement>;
}

export type StatementDocument = DelimitedDocument | DdexDocument;

/** Where the readers of files, workbooks and archives hand what they find. */
export interface DocumentSink {
  readonly keepPersonalData: boolean;
  /** Import only the sheet of this name from a workbook; every statement sheet when null. */
  readonly sheet: string | null;
  /** Layouts detection tries after the built-in ones: the user's saved column mappings. */
  readonly extraFormats?: readonly StatementFormat[];
  /** The one layout to read documents as, chosen by the user when several fit; detection decides when unset. */
  readonly formatId?: string;
  readonly isCancelled: () => boolean;
  /**
   * Progress while a part is unpacked and checked, before its lines are read. Its share stays
   * where the part starts: each such pass goes over the part again, and only reading moves on.
   */
  checking(part: PartInHand): void;
  /** Records a duplicate outcome and returns true when a document of this identity was imported before. */
  duplicate(name: DocumentName, sha256: string): boolean;
  importDocument(document: StatementDocument): Promise<void>;
  /** Records a refusal; `closestLayout` when the document is an unknown layout close to a known one. */
  reject(name: DocumentName, line: number | null, reason: string, closestLayout?: ClosestLayout): void;
  /** Notes a part passed over as no statement, for the outcome's warnings. */
  skip(name: DocumentName, reason: string): void;
  /** Outcomes recorded so far (imported, duplicate, rejected…), skips not counted. */
  readonly outcomeCount: number;
}
