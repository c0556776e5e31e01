import type Database from 'better-sqlite3';
import { rebuildRollups } from '../query/rollups/rollup-maintenance';
import { basename } from 'node:path';
import { formatDayNumber } from '../../shared/period/sale-period';
import { importSource } from './containers/statement-sources';
import {
  FileRejection, wholeFile, type DocumentName, type DocumentSink, type StatementDocument,
} from './containers/statement-document';
import { DelimitedSyntaxError } from './delimited-parser';
import { STATEMENT_FORMATS } from './formats';
import type { ImportOutcome, ImportProgress } from './import-outcome';
import { removeImports } from './remove-imports';
import { archiveStatement } from './statement-archive';
import { ImportCancelled, inspectStatementFile, type StatementFileFacts } from './statement-file';
import { LineRejection, SKIP_LINE, type GaugeReading, type StatementLineDraft } from './statement-line';
import { StatementLineWriter } from './statement-line-writer';
import { findOverlaps, mixedBasisWarnings, type StatementPeriods } from './statement-overlaps';

export type OverlapChoice = 'skip' | 'replace' | 'keepBoth';

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
}

const TOTALS_ROW = /^(grand )?totals?:?$/i;

function blankOutcome(file: string): ImportOutcome {
  return {
    file, format: null, variant: null, encoding: null, status: 'rejected', lines: 0, imported: 0, rejected: 0,
    quantity: 0, amounts: {}, importId: null, problems: [], unknownColumns: [], saleFrom: null, saleTo: null,
    reportingFrom: null, reportingTo: null, overlaps: [], warnings: [], sample: [], message: '',
  };
}

function rejected(outcome: ImportOutcome, shown: string, line: number | null, reason: string): ImportOutcome {
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
    message: `${where}: ${reason}; nothing was imported.`,
  };
}

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
  const name: DocumentName = { file: path, shown: options.displayName ?? basename(path) };
  let facts: StatementFileFacts;
  try {
    facts = await inspectStatementFile(
      path,
      (done) => options.onProgress({ phase: 'checking', bytesDone: done, bytesTotal: 0, lines: 0 }),
      options.isCancelled,
    );
  } catch (error) {
    if (error instanceof ImportCancelled) return [{ ...blankOutcome(path), status: 'cancelled', message: `${name.shown}: ${error.message}` }];
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    return [{ ...blankOutcome(path), status: 'failed', message: `${name.shown}: cannot be read: ${reason}` }];
  }
  const run = new ImportRun(db, options, { path, sha256: facts.sha256 });
  try {
    await importSource({ path, name, fileName: name.shown, facts, depth: 0, scale: wholeFile }, run);
  } catch (error) {
    if (!(error instanceof ImportCancelled)) throw error;
    run.cancelled(name, error);
  }
  return run.finish();
}

/** The file the user chose, archived once for every document found in it. */
interface OriginalFile {
  path: string;
  sha256: string;
}

/** One importStatement call: the documents found in one file, their outcomes and notes. */
class ImportRun implements DocumentSink {
  readonly keepPersonalData: boolean;
  readonly sheet: string | null;
  readonly isCancelled: () => boolean;
  private readonly outcomes: ImportOutcome[] = [];
  private readonly notes: string[] = [];
  /** Batches this run committed: a sibling member never overlaps "an earlier import" to skip or replace. */
  private readonly committed = new Set<number>();

  constructor(
    private readonly db: Database.Database,
    private readonly options: ImportOptions,
    private readonly original: OriginalFile,
  ) {
    this.keepPersonalData = options.keepPersonalData ?? false;
    this.sheet = options.sheet ?? null;
    this.isCancelled = options.isCancelled;
  }

  get outcomeCount(): number {
    return this.outcomes.length;
  }

