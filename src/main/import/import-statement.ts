import type Database from 'better-sqlite3';
import { basename } from 'node:path';
import { formatDayNumber } from '../../shared/period/sale-period';
import { DelimitedParser, DelimitedSyntaxError } from './delimited-parser';
import { STATEMENT_FORMATS } from './formats';
import type { ImportOutcome, ImportProgress } from './import-outcome';
import { removeImports } from './remove-imports';
import { archiveStatement } from './statement-archive';
import { ImportCancelled, inspectStatementFile, readStatementText, type StatementFileFacts } from './statement-file';
import { LineRejection, SKIP_LINE, type GaugeReading, type StatementLineDraft } from './statement-line';
import { StatementLineWriter } from './statement-line-writer';
import { findOverlaps, mixedBasisWarnings, type StatementPeriods } from './statement-overlaps';
import { detectStatement, firstLine, type DetectedStatement } from './statement-sniffer';
import { looksBinary, type StatementEncoding } from './text-encoding';

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
}

const TOTALS_ROW = /^(grand )?totals?:?$/i;

class FileRejection extends Error {
  constructor(
    readonly line: number | null,
    reason: string,
  ) {
    super(reason);
  }
}

function blankOutcome(file: string): ImportOutcome {
  return {
    file, format: null, variant: null, encoding: null, status: 'rejected', lines: 0, imported: 0, rejected: 0,
    quantity: 0, amounts: {}, importId: null, problems: [], unknownColumns: [], saleFrom: null, saleTo: null,
    reportingFrom: null, reportingTo: null, overlaps: [], warnings: [], sample: [], message: '',
  };
}

