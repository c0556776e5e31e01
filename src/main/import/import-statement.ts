import type Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { formatAmount, multiplyByRate, splitAmount } from '../../shared/money/exact-amount';
import { CatalogueResolver } from '../catalogue/catalogue-resolver';
import { DelimitedParser, DelimitedSyntaxError } from './delimited-parser';
import type { ImportOutcome, ImportProgress, LineProblem } from './import-outcome';
import { LineRejection, SKIP_LINE, type GaugeReading, type StatementLineDraft } from './statement-line';
import { ImportCancelled, inspectStatementFile, readStatementText, type StatementFileFacts } from './statement-file';
import { STATEMENT_FORMATS } from './formats';
import { detectStatement, firstLine, type DetectedStatement } from './statement-sniffer';
import { looksBinary, type StatementEncoding } from './text-encoding';
import { normaliseTerritory } from './territory-codes';

export interface ImportOptions {
  /** strict: any bad line rejects the whole file. lenient: good lines land, bad ones are quarantined. */
  mode: 'strict' | 'lenient';
  /** Where the original file is kept, content-addressed; null to keep no copy. */
  archiveDir: string | null;
  isCancelled: () => boolean;
  onProgress: (progress: ImportProgress) => void;
  /** Keep buyer names, e-mails and addresses found in statements; off unless the user opts in. */
  keepPersonalData?: boolean;
}

const TOTALS_ROW = /^(grand )?totals?:?$/i;
const MAX_PROBLEMS_KEPT = 1000;
const MAX_RAW_KEPT = 4096;

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
    file, format: null, variant: null, status: 'rejected', lines: 0, imported: 0, rejected: 0, quantity: 0,
    amounts: {}, importId: null, problems: [], unknownColumns: [], message: '',
  };
}

function where(fileName: string, line: number | null): string {
  return line === null ? fileName : `${fileName} line ${line}`;
}

/**
 * Imports one statement file in one transaction: all of its lines or none of them.
 * Runs on the writer thread, the only connection that writes.
 */
export async function importStatement(db: Database.Database, path: string, options: ImportOptions): Promise<ImportOutcome> {
  const fileName = basename(path);
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

  const previous = db.prepare<[string], { id: number; imported_at: string; format: string; format_variant: string }>(
    'SELECT id, imported_at, format, format_variant FROM import_batch WHERE file_sha256 = ?',
  ).get(facts.sha256);
  if (previous) {
    return {
      ...outcome,
      status: 'duplicate',
      format: STATEMENT_FORMATS.find((f) => f.id === previous.format)?.name ?? previous.format,
      variant: previous.format_variant,
      importId: previous.id,
      message: `${fileName}: already imported on ${previous.imported_at.slice(0, 10)} (same content); nothing changed.`,
    };
  }

  let detected: DetectedStatement;
  try {
    detected = detectFormat(facts, { fileName, keepPersonalData: options.keepPersonalData ?? false });
  } catch (error) {
    if (!(error instanceof FileRejection)) throw error;
    return reject(outcome, fileName, error.line, error.message);
  }
  outcome.format = detected.format.name;
  outcome.variant = detected.match.variant;
  outcome.unknownColumns = detected.match.unknownColumns;

  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await writeLines(db, path, facts, detected, options, outcome, fileName);
    if (result === 'rejected') {
      db.exec('ROLLBACK');
      return outcome;
    }
    if (options.archiveDir) archiveOriginal(db, path, facts, options.archiveDir, outcome.importId!);
    db.exec('COMMIT');
    return outcome;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    if (error instanceof ImportCancelled) return { ...blankOutcome(path), status: 'cancelled', message: `${fileName}: ${error.message}` };
    if (error instanceof FileRejection) return reject(blankOutcome(path), fileName, error.line, error.message);
    throw error;
  }
}