  checking(bytesDone: number, bytesTotal: number): void {
    this.options.onProgress({ phase: 'checking', bytesDone, bytesTotal, lines: 0 });
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
      format: STATEMENT_FORMATS.find((f) => f.id === previous.format)?.name ?? previous.format,
      variant: previous.format_variant,
      message: `${name.shown}: already imported on ${previous.imported_at.slice(0, 10)} (same content); nothing changed.`,
    });
    return true;
  }

  reject(name: DocumentName, line: number | null, reason: string): void {
    this.outcomes.push(rejected(blankOutcome(name.file), name.shown, line, reason));
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

  finish(): ImportOutcome[] {
    const first = this.outcomes[0];
    if (first && this.notes.length) first.warnings = [...first.warnings, ...this.notes];
    return this.outcomes;
  }

  async importDocument(document: StatementDocument): Promise<void> {
    const outcome = await this.importInTransaction(document);
    this.outcomes.push(outcome);
    // The run stops at a cancel; the documents before it keep their own outcomes.
    if (outcome.status === 'cancelled') throw new ImportCancelled();
  }

  private async importInTransaction(document: StatementDocument): Promise<ImportOutcome> {
    const { db, options } = this;
    const { detected, name } = document;
    const outcome = blankOutcome(name.file);
    outcome.format = detected.format.name;
    outcome.variant = detected.match.variant;
    outcome.encoding = document.encoding;
    outcome.unknownColumns = detected.match.unknownColumns;

    db.exec('BEGIN IMMEDIATE');
    try {
      const importId = insertBatch(db, document);
      const writer = new StatementLineWriter(db, importId);
      await readLines(document, writer, options, outcome);
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
      if (writer.imported === 0) {
        const first = writer.problems[0];
        throw new FileRejection(
          first?.line ?? null,
          first ? `no line could be imported (first problem: line ${first.line}: ${first.reason})` : 'the file has a header but no statement lines',
        );
      }
      const periods: StatementPeriods = {
        formatId: detected.format.id,
        saleFrom: writer.saleFrom,
        saleTo: writer.saleTo,
        reportingFrom: writer.reportingFrom,
        reportingTo: writer.reportingTo,
        basis: writer.periodBasis(),
      };
      outcome.overlaps = findOverlaps(db, periods, importId);
      outcome.warnings = mixedBasisWarnings(db, periods, importId, detected.format.name);
      outcome.status = 'imported';
      const quarantined = writer.rejected ? `, ${writer.rejected} quarantined with reasons` : '';
      const verb = options.dryRun ? 'can be imported' : 'imported';
      outcome.message = `${name.shown}: ${writer.imported} lines ${verb} as ${detected.format.name} (${detected.match.variant})${quarantined}.`;

      if (options.dryRun) {
        db.exec('ROLLBACK');
        return { ...outcome, importId: null };
      }
      const earlier = outcome.overlaps.filter((o) => !this.committed.has(o.importId));
      if (earlier.length && options.onOverlap === 'skip') {
        db.exec('ROLLBACK');
        return { ...outcome, status: 'skipped', importId: null, message: `${name.shown}: skipped, its period is already covered by ${earlier.map((o) => o.fileName).join(', ')}.` };
      }
      if (earlier.length && options.onOverlap === 'replace') {
        removeImports(db, earlier.map((o) => o.importId));
        outcome.message += ` It replaces ${earlier.map((o) => o.fileName).join(', ')}.`;
      }
      finishBatch(db, importId, outcome, periods);
      if (options.archiveDir) {
        const archived = archiveStatement(this.original.path, this.original.sha256, options.archiveDir);
        db.prepare('UPDATE import_batch SET archive_path = ? WHERE id = ?').run(archived, importId);
      }
      db.exec('COMMIT');
      this.committed.add(importId);
      return outcome;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      if (error instanceof ImportCancelled) return { ...blankOutcome(name.file), status: 'cancelled', message: `${name.shown}: ${error.message}` };
      if (error instanceof FileRejection) return rejected(outcome, name.shown, error.line, error.message);
      throw error;
    }
  }
}

function insertBatch(db: Database.Database, document: StatementDocument): number {
  const { detected } = document;
  return Number(
    db
      .prepare(
        `INSERT INTO import_batch (file_name, file_sha256, byte_length, format, format_variant, encoding, status,
           line_count, imported_count, rejected_count, quantity_total, totals_json, unknown_columns, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, 'imported', 0, 0, 0, 0, '{}', ?, ?)`,
      )
      .run(document.name.shown, document.sha256, document.byteLength, detected.format.id, detected.match.variant, document.encoding,
        JSON.stringify(detected.match.unknownColumns), new Date().toISOString()).lastInsertRowid,
  );
}