function rejected(outcome: ImportOutcome, fileName: string, line: number | null, reason: string): ImportOutcome {
  const where = line === null ? fileName : `${fileName} line ${line}`;
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
 * Imports one statement file in one transaction: all of its lines or none of them (lenient mode
 * quarantines unreadable lines with their reasons instead of refusing the file).
 * Runs on the writer thread, the only connection that writes.
 */
export async function importStatement(db: Database.Database, path: string, options: ImportOptions): Promise<ImportOutcome> {
  const fileName = options.displayName ?? basename(path);
  const outcome = blankOutcome(path);
  let facts: StatementFileFacts;
  try {
    facts = await inspectStatementFile(
      path,
      (done) => options.onProgress({ phase: 'checking', bytesDone: done, bytesTotal: 0, lines: 0 }),
      options.isCancelled,
    );
  } catch (error) {
    if (error instanceof ImportCancelled) return { ...outcome, status: 'cancelled', message: `${fileName}: ${error.message}` };
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    return { ...outcome, status: 'failed', message: `${fileName}: cannot be read: ${reason}` };
  }

  const previous = db
    .prepare<[string], { id: number; imported_at: string; format: string; format_variant: string }>(
      'SELECT id, imported_at, format, format_variant FROM import_batch WHERE file_sha256 = ?',
    )
    .get(facts.sha256);
  if (previous) {
    return {
      ...outcome,
      status: 'duplicate',
      importId: previous.id,
      format: STATEMENT_FORMATS.find((f) => f.id === previous.format)?.name ?? previous.format,
      variant: previous.format_variant,
      message: `${fileName}: already imported on ${previous.imported_at.slice(0, 10)} (same content); nothing changed.`,
    };
  }

  let detected: DetectedStatement;
  try {
    detected = detectFormat(facts, { fileName, keepPersonalData: options.keepPersonalData ?? false });
  } catch (error) {
    if (!(error instanceof FileRejection)) throw error;
    return rejected(outcome, fileName, error.line, error.message);
  }
  outcome.format = detected.format.name;
  outcome.variant = detected.match.variant;
  outcome.encoding = facts.encoding;
  outcome.unknownColumns = detected.match.unknownColumns;

  db.exec('BEGIN IMMEDIATE');
  try {
    const importId = insertBatch(db, fileName, facts, detected);
    const writer = new StatementLineWriter(db, importId);
    await readLines(path, facts, detected, writer, options, outcome);
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
    outcome.message = `${fileName}: ${writer.imported} lines ${verb} as ${detected.format.name} (${detected.match.variant})${quarantined}.`;

    if (options.dryRun) {
      db.exec('ROLLBACK');
      return { ...outcome, importId: null };
    }
    if (outcome.overlaps.length && options.onOverlap === 'skip') {
      db.exec('ROLLBACK');
      return { ...outcome, status: 'skipped', importId: null, message: `${fileName}: skipped, its period is already covered by ${outcome.overlaps.map((o) => o.fileName).join(', ')}.` };
    }
    if (outcome.overlaps.length && options.onOverlap === 'replace') {
      removeImports(db, outcome.overlaps.map((o) => o.importId));
      outcome.message += ` It replaces ${outcome.overlaps.map((o) => o.fileName).join(', ')}.`;
    }
    finishBatch(db, importId, outcome, periods);
    if (options.archiveDir) {
      const archived = archiveStatement(path, facts.sha256, options.archiveDir);
      db.prepare('UPDATE import_batch SET archive_path = ? WHERE id = ?').run(archived, importId);
    }
    db.exec('COMMIT');
    return outcome;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    if (error instanceof ImportCancelled) return { ...blankOutcome(path), status: 'cancelled', message: `${fileName}: ${error.message}` };
    if (error instanceof FileRejection) return rejected(outcome, fileName, error.line, error.message);
    throw error;
  }
}

/**
 * Text that is not UTF-8 is Windows-1252 (DistroKid, CD Baby) or Shift_JIS (TuneCore Japan); the
 * encoding under which a known header appears is the file's. facts.encoding is updated to it.
 */
function detectFormat(facts: StatementFileFacts, file: { fileName: string; keepPersonalData: boolean }): DetectedStatement {
  if (facts.byteLength === 0) throw new FileRejection(null, 'the file is empty (0 bytes)');
  if (looksBinary(facts.head, facts.encoding)) throw new FileRejection(null, 'this is not a text statement (it looks like a binary file)');
  const candidates: StatementEncoding[] = facts.encoding === 'windows-1252' ? ['windows-1252', 'shift_jis'] : [facts.encoding];
  let firstText = '';
  for (const encoding of candidates) {
    const headText = new TextDecoder(encoding).decode(facts.head.subarray(facts.bomLength));
    if (firstText === '') firstText = headText;
    const detected = detectStatement(headText, file);
    if (detected) {
      facts.encoding = encoding;
      return detected;
    }
  }
  if (firstText.trim() === '') throw new FileRejection(1, 'the file holds only blank space');
  throw new FileRejection(1, `not a statement layout this app recognises (it begins "${firstLine(firstText)}")`);
}

function insertBatch(db: Database.Database, fileName: string, facts: StatementFileFacts, detected: DetectedStatement): number {
  return Number(
    db
      .prepare(
        `INSERT INTO import_batch (file_name, file_sha256, byte_length, format, format_variant, encoding, status,
           line_count, imported_count, rejected_count, quantity_total, totals_json, unknown_columns, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, 'imported', 0, 0, 0, 0, '{}', ?, ?)`,
      )
      .run(fileName, facts.sha256, facts.byteLength, detected.format.id, detected.match.variant, facts.encoding,
        JSON.stringify(detected.match.unknownColumns), new Date().toISOString()).lastInsertRowid,
  );
}

function finishBatch(db: Database.Database, importId: number, outcome: ImportOutcome, periods: StatementPeriods): void {
  db.prepare(
    `UPDATE import_batch SET line_count = ?, imported_count = ?, rejected_count = ?, quantity_total = ?, totals_json = ?,
       sale_from = ?, sale_to = ?, reporting_from = ?, reporting_to = ?, period_basis = ? WHERE id = ?`,
  ).run(outcome.lines, outcome.imported, outcome.rejected, outcome.quantity, JSON.stringify(outcome.amounts),
    periods.saleFrom, periods.saleTo, periods.reportingFrom, periods.reportingTo, periods.basis, importId);
}

/** Streams the file through the delimited parser and the format's mapper into the writer. */
async function readLines(
  path: string,
  facts: StatementFileFacts,
  detected: DetectedStatement,
  writer: StatementLineWriter,
  options: ImportOptions,
  outcome: ImportOutcome,
): Promise<void> {
  const mapLine = detected.format.mapper(detected.header, detected.match, detected.context);
  const width = detected.header.length;
  const parser = new DelimitedParser(detected.delimiter);

  const handle = (fields: string[], line: number): void => {
    if (line <= detected.headerLine) return;
    const first = fields.find((f) => f.trim() !== '')?.trim() ?? '';
    if (first === '' || TOTALS_ROW.test(first)) return;
    let mapped: StatementLineDraft | GaugeReading[] | typeof SKIP_LINE;
    try {
      if (fields.length < width) {
        throw new LineRejection(`expected ${width} columns, found ${fields.length} (is the file cut short?)`);
      }
      if (fields.length > width && fields.slice(width).some((f) => f.trim() !== '')) {
        throw new LineRejection(`expected ${width} columns, found ${fields.length} (a delimiter inside an unquoted cell?)`);
      }
      mapped = mapLine(fields);
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

  let bytesDone = 0;
  let lastReport = 0;
  try {
    for await (const chunk of readStatementText(path, facts)) {
      if (options.isCancelled()) throw new ImportCancelled();
      for (const record of parser.push(chunk.text)) handle(record.fields, record.line);
      bytesDone += chunk.bytes;
      const now = Date.now();
      if (now - lastReport > 100) {
        lastReport = now;
        options.onProgress({ phase: 'reading', bytesDone, bytesTotal: facts.byteLength, lines: outcome.lines });
      }
    }
    for (const record of parser.end()) handle(record.fields, record.line);
  } catch (error) {
    if (!(error instanceof DelimitedSyntaxError)) throw error;
    if (options.mode === 'strict' || writer.imported === 0) throw new FileRejection(error.line, error.message);
    outcome.lines++;
    writer.quarantine(error.line, error.message, error.raw);
  }
  options.onProgress({ phase: 'reading', bytesDone: facts.byteLength, bytesTotal: facts.byteLength, lines: outcome.lines });
}
