import type Database from 'better-sqlite3';
import { addToMergedRollups, rebuildRollups } from '../query/rollups/rollup-maintenance';
import { isDiskFull } from '../store/disk-full';
import { storeBusySentence } from '../store/store-busy';
import { StoreStillBusy, writeWaitMs } from '../store/write-lock';
import { WriteScope } from '../store/write-scope';
import { rm } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { formatDayNumber } from '../../shared/period/sale-period';
import { importSource } from './containers/statement-sources';
import {
  FileRejection, wholeFile, type DdexDocument, type DdexProgress, type DocumentName, type DocumentSink, type PartInHand, type StatementDocument,
} from './containers/statement-document';
import { DDEX_DSR_FORMAT, type DdexStatement, type ReportStanding } from './ddex';
import { formatName } from './format-names';
import { futureDateWarnings } from './future-dates';
import type { StatementFormat } from './formats/statement-format';
import type { DocumentProgress, ImportOutcome, ImportProgress } from './import-outcome';
import { keepLayout } from './quarantine-correction/kept-layout';
import { readDdexDocument, tellReportStanding } from './read-ddex-document';
import { describeMismatch, reconcile } from './reconciliation';
import { keepReconciliation } from './kept-reconciliation';
import { checkLineReferences } from './line-references';
import { replacedSentence } from './replaced-imports/replaced-sentence';
import { replaceImports } from './replaced-imports/replace-imports';
import { snapshotPlace, StatementArchive } from './statement-archive';
import { FileChangedWhileRead, ImportCancelled, inspectStatementFile, type StatementFileFacts } from './statement-file';
import { StatementLineWriter } from './statement-line-writer';
import { findOverlaps, importsReplaced, mixedBasisWarnings, skipsFor, storedTerritories, type ReplaceChoice, type StatementPeriods } from './statement-overlaps';
import { readStatementRows } from './statement-rows';
import type { FormatAlternative } from './statement-sniffer';
import { headerMatchOf } from './layout-resemblance';
import { dateOrderWarnings } from './date-order';
import type { ClosestLayout } from '../../shared/contract/imports';

export type OverlapChoice = 'skip' | 'keepBoth' | ReplaceChoice;

export interface ImportOptions {
  /** strict: any bad line rejects the whole file. lenient: good lines land, bad ones are quarantined. */
  mode: 'strict' | 'lenient';
  /** Where the original file is kept, content-addressed; null to keep no copy. */
  archiveDir: string | null;
  isCancelled: () => boolean;
  onProgress: (progress: ImportProgress) => void;
  /** Keep buyer names, e-mails and addresses found in statements; off unless the user opts in. */
  keepPersonalData?: boolean;
  /** Read and check everything, then roll back: a preview with the real import's figures. */
  dryRun?: boolean;
  /** What to do when an earlier import from the same source covers the same period. */
  onOverlap?: OverlapChoice;
  /** The name to show for the file when `path` is a staging copy. */
  displayName?: string;
  /** Import only this sheet of a workbook; every sheet with a statement header when unset. */
  sheet?: string;
  /** Layouts detection tries after the built-in ones (the user's saved column mappings). */
  extraFormats?: readonly StatementFormat[];
  /** Read the file as this layout only (the user's pick when several fit); a file it does not fit is refused. */
  formatId?: string;
  /** How long to wait for another window or command writing to the store; `writeWaitMs()` when unset. */
  writeWaitMs?: number;
  /**
   * The file as it must be: the one a preview checked, or the archived original as it was kept.
   * A file whose SHA-256 `matches` refuses is refused before anything is written, `changed` its message.
   */
  expectedFile?: { matches: (sha256: string) => boolean; changed: string };
}

function blankOutcome(file: string): ImportOutcome {
  return {
    file, format: null, variant: null, alternatives: [], encoding: null, status: 'rejected', lines: 0, imported: 0, rejected: 0, skipped: 0,
    quantity: 0, amounts: {}, importId: null, problems: [], unknownColumns: [], saleFrom: null, saleTo: null,
    reportingFrom: null, reportingTo: null, overlaps: [], warnings: [], reconciliation: { checked: [], mismatches: [] },
    sample: [], message: '',
  };
}

