import type { ClosestLayout, HeaderMatch, ReportPartWaiting } from '../../shared/contract/imports';
import type { ImportPhase, ZipMemberInHand } from '../../shared/contract/jobs';
import type { ReportFile } from './ddex';
import type { Reconciliation } from './reconciliation';
import type { FormatAlternative } from './statement-sniffer';
import type { OverlappingImport, StatementPeriods } from './statement-overlaps';

export type ImportStatus = 'imported' | 'duplicate' | 'rejected' | 'failed' | 'cancelled' | 'skipped';

export interface LineProblem {
  /** null when the problem is with the file as a whole. */
  line: number | null;
  reason: string;
}

/** What happened to one statement file (or, for a dry run, what would): the CLI prints it, the UI shows it. */
export interface ImportOutcome {
  file: string;
  format: string | null;
  variant: string | null;
  /** How the header matched `format`: its fingerprint columns found, or a saved mapping's exact column set. */
  headerMatch?: HeaderMatch;
  /** For a file no layout recognises: the known layout its header comes close to (half its fingerprint or more). */
  closestLayout?: ClosestLayout;
  /** Other layouts that fit the file as well as `format`: the user may choose one (ImportOptions.formatId). */
  alternatives: FormatAlternative[];
  encoding: string | null;
  status: ImportStatus;
  /** Statement lines read (header, blank and totals lines excluded). */
  lines: number;
  imported: number;
  rejected: number;
  /** Rows deliberately not imported: totals and trailer rows, headings, payouts (blank lines aside). */
  skipped: number;
  /** Sum of the imported lines' quantities. */
  quantity: number;
  /** Sum of the imported lines' earned amounts per original currency, exact decimals. */
  amounts: Record<string, string>;
  importId: number | null;
  problems: LineProblem[];
  unknownColumns: string[];
  /** YYYY-MM-DD bounds of the sale and reporting periods the lines cover. */
  saleFrom: string | null;
  saleTo: string | null;
  reportingFrom: string | null;
  reportingTo: string | null;
  /** Earlier imports from the same source over the same period. */
  overlaps: OverlappingImport[];
  /**
   * What the overlap rule reads of the statement, so the Import page can hold files picked
   * together to it before any of them is stored. Absent for a DDEX report, which overlaps none
   * (see importStatement), and for a statement not read through.
   */
  periods?: StatementPeriods;
  /**
   * The statement's content as duplicates are told, a DDEX report file's too: the same statement
   * picked twice is imported once. Absent for a statement not read through.
   */
  sha256?: string;
  /** The SHA-256 of the file given, as a whole (a zip, a workbook), as it was read: a later import can tell whether it changed. */
  fileSha256?: string;
  warnings: string[];
  /** A DDEX report file whose report waits for files not imported yet, as its warning says. */
  reportPart?: ReportPartWaiting;
  /**
   * Which file of which multi-file DDEX report this is, so that a run importing several files of
   * one report can tell an earlier file's `reportPart` that the later ones came (report-files-of-run.ts).
   */
  reportFile?: ReportFile;
  /**
   * The totals the file states about itself (totals rows, Apple's trailer, DDEX FOOT counts)
   * next to what was imported; a mismatch is a warning in lenient mode and refuses the file in
   * strict mode.
   */
  reconciliation: Reconciliation;
  /** The first lines as read, for a preview. */
  sample: Record<string, string>[];
  /** One sentence for a person: what happened and, if it failed, where and why. */
  message: string;
  /** Not imported because another TuneMantra window or command kept writing to the store: the file can simply be imported again. */
  storeBusy?: true;
}

export interface ImportProgress {
  /** waiting: another TuneMantra window or command is writing to the store; the import waits its turn. */
  phase: ImportPhase;
  /**
   * How far through the file given the import stands, in its bytes (none told while bytesTotal is
   * 0). Within one file it never goes back: in a zip its members count in turn, each by its
   * compressed bytes, and unpacking and checking a member leave it where the member starts.
   */
  bytesDone: number;
  bytesTotal: number;
  lines: number;
  /** While waiting: how long the wait has lasted so far. */
  waitedMs?: number;
  /** The statement of a zip in hand, when the file given is a zip. */
  member?: ZipMemberInHand;
  /**
   * Bytes of statement text read so far in the file given: all of its documents before the one
   * in hand, then as much of that one as is read. A zip's or gzip's statements count unpacked,
   * unlike bytesDone; a workbook's sheets count the workbook's own bytes, read once.
   */
  statementBytes: number;
}

/** How far a statement document's own reading stands, in its own bytes, before it is placed in the file given. */
export type DocumentProgress = Pick<ImportProgress, 'bytesDone' | 'bytesTotal' | 'lines'>;