function finishBatch(db: Database.Database, importId: number, outcome: ImportOutcome, periods: StatementPeriods): void {
  db.prepare(
    `UPDATE import_batch SET line_count = ?, imported_count = ?, rejected_count = ?, quantity_total = ?, totals_json = ?,
       sale_from = ?, sale_to = ?, reporting_from = ?, reporting_to = ?, period_basis = ? WHERE id = ?`,
  ).run(outcome.lines, outcome.imported, outcome.rejected, outcome.quantity, JSON.stringify(outcome.amounts),
    periods.saleFrom, periods.saleTo, periods.reportingFrom, periods.reportingTo, periods.basis, importId);
  // The dashboards' monthly rollups change in the same transaction as the lines they sum.
  rebuildRollups(db, [importId]);
}

/** Column letters (A, B, …, AA) for a message about a spreadsheet row. */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Checks a row's width against the header. Delimited text that is short was cut off, and text
 * past the last column is a stray delimiter; a sheet row just ends at its last filled cell, so it
 * is padded, and only a filled cell right of the header is wrong.
 */
function fitToHeader(fields: string[], width: number, kind: StatementDocument['kind']): string[] {
  if (kind === 'sheet') {
    const beyond = fields.findIndex((f, i) => i >= width && f.trim() !== '');
    if (beyond >= 0) throw new LineRejection(`cell ${columnLetters(beyond)} holds "${fields[beyond]}", right of the header's ${width} columns`);
    return fields.length < width ? [...fields, ...Array<string>(width - fields.length).fill('')] : fields;
  }
  if (fields.length < width) throw new LineRejection(`expected ${width} columns, found ${fields.length} (is the file cut short?)`);
  if (fields.length > width && fields.slice(width).some((f) => f.trim() !== '')) {
    throw new LineRejection(`expected ${width} columns, found ${fields.length} (a delimiter inside an unquoted cell?)`);
  }
  return fields;
}

/** Streams the document's records through the format's mapper into the writer. */
async function readLines(
  document: StatementDocument,
  writer: StatementLineWriter,
  options: ImportOptions,
  outcome: ImportOutcome,
): Promise<void> {
  const { detected } = document;
  const mapLine = detected.format.mapper(detected.header, detected.match, detected.context);
  const width = detected.header.length;

  const handle = (fields: string[], line: number): void => {
    if (line <= detected.headerLine) return;
    const first = fields.find((f) => f.trim() !== '')?.trim() ?? '';
    if (first === '' || TOTALS_ROW.test(first)) return;
    let mapped: StatementLineDraft | GaugeReading[] | typeof SKIP_LINE;
    try {
      mapped = mapLine(fitToHeader(fields, width, document.kind));
    } catch (error) {
      if (!(error instanceof LineRejection)) throw error;
      if (options.mode === 'strict') throw new FileRejection(line, error.message);
      outcome.lines++;
      writer.quarantine(line, error.message, fields.join(detected.delimiter));
      return;
    }
    if (mapped === SKIP_LINE) return;
    outcome.lines++;
    if (Array.isArray(mapped)) writer.writeGauges(mapped, line);
    else writer.write(mapped, line);
  };

  const report = (bytesDone: number, bytesTotal: number) =>
    options.onProgress({ phase: 'reading', ...document.scale(bytesDone, bytesTotal), lines: outcome.lines });
  let lastReport = 0;
  let end = { bytesDone: 0, bytesTotal: 0 };
  try {
    for await (const batch of document.records()) {
      if (options.isCancelled()) throw new ImportCancelled();
      for (const record of batch.records) handle(record.fields, record.line);
      end = batch;
      const now = Date.now();
      if (now - lastReport > 100) {
        lastReport = now;
        report(batch.bytesDone, batch.bytesTotal);
      }
    }
  } catch (error) {
    if (!(error instanceof DelimitedSyntaxError)) throw error;
    if (options.mode === 'strict' || writer.imported === 0) throw new FileRejection(error.line, error.message);
    outcome.lines++;
    writer.quarantine(error.line, error.message, error.raw);
    end = { bytesDone: end.bytesTotal, bytesTotal: end.bytesTotal };
  }
  report(end.bytesDone, end.bytesTotal);
}