/** A file refused, and why; a preview (a dry run) says it cannot be imported, as nothing was meant to be yet. */
function rejected(outcome: ImportOutcome, shown: string, line: number | null, reason: string, dryRun: boolean | undefined): ImportOutcome {
  const where = line === null ? shown : `${shown} line ${line}`;
  return {
    ...outcome,
    status: 'rejected',
    imported: 0,
    quantity: 0,
    amounts: {},
    importId: null,
    sample: [],
    problems: outcome.problems.length ? outcome.problems : [{ line, reason }],
    message: `${where}: ${reason}; ${dryRun ? 'it cannot be imported as it is' : 'nothing was imported'}.`,
  };
}

/** A preview has someone looking at its card: it waits less than an import before saying why. */
const DRY_RUN_WAIT_MS = 30_000;

const isoDay = (day: number | null) => (day === null ? null : formatDayNumber(day));

/**
 * Imports one file: a delimited statement, an .xlsx workbook or a zip of statements. Each
 * statement document in it (the file itself, each statement sheet, each statement member) is
 * imported in its own transaction as its own batch, all of its lines or none of them (lenient
 * mode quarantines unreadable lines with their reasons instead of refusing the document), and
 * gets its own outcome, in the order met. Parts that are no statement are listed in the first
 * outcome's warnings. Runs on the writer thread, the only connection that writes.
 */
export async function importStatement(db: Database.Database, path: string, options: ImportOptions): Promise<ImportOutcome[]> {
  // A file kept in the archive is read from a snapshot taken while it is hashed: the bytes hashed,
  // archived and parsed are then the same, whatever becomes of the user's file meanwhile.
  const snapshot = options.archiveDir && !options.dryRun ? await snapshotPlace(options.archiveDir, path) : undefined;
  try {
    return await importSnapshot(db, path, snapshot, options);
  } finally {
    // Already linked to its place in the archive when kept; a file left by a failure goes with the day-old ones.
    if (snapshot) await rm(snapshot, { force: true }).catch(() => undefined);
  }
}

async function importSnapshot(db: Database.Database, path: string, snapshot: string | undefined, options: ImportOptions): Promise<ImportOutcome[]> {
  const name: DocumentName = { file: path, shown: options.displayName ?? basename(path) };
  let facts: StatementFileFacts;
  try {
    facts = await inspectStatementFile(
      path,
      (done) => options.onProgress({ phase: 'checking', bytesDone: done, bytesTotal: 0, lines: 0, statementBytes: 0 }),
      options.isCancelled,
      snapshot,
    );
  } catch (error) {
    if (error instanceof ImportCancelled) return [{ ...blankOutcome(path), status: 'cancelled', message: `${name.shown}: ${error.message}` }];
    if (error instanceof FileChangedWhileRead) {
      const message = options.dryRun
        ? `${name.shown} changed while it was being checked; check it again once it is saved.`
        : `${name.shown} changed while it was being imported; nothing was imported. Import it again once it is saved.`;
      return [{ ...blankOutcome(path), status: 'failed', message }];
    }
    if (isDiskFull(error)) {
      const reason = `the disk holding the data folder ${dirname(db.name)} ran out of space; free some space and import it again`;
      return [{ ...rejected(blankOutcome(path), name.shown, null, reason, options.dryRun), status: 'failed' }];
    }
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    return [{ ...blankOutcome(path), status: 'failed', message: `${name.shown}: cannot be read: ${reason}` }];
  }
  if (options.expectedFile && !options.expectedFile.matches(facts.sha256)) {
    return [{ ...blankOutcome(path), status: 'rejected', fileSha256: facts.sha256, message: options.expectedFile.changed }];
  }
  const run = new ImportRun(db, options, { path, readFrom: snapshot ?? path, sha256: facts.sha256, byteLength: facts.byteLength });
  try {
    await importSource({ path: snapshot ?? path, name, fileName: name.shown, facts, depth: 0, scale: wholeFile }, run);
  } catch (error) {
    if (!(error instanceof ImportCancelled)) throw error;
    run.cancelled(name, error);
  } finally {
    await run.settleArchive();
  }
  return run.finish();
}

/** The file the user chose, archived once for every document found in it. */
interface OriginalFile {
  path: string;
  /** The snapshot of it that is read and archived, or the file itself when no snapshot is taken. */
  readFrom: string;
  sha256: string;
  byteLength: number;
}

