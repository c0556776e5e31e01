import type Database from 'better-sqlite3';
import { formatAmount, joinAmount, LARGEST_IMPORT_SUM_E8 } from '../../shared/money/exact-amount';
import { formatDayNumber } from '../../shared/period/sale-period';
import { FileRejection } from './containers/statement-document';
import { CatalogueResolver, type ResolvedCatalogue } from '../catalogue/catalogue-resolver';
import { SALE_TYPES } from '../catalogue/platform-catalogue';
import { RollupAccumulator } from '../query/rollups/rollup-accumulator';
import { BatchedInsert } from '../store/batched-insert';
import { DeferredLineIndexes } from './deferred-line-indexes';
import { baseCurrencyOf, fxLookup, toBase, type RateLookup } from './fx-conversion';
import { IdentifierNotes } from './identifier-notes';
import { LineExtraFields } from './line-extra-fields';
import type { LineProblem } from './import-outcome';
import { prepareLine, type GaugeReading, type PreparedLine, type StatementLineDraft } from './statement-line';
import { normaliseTerritory } from './territory-codes';

const MAX_PROBLEMS_KEPT = 1000;
/** Units one import's quantities may add up to without their signs: past it the running total is no longer exact. */
const LARGEST_IMPORT_QUANTITY = Number.MAX_SAFE_INTEGER;
const MAX_RAW_KEPT = 4096;
const SAMPLE_LINES = 10;
const LINE_COLUMNS = [
  'import_id', 'line_no', 'sale_start', 'sale_end', 'sale_month', 'reporting_day', 'reporting_month',
  'platform_id', 'territory', 'artist_id', 'release_id', 'recording_id', 'sale_type', 'quantity', 'currency',
  'amount_hi', 'amount_lo', 'base_hi', 'base_lo', 'extra_id',
] as const;

export type PeriodBasis = 'sale' | 'reporting' | 'unknown';

/**
 * Writes one import's lines inside its transaction and keeps the running figures the outcome,
 * the history and the overlap checks need: counts, quantity, totals per currency, periods.
 */
export class StatementLineWriter {
  imported = 0;
  rejected = 0;
  quantity = 0;
  readonly totals = new Map<string, bigint>();
  readonly problems: LineProblem[] = [];
  readonly sample: Record<string, string>[] = [];
  saleFrom: number | null = null;
  saleTo: number | null = null;
  reportingFrom: number | null = null;
  reportingTo: number | null = null;
  /** The import's rollup rows, summed as lines are written (see finishBatch). */
  readonly rollups = new RollupAccumulator();
  /** UPCs repaired or kept as printed and ISRCs that are none, for the outcome's warnings. */
  readonly identifierNotes = new IdentifierNotes();
  /** The lines' amounts and base amounts added up without their signs, in stored 1e-8 units, checked once (finish). */
  private amountMagnitude = 0;
  private baseMagnitude = 0;
  /** The lines' quantities added up without their signs, checked once (finish). */
  private quantityMagnitude = 0;
  /** Sale types written: the store takes the writer's word for each line's and checks the set once (finish). */
  private readonly saleTypes = new Set<string>();
  private readonly saleMonths = new Set<number>();
  private readonly reportingMonths = new Set<number>();
  private readonly catalogue: CatalogueResolver;
  private readonly territories: ReadonlySet<string>;
  /** Territory cells as printed → stored code: a statement spells a few hundred countries, millions of times. */
  private readonly territoryCodes = new Map<string, string>();
  /** Every code stored, for the reference check and the overlap checks (the cache above may be emptied). */
  private readonly territoriesUsed = new Set<string>();
  private readonly lines: BatchedInsert;
  private readonly extraFields: LineExtraFields;
  private readonly indexes: DeferredLineIndexes;
  /** The row being written, reused line after line. */
  private readonly row = new Array<unknown>(LINE_COLUMNS.length);
  private readonly baseCurrency: string;
  private readonly rateOf: RateLookup;
  private readonly stmt;