function reject(outcome: ImportOutcome, fileName: string, line: number | null, reason: string): ImportOutcome {
  return {
    ...outcome,
    status: 'rejected',
    imported: 0,
    quantity: 0,
    amounts: {},
    problems: outcome.problems.length ? outcome.problems : [{ line, reason }],
    message: `${where(fileName, line)}: ${reason}; nothing was imported.`,
  };
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

async function writeLines(
  db: Database.Database,
  path: string,
  facts: StatementFileFacts,
  detected: DetectedStatement,
  options: ImportOptions,
  outcome: ImportOutcome,
  fileName: string,
): Promise<'imported' | 'rejected'> {
  const importId = Number(
    db.prepare(
      `INSERT INTO import_batch (file_name, file_sha256, byte_length, format, format_variant, encoding, status,
         line_count, imported_count, rejected_count, quantity_total, totals_json, unknown_columns, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, 'imported', 0, 0, 0, 0, '{}', ?, ?)`,
    ).run(fileName, facts.sha256, facts.byteLength, detected.format.id, detected.match.variant, facts.encoding,
      JSON.stringify(detected.match.unknownColumns), new Date().toISOString()).lastInsertRowid,
  );
  outcome.importId = importId;
  const insertLine = db.prepare(
    `INSERT INTO statement_line (import_id, line_no, sale_start, sale_end, sale_month, reporting_day, reporting_month,
       platform_id, territory, artist_id, release_id, recording_id, sale_type, quantity, currency,
       amount_hi, amount_lo, base_hi, base_lo, extra_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRejected = db.prepare('INSERT INTO rejected_line (import_id, line_no, reason, raw) VALUES (?, ?, ?, ?)');
  const catalogue = new CatalogueResolver(db);
  const territories = new Set(db.prepare<[], { code: string }>('SELECT code FROM territory').all().map((r) => r.code));
  const baseCurrency = db.prepare<[], { value: string }>("SELECT value FROM setting WHERE key = 'base_currency'").get()?.value ?? 'USD';
  const rateOf = fxLookup(db);
  const mapLine = detected.format.mapper(detected.header, detected.match, detected.context);
  const insertGauge = db.prepare(
    `INSERT INTO gauge_reading (import_id, line_no, day, window, subject_kind, subject, recording_id, metric, value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const width = detected.header.length;
  const totals = new Map<string, bigint>();
  const problems: LineProblem[] = [];
  const parser = new DelimitedParser(detected.delimiter);
  let bytesDone = 0;

  const handle = (fields: string[], line: number): void => {
    if (line <= detected.headerLine) return;
    const first = fields.find((f) => f.trim() !== '')?.trim() ?? '';
    if (first === '') return;
    if (TOTALS_ROW.test(first)) return;
    outcome.lines++;
    let draft: StatementLineDraft | GaugeReading[] | typeof SKIP_LINE;
    try {
      if (fields.length < width) {
        throw new LineRejection(`expected ${width} columns, found ${fields.length} (is the file cut short?)`);
      }
      if (fields.length > width && fields.slice(width).some((f) => f.trim() !== '')) {
        throw new LineRejection(`expected ${width} columns, found ${fields.length} (a delimiter inside an unquoted cell?)`);
      }
      draft = mapLine(fields);
    } catch (error) {
      if (!(error instanceof LineRejection)) throw error;
      if (options.mode === 'strict') throw new FileRejection(line, error.message);
      outcome.rejected++;
      if (problems.length < MAX_PROBLEMS_KEPT) problems.push({ line, reason: error.message });
      insertRejected.run(importId, line, error.message, fields.join(detected.delimiter));
      return;
    }
    if (draft === SKIP_LINE) {
      outcome.lines--;
      return;
    }
    if (Array.isArray(draft)) {
      for (const g of draft) {
        const recordingId = g.subjectKind === 'recording' ? catalogue.recordingFor(g.isrc, g.subject) : null;
        insertGauge.run(importId, line, g.day, g.window, g.subjectKind, g.subject, recordingId, g.metric, g.value);
      }
      outcome.imported++;
      return;
    }
    const resolved = catalogue.resolve(draft);
    const platform = catalogue.platform(draft.platform);
    const territory = normaliseTerritory(draft.territory, territories);
    const extra = { ...draft.extra, ...Object.fromEntries(Object.entries(resolved.invalid).map(([k, v]) => [`invalid_${k}`, v])) };
    if (territory === 'ZZ' && draft.territory !== '' && draft.territory.toUpperCase() !== 'OU') extra.territory_as_printed = draft.territory;
    const amount = splitAmount(draft.amount);
    const base = toBase(draft.amount, draft.currency, baseCurrency, Math.floor(draft.sale.start / 100), rateOf);
    insertLine.run(
      importId, line, draft.sale.start, draft.sale.end, Math.floor(draft.sale.start / 100),
      draft.reportingDay, draft.reportingDay === null ? null : Math.floor(draft.reportingDay / 100),
      platform.id, territory, resolved.artistId, resolved.releaseId, resolved.recordingId,
      draft.saleType ?? platform.saleType, draft.quantity, draft.currency, amount.hi, amount.lo,
      base?.hi ?? null, base?.lo ?? null, Object.keys(extra).length ? JSON.stringify(extra) : null,
    );
    outcome.imported++;
    outcome.quantity += draft.quantity;
    totals.set(draft.currency, (totals.get(draft.currency) ?? 0n) + draft.amount);
  };

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
    if (error instanceof DelimitedSyntaxError) {
      if (options.mode === 'strict' || outcome.imported === 0) throw new FileRejection(error.line, error.message);
      outcome.rejected++;
      problems.push({ line: error.line, reason: error.message });
      // An unclosed quote can swallow the rest of a large file; the start is enough to show the user.
      insertRejected.run(importId, error.line, error.message, error.raw.slice(0, MAX_RAW_KEPT));
    } else {
      throw error;
    }
  }
  options.onProgress({ phase: 'reading', bytesDone: facts.byteLength, bytesTotal: facts.byteLength, lines: outcome.lines });

  outcome.problems = problems;
  if (outcome.imported === 0) {
    const firstProblem = problems[0];
    const reason = firstProblem
      ? `no line could be imported (first problem: line ${firstProblem.line}: ${firstProblem.reason})`
      : 'the file has a header but no statement lines';
    throw new FileRejection(firstProblem?.line ?? null, reason);
  }
  outcome.amounts = Object.fromEntries([...totals].sort(([a], [b]) => a.localeCompare(b)).map(([c, v]) => [c, formatAmount(v)]));
  outcome.status = 'imported';
  db.prepare(
    `UPDATE import_batch SET line_count = ?, imported_count = ?, rejected_count = ?, quantity_total = ?, totals_json = ?
     WHERE id = ?`,
  ).run(outcome.lines, outcome.imported, outcome.rejected, outcome.quantity, JSON.stringify(outcome.amounts), importId);
  const rejectedNote = outcome.rejected ? `, ${outcome.rejected} quarantined with reasons` : '';
  outcome.message = `${fileName}: ${outcome.imported} lines imported as ${detected.format.name} (${detected.match.variant})${rejectedNote}.`;
  return 'imported';
}

type RateLookup = (month: number, currency: string) => string | null;

function fxLookup(db: Database.Database): RateLookup {
  const stmt = db.prepare<[string, number], { rate: string }>(
    'SELECT rate FROM fx_rate WHERE currency = ? AND month = ?',
  );
  const cache = new Map<string, string | null>();
  return (month, currency) => {
    const key = `${currency}${month}`;
    if (!cache.has(key)) cache.set(key, stmt.get(currency, month)?.rate ?? null);
    return cache.get(key) ?? null;
  };
}

function toBase(amount: bigint, currency: string, base: string, month: number, rateOf: RateLookup): { hi: bigint; lo: bigint } | null {
  if (currency === base) return splitAmount(amount);
  const rate = rateOf(month, currency);
  return rate === null ? null : splitAmount(multiplyByRate(amount, rate));
}

function archiveOriginal(db: Database.Database, path: string, facts: StatementFileFacts, archiveDir: string, importId: number): void {
  const folder = join(archiveDir, facts.sha256.slice(0, 2));
  const target = join(folder, `${facts.sha256}${extname(path).toLowerCase()}`);
  if (!existsSync(target)) {
    mkdirSync(folder, { recursive: true });
    const partial = `${target}.partial`;
    copyFileSync(path, partial);
    renameSync(partial, target);
  }
  db.prepare('UPDATE import_batch SET archive_path = ? WHERE id = ?').run(target, importId);
}