/** One importStatement call: the documents found in one file, their outcomes and notes. */
class ImportRun implements DocumentSink {
  readonly keepPersonalData: boolean;
  readonly sheet: string | null;
  readonly extraFormats: readonly StatementFormat[];
  readonly formatId: string | undefined;
  readonly isCancelled: () => boolean;
  private readonly outcomes: ImportOutcome[] = [];
  private readonly notes: string[] = [];
  /** Batches this run committed: a sibling member never overlaps "an earlier import" to skip or replace. */
  private readonly committed = new Set<number>();
  /** The original's copy, started with the first statement that may be kept. */
  private archive: StatementArchive | null = null;
  /** Once the store stayed busy for one statement, the file's others do not wait again. */
  private storeStayedBusy = false;
  /** Where the file stands as last told: a wait or a finish tells the same, so the share never steps back. */
  private told: Pick<ImportProgress, 'bytesDone' | 'bytesTotal'> = { bytesDone: 0, bytesTotal: 0 };
  /** Statement bytes read in the documents before the one in hand, and in that one so far. */
  private readBefore = 0;
  private readInHand = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly options: ImportOptions,
    private readonly original: OriginalFile,
  ) {
    this.keepPersonalData = options.keepPersonalData ?? false;
    this.sheet = options.sheet ?? null;
    this.extraFormats = options.extraFormats ?? [];
    this.formatId = options.formatId;
    this.isCancelled = options.isCancelled;
  }

  get outcomeCount(): number {
    return this.outcomes.length;
  }

  checking(part: PartInHand): void {
    this.tell({ phase: 'checking', ...part.scale(0, 1), lines: 0, member: part.member });
  }

  /** Every progress of the run goes through here, so a wait or a finish knows where the file stands. */
  private tell(progress: Omit<ImportProgress, 'statementBytes'>): void {
    this.told = { bytesDone: progress.bytesDone, bytesTotal: progress.bytesTotal };
    this.options.onProgress({ ...progress, statementBytes: this.readBefore + this.readInHand });
  }

  /** A document's own reading progress, placed in the file given and told with the zip member it is. */
  private reading(document: StatementDocument): (progress: DocumentProgress) => void {
    return ({ bytesDone, bytesTotal, lines }) => {
      this.readInHand = bytesDone;
      this.tell({ phase: 'reading', ...document.scale(bytesDone, bytesTotal), lines, member: document.member });
    };
  }

  duplicate(name: DocumentName, sha256: string): boolean {
    const previous = this.db
      .prepare<[string], { id: number; imported_at: string; format: string; format_variant: string }>(
        'SELECT id, imported_at, format, format_variant FROM import_batch WHERE file_sha256 = ?',
      )
      .get(sha256);
    if (!previous) return false;
    this.outcomes.push({
      ...blankOutcome(name.file),
      status: 'duplicate',
      importId: previous.id,
      format: this.extraFormats.find((f) => f.id === previous.format)?.name ?? formatName(previous.format),
      variant: previous.format_variant,
      message: `${name.shown}: already imported on ${previous.imported_at.slice(0, 10)} (same content); nothing changed.`,
    });
    return true;
  }

  reject(name: DocumentName, line: number | null, reason: string, closestLayout?: ClosestLayout): void {
    const outcome = blankOutcome(name.file);
    if (closestLayout) outcome.closestLayout = closestLayout;
    this.outcomes.push(rejected(outcome, name.shown, line, reason, this.options.dryRun));
  }

  skip(name: DocumentName, reason: string): void {
    this.notes.push(`${name.shown}: skipped, ${reason}.`);
  }

  cancelled(name: DocumentName, error: ImportCancelled): void {
    if (this.outcomes.at(-1)?.status === 'cancelled') return;
    // Statements of this file committed before the cancel stay, each with its own outcome.
    const kept = this.committed.size;
    const before = kept === 1 ? 'the statement imported before it stays' : `the ${kept} statements imported before it stay`;
    const message = kept ? `The import was cancelled; ${before}.` : error.message;
    this.outcomes.push({ ...blankOutcome(name.file), status: 'cancelled', message: `${name.shown}: ${message}` });
  }

  /** Takes the archived copy back when no statement of the file was kept. */
  async settleArchive(): Promise<void> {
    if (this.archive && this.committed.size === 0) await this.archive.discard();
  }

  finish(): ImportOutcome[] {
    const first = this.outcomes[0];
    if (first && this.notes.length) first.warnings = [...first.warnings, ...this.notes];
    return this.outcomes.map((outcome) => ({ ...outcome, fileSha256: this.original.sha256 }));
  }

  async importDocument(document: StatementDocument): Promise<void> {
    const outcome = await this.importInTransaction(document);
    // What was read of it was read, whether it was imported, refused or cancelled part-way.
    this.readBefore += this.readInHand;
    this.readInHand = 0;
    this.outcomes.push(outcome);
    // The run stops at a cancel; the documents before it keep their own outcomes.
    if (outcome.status === 'cancelled') throw new ImportCancelled();
  }

  private async importInTransaction(document: StatementDocument): Promise<ImportOutcome> {
    const { db, options } = this;
    const { name } = document;
    const outcome = blankOutcome(name.file);
    outcome.encoding = document.encoding;
    let ddex: DdexStatement | null = null;
    let lineChecksOff = false;
    let write: WriteScope | null = null;
    try {
      // A DSR file is opened before the transaction: reading HEAD and the summaries writes nothing.
      if (document.kind === 'ddex') {
        outcome.format = DDEX_DSR_FORMAT.name;
        ddex = await document.open(this.ddexProgress(document, outcome));
      }
      const { format, variant, unknownColumns } = identity(document, ddex);
      Object.assign(outcome, { format: format.name, variant, unknownColumns });
      if (document.kind !== 'ddex') {
        noteAlternatives(outcome, document.detected.alternatives);
        const headerMatch = headerMatchOf(document.detected.format, document.detected.header);
        if (headerMatch) outcome.headerMatch = headerMatch;
        const { dates } = document.detected.context;
        if (dates) outcome.warnings.push(...dateOrderWarnings(dates));
      }

      if (options.archiveDir && !options.dryRun) this.archive ??= new StatementArchive(this.original.readFrom, this.original, this.original.path, options.archiveDir);

      // Lines are written without SQLite's per-line foreign-key checks and their references checked
      // once instead (checkLineReferences). An earlier import this one replaces is removed without
      // them too: removeImports deletes what their cascades would, and with them on it would read
      // every line for each catalogue row it removes.
      lineChecksOff = true;
      db.pragma('foreign_keys = OFF');
      write = await this.beginWriting(document);
      if (!write) throw new ImportCancelled();
      const importId = insertBatch(db, document, format.id, outcome);
      // Kept so a quarantined line, once corrected, is read again as this import read it; a DSR file has no one layout.
      if (document.kind !== 'ddex') keepLayout(db, importId, document);
      const writer = new StatementLineWriter(db, importId);
      // A DSR file of a multi-file report says where its report stands, once it is known to be imported.
      let reportStanding: ReportStanding | null = null;
      if (document.kind === 'ddex') reportStanding = await readDdexDocument(ddex!, writer, options.mode, outcome, { db, importId });
      else {
        const stated = await readStatementRows(document, writer, { ...options, onProgress: this.reading(document) }, outcome);
        outcome.reconciliation = reconcile(stated, { lines: outcome.lines, quantity: writer.quantity, amounts: writer.totals });
      }
      // Every line is read, yet a large import has seconds of work left with nothing to count:
      // its set-aside indexes, the rollups, the reference checks and the archived copy. It stands
      // where its reading ended, which for a workbook's sheet is where the next sheet reads on from.
      this.tell({ phase: 'finishing', ...this.told, lines: outcome.lines, member: document.member });
      writer.finish();
      checkLineReferences(db, writer.references());
      Object.assign(outcome, {
        importId,
        imported: writer.imported,
        rejected: writer.rejected,
        quantity: writer.quantity,
        amounts: writer.amounts(),
        problems: writer.problems,
        sample: writer.sample,
        saleFrom: isoDay(writer.saleFrom),
        saleTo: isoDay(writer.saleTo),
        reportingFrom: isoDay(writer.reportingFrom),
        reportingTo: isoDay(writer.reportingTo),
      });
      const identifierNotes = writer.identifierNotes.warnings();
      if (writer.imported === 0) {
        outcome.warnings.push(...identifierNotes);
        const first = writer.problems[0];
        throw new FileRejection(
          first?.line ?? null,
          first ? `no line could be imported (first problem: line ${first.line}: ${first.reason})` : 'the file has a header but no statement lines',
        );
      }
      // Where its report stands comes before what was repaired in its lines: the summary shows the first few warnings.
      const reportNote = tellReportStanding(outcome, reportStanding);
      outcome.warnings.push(...identifierNotes);
      outcome.warnings.push(...futureDateWarnings(writer, new Date()));
      // The DSR reader already refused or warned about a FOOT that disagrees, naming the counts.
      if (!ddex) settleMismatches(outcome, options.mode);
      const periods: StatementPeriods = {
        formatId: format.id,
        saleFrom: writer.saleFrom,
        saleTo: writer.saleTo,
        reportingFrom: writer.reportingFrom,
        reportingTo: writer.reportingTo,
        basis: writer.periodBasis(),
        territories: writer.territoriesWritten(),
      };
      outcome.sha256 = document.sha256;
      // Different DSPs' DSR reports, and the parts of one report, share format and period:
      // neither an overlap nor a mix of sales-date and reporting-date exports.
      if (!ddex) {
        outcome.periods = periods;
        outcome.overlaps = findOverlaps(db, periods, importId);
        outcome.warnings.push(...mixedBasisWarnings(db, periods, importId, format.name));
      }
      outcome.status = 'imported';
      const quarantined = writer.rejected ? `, ${writer.rejected} quarantined with reasons` : '';
      const verb = options.dryRun ? 'can be imported' : 'imported';
      outcome.message = `${name.shown}: ${writer.imported} lines ${verb} as ${format.name} (${outcome.variant})${quarantined}.`;
      if (reportNote) outcome.message += ` ${reportNote}`;

      if (options.dryRun) {
        write.rollback();
        return { ...outcome, importId: null };
      }
      const earlier = outcome.overlaps.filter((o) => !this.committed.has(o.importId));
      if (skipsFor(earlier, options.onOverlap)) {
        write.rollback();
        return { ...outcome, status: 'skipped', importId: null, message: `${name.shown}: skipped, its period is already covered by ${earlier.map((o) => o.fileName).join(', ')}.` };
      }
      finishBatch(db, importId, outcome, periods, writer);
      // After finishBatch: the removal keeps the catalogue this import's rollups show still named.
      const replaced = options.onOverlap === undefined || options.onOverlap === 'skip' || options.onOverlap === 'keepBoth' ? [] : importsReplaced(earlier, options.onOverlap);
      if (replaced.length) {
        const removed = replaceImports(db, importId, replaced.map((o) => o.importId));
        outcome.message += ` ${replacedSentence(replaced.map((o) => o.fileName), removed)}`;
      }
      keepReconciliation(db, importId, outcome.reconciliation);
      if (this.archive) db.prepare('UPDATE import_batch SET archive_path = ? WHERE id = ?').run(await this.archive.stored(), importId);
      write.commit();
      this.committed.add(importId);
      return outcome;
    } catch (error) {
      write?.rollback();
      if (error instanceof ImportCancelled) return { ...blankOutcome(name.file), status: 'cancelled', message: `${name.shown}: ${error.message}` };
      if (error instanceof FileRejection) return rejected(outcome, name.shown, error.line, error.message, options.dryRun);
      if (isDiskFull(error)) {
        const reason = `the disk holding the data folder ${dirname(db.name)} ran out of space; free some space and import it again`;
        return { ...rejected(outcome, name.shown, null, reason, options.dryRun), status: 'failed' };
      }
      if (error instanceof StoreStillBusy) {
        this.storeStayedBusy = true;
        const reason = storeBusySentence(db.name, options.dryRun ? 'check this file again once it has finished' : 'import this file again once it has finished');
        return { ...rejected(outcome, name.shown, null, reason, options.dryRun), status: 'failed', storeBusy: true, message: `${name.shown}: ${reason}` };
      }
      throw error;
    } finally {
      if (lineChecksOff) db.pragma('foreign_keys = ON');
      await ddex?.close();
    }
  }

  /** Takes the store's write lock for the document, telling the user while another window or command holds it. */
  private beginWriting(document: StatementDocument): Promise<WriteScope | null> {
    const { options } = this;
    const waitMs = this.storeStayedBusy ? 0 : Math.min(options.writeWaitMs ?? writeWaitMs(), options.dryRun ? DRY_RUN_WAIT_MS : Infinity);
    return WriteScope.beginWaiting(this.db, {
      waitMs,
      isCancelled: options.isCancelled,
      onWaiting: (waitedMs) => this.tell({ phase: 'waiting', ...this.told, lines: 0, waitedMs, member: document.member }),
    });
  }

  /** A DSR file's reading progress, onto the file the user chose (it may be a member of a zip). */
  private ddexProgress(document: DdexDocument, outcome: ImportOutcome): DdexProgress {
    return { isCancelled: this.options.isCancelled, lines: () => outcome.lines, onProgress: this.reading(document) };
  }
}