  constructor(
    db: Database.Database,
    private readonly importId: number,
    /** Lines kept in `sample` as read: a preview shows the first few, a correction every line it reads. */
    private readonly sampleLines = SAMPLE_LINES,
  ) {
    this.catalogue = new CatalogueResolver(db);
    this.territories = new Set(db.prepare<[], { code: string }>('SELECT code FROM territory').all().map((r) => r.code));
    this.baseCurrency = baseCurrencyOf(db);
    this.rateOf = fxLookup(db);
    this.lines = new BatchedInsert(db, 'statement_line', LINE_COLUMNS);
    this.extraFields = new LineExtraFields(db, importId);
    this.indexes = new DeferredLineIndexes(db);
    this.stmt = {
      gauge: db.prepare(
        `INSERT INTO gauge_reading (import_id, line_no, day, window, subject_kind, subject, recording_id, metric, value)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      rejected: db.prepare('INSERT INTO rejected_line (import_id, line_no, reason, raw) VALUES (?, ?, ?, ?)'),
    };
  }

  write(draft: StatementLineDraft, line: number): void {
    this.writePrepared(prepareLine(draft, line));
    this.addToTotal(draft.currency, draft.amount);
  }

  /**
   * Writes a line in the form the writer stores it. Its amount is not added to the totals here:
   * lines read on another thread bring their batch's totals along (addToTotal).
   */
  writePrepared(p: PreparedLine): void {
    const resolved = this.catalogue.resolve(p);
    const platform = this.catalogue.platform(p.platform);
    const territory = this.territoryOf(p.territory);
    const saleMonth = Math.floor(p.saleStart / 100);
    // A statement printing one period per line (Apple, Bandcamp, Kontor…) reports the sales of that
    // period: on the reporting basis its lines count at the period's end, not nowhere.
    const reportingDay = p.reportingDay ?? p.saleEnd;
    const reportingMonth = Math.floor(reportingDay / 100);
    let baseHi: bigint | number | null = p.amountHi;
    let baseLo: bigint | number | null = p.amountLo;
    if (p.currency !== this.baseCurrency) {
      const base = toBase(joinAmount(p.amountHi, p.amountLo), p.currency, this.baseCurrency, saleMonth, this.rateOf);
      baseHi = base?.hi ?? null;
      baseLo = base?.lo ?? null;
    }
    const saleType = p.saleType ?? platform.saleType;
    const row = this.row;
    row[0] = this.importId;
    row[1] = p.line;
    row[2] = p.saleStart;
    row[3] = p.saleEnd;
    row[4] = saleMonth;
    row[5] = reportingDay;
    row[6] = reportingMonth;
    row[7] = platform.id;
    row[8] = territory;
    row[9] = resolved.artistId;
    row[10] = resolved.releaseId;
    row[11] = resolved.recordingId;
    row[12] = saleType;
    this.saleTypes.add(saleType);
    row[13] = p.quantity;
    row[14] = p.currency;
    row[15] = p.amountHi;
    row[16] = p.amountLo;
    row[17] = baseHi;
    row[18] = baseLo;
    row[19] = this.extraFields.idOf(extraJson(p, resolved, territory));
    this.identifierNotes.note(p.line, resolved.invalid);
    this.lines.add(row);
    const baseE8 = baseHi === null ? null : Number(baseHi);
    this.rollups.add({
      saleMonth, reportingMonth, platform_id: platform.id, territory, artist_id: resolved.artistId,
      release_id: resolved.releaseId, recording_id: resolved.recordingId, saleType, currency: p.currency,
      quantity: p.quantity, baseHi: baseE8, baseLo: baseLo === null ? null : Number(baseLo),
    });
    this.amountMagnitude += Math.abs(Number(p.amountHi));
    this.quantityMagnitude += Math.abs(p.quantity);
    if (baseE8 !== null) this.baseMagnitude += Math.abs(baseE8);
    this.imported++;
    this.indexes.written(this.imported);
    this.quantity += p.quantity;
    // The import's periods say what the statement printed; the overlap checks and the completeness
    // grid's reporting lags rely on that.
    this.notePeriods(p.saleStart, p.saleEnd, p.reportingDay);
    if (this.sample.length < this.sampleLines) this.sample.push(sampleRow(p, territory, saleType));
  }

  /** Adds earned money (1e-16 units) to a currency's total. */
  addToTotal(currency: string, amount: bigint): void {
    this.totals.set(currency, (this.totals.get(currency) ?? 0n) + amount);
  }

  writeGauges(readings: GaugeReading[], line: number): void {
    for (const g of readings) {
      const recordingId = g.subjectKind === 'recording' ? this.catalogue.recordingFor(g.isrc, g.subject) : null;
      this.stmt.gauge.run(this.importId, line, g.day, g.window, g.subjectKind, g.subject, recordingId, g.metric, g.value);
      if (g.day !== null) this.notePeriods(g.day, g.day, null);
    }
    this.imported++;
    if (this.sample.length < this.sampleLines) {
      this.sample.push(Object.fromEntries([['Line', String(line)], ...readings.map((g) => [`${g.subject} ${g.metric}`, String(g.value)])]));
    }
  }

  /**
   * The rows this import's lines point at, by table (ids, and territory codes): what SQLite's
   * foreign keys would check line by line, to be checked once (see line-references.ts).
   */
  references(): { table: string; keys: (number | string)[] }[] {
    return [...this.catalogue.handedOut(), { table: 'territory', keys: [...this.territoriesUsed] }];
  }

  /**
   * Checks the import's sale types, writes the lines and kept columns still waiting for their batch
   * and rebuilds the indexes set aside: before anything reads this import's lines.
   */
  finish(): void {
    const unknown = [...this.saleTypes].find((type) => !(SALE_TYPES as readonly string[]).includes(type));
    if (unknown !== undefined) throw new Error(`an imported line has the sale type "${unknown}", which the store does not know; nothing was imported`);
    if (Math.max(this.amountMagnitude, this.baseMagnitude) > LARGEST_IMPORT_SUM_E8) {
      throw new FileRejection(null, 'its amounts add up to more than 10,000,000,000 either way: more than any statement earns, and more than the store can add up (are cells run together?)');
    }
    if (this.quantityMagnitude > LARGEST_IMPORT_QUANTITY) {
      throw new FileRejection(null, 'its quantities add up to more than 9,007,199,254,740,991 units either way, more than can be counted exactly (are cells run together?)');
    }
    this.lines.flush();
    this.extraFields.flush();
    this.indexes.restore();
  }

  quarantine(line: number, reason: string, raw: string): void {
    this.rejected++;
    if (this.problems.length < MAX_PROBLEMS_KEPT) this.problems.push({ line, reason });
    // An unclosed quote can swallow the rest of a large file; the start is enough to show the user.
    this.stmt.rejected.run(this.importId, line, reason, raw.slice(0, MAX_RAW_KEPT));
  }

  /** The territory codes the lines were stored with, sorted; null when no line was (audience readings only). */
  territoriesWritten(): string[] | null {
    return this.territoriesUsed.size === 0 ? null : [...this.territoriesUsed].sort();
  }

  amounts(): Record<string, string> {
    return Object.fromEntries([...this.totals].sort(([a], [b]) => a.localeCompare(b)).map(([c, v]) => [c, formatAmount(v)]));
  }

  /**
   * A DistroKid-style export is cut either by sale month (one sale month, many reporting dates) or
   * by reporting date (the other way round); importing one of each double-counts their overlap.
   */
  periodBasis(): PeriodBasis {
    if (this.saleMonths.size === 1 && this.reportingMonths.size > 1) return 'sale';
    if (this.reportingMonths.size === 1 && this.saleMonths.size > 1) return 'reporting';
    return 'unknown';
  }

  private territoryOf(printed: string): string {
    let code = this.territoryCodes.get(printed);
    if (code === undefined) {
      code = normaliseTerritory(printed, this.territories);
      // A file of junk in its country column must not grow the cache without end.
      if (this.territoryCodes.size >= 10_000) this.territoryCodes.clear();
      this.territoryCodes.set(printed, code);
      this.territoriesUsed.add(code);
    }
    return code;
  }

  private notePeriods(start: number, end: number, reporting: number | null): void {
    this.saleFrom = this.saleFrom === null ? start : Math.min(this.saleFrom, start);
    this.saleTo = this.saleTo === null ? end : Math.max(this.saleTo, end);
    this.saleMonths.add(Math.floor(start / 100));
    if (reporting !== null) {
      this.reportingFrom = this.reportingFrom === null ? reporting : Math.min(this.reportingFrom, reporting);
      this.reportingTo = this.reportingTo === null ? reporting : Math.max(this.reportingTo, reporting);
      this.reportingMonths.add(Math.floor(reporting / 100));
    }
  }
}

/**
 * The line's other columns as printed, with what matching found: identifiers that were present
 * but not valid, how a recording was matched, a country cell that names no territory. Null when
 * there is nothing to keep.
 */
function extraJson(p: PreparedLine, resolved: ResolvedCatalogue, territory: string): string | null {
  const unplaced = territory === 'ZZ' && p.territory !== '' && p.territory.toUpperCase() !== 'OU';
  if (!hasKeys(resolved.invalid) && !resolved.matchNote && !unplaced) return p.extraJson;
  const extra = (p.extraJson === null ? {} : JSON.parse(p.extraJson)) as Record<string, string>;
  for (const [key, value] of Object.entries(resolved.invalid)) extra[`invalid_${key}`] = value;
  if (resolved.matchNote) extra.catalogue_match = resolved.matchNote;
  if (unplaced) extra.territory_as_printed = p.territory;
  return JSON.stringify(extra);
}

/** Without building the list of keys, as Object.keys would on every line. */
function hasKeys(record: Record<string, string>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

function sampleRow(p: PreparedLine, territory: string, saleType: string): Record<string, string> {
  const sale = p.saleStart === p.saleEnd ? formatDayNumber(p.saleStart) : `${formatDayNumber(p.saleStart)} – ${formatDayNumber(p.saleEnd)}`;
  return {
    Line: String(p.line),
    'Sale period': sale,
    Reported: p.reportingDay === null ? '' : formatDayNumber(p.reportingDay),
    Platform: p.platform,
    Territory: territory,
    Artist: p.artist,
    Title: p.recordingTitle ?? p.releaseTitle ?? '',
    ISRC: p.isrc ?? '',
    UPC: p.upc ?? '',
    Type: saleType,
    Quantity: String(p.quantity),
    Earned: `${formatAmount(joinAmount(p.amountHi, p.amountLo))} ${p.currency}`,
  };
}