/** The format a document is filed under, its variant and the columns its layout does not know. */
function identity(document: StatementDocument, ddex: DdexStatement | null): { format: { id: string; name: string }; variant: string; unknownColumns: string[] } {
  if (document.kind !== 'ddex') {
    const { format, match } = document.detected;
    return { format, variant: match.variant, unknownColumns: match.unknownColumns };
  }
  if (ddex === null) throw new Error('a DSR document is read only once it is opened');
  return { format: DDEX_DSR_FORMAT, variant: ddex.variant, unknownColumns: [] };
}

/** Formats that fit as well as the one read are offered to the user, and said in a warning. */
function noteAlternatives(outcome: ImportOutcome, alternatives: FormatAlternative[]): void {
  if (alternatives.length === 0) return;
  outcome.alternatives = alternatives;
  const others = alternatives.map((a) => `${a.name} (${a.variant})`).join(', ');
  outcome.warnings.push(`This file also fits ${others}; it was read as ${outcome.format} (${outcome.variant}).`);
}

/**
 * The file's own totals against the import: a difference refuses the document in strict mode
 * (the first figure's line is named) and is a warning in lenient mode, where quarantined lines
 * may explain it. Every message names both figures.
 */
function settleMismatches(outcome: ImportOutcome, mode: ImportOptions['mode']): void {
  const { mismatches } = outcome.reconciliation;
  if (mismatches.length === 0) return;
  const sentences = mismatches.map(describeMismatch);
  if (mode === 'strict') throw new FileRejection(mismatches[0]!.line, `the file's own totals disagree with its lines: ${sentences.join('; ')}`);
  outcome.warnings.push(...sentences.map((s) => `The file's own totals disagree with what was imported: ${s}.`));
}

function insertBatch(db: Database.Database, document: StatementDocument, formatId: string, outcome: ImportOutcome): number {
  return Number(
    db
      .prepare(
        `INSERT INTO import_batch (file_name, file_sha256, byte_length, format, format_variant, encoding, status,
           line_count, imported_count, rejected_count, quantity_total, totals_json, unknown_columns, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, 'imported', 0, 0, 0, 0, '{}', ?, ?)`,
      )
      .run(document.name.shown, document.sha256, document.byteLength, formatId, outcome.variant, document.encoding,
        JSON.stringify(outcome.unknownColumns), new Date().toISOString()).lastInsertRowid,
  );
}

function finishBatch(db: Database.Database, importId: number, outcome: ImportOutcome, periods: StatementPeriods, writer: StatementLineWriter): void {
  db.prepare(
    `UPDATE import_batch SET line_count = ?, imported_count = ?, rejected_count = ?, quantity_total = ?, totals_json = ?,
       sale_from = ?, sale_to = ?, reporting_from = ?, reporting_to = ?, period_basis = ?, territories = ? WHERE id = ?`,
  ).run(outcome.lines, outcome.imported, outcome.rejected, outcome.quantity, JSON.stringify(outcome.amounts),
    periods.saleFrom, periods.saleTo, periods.reportingFrom, periods.reportingTo, periods.basis, storedTerritories(periods.territories), importId);
  // The dashboards' monthly rollups change in the same transaction as the lines they sum.
  if (writer.rollups.write(db, importId)) addToMergedRollups(db, [importId]);
  else rebuildRollups(db, [importId]);
}
