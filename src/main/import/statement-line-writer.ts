import type Database from 'better-sqlite3';
import { formatAmount, splitAmount } from '../../shared/money/exact-amount';
import { formatDayNumber } from '../../shared/period/sale-period';
import { CatalogueResolver } from '../catalogue/catalogue-resolver';
import { RollupAccumulator } from '../query/rollups/rollup-accumulator';
import { baseCurrencyOf, fxLookup, toBase, type RateLookup } from './fx-conversion';
import type { LineProblem } from './import-outcome';
import type { GaugeReading, StatementLineDraft } from './statement-line';
import { normaliseTerritory } from './territory-codes';

const MAX_PROBLEMS_KEPT = 1000;
const MAX_RAW_KEPT = 4096;
const SAMPLE_LINES = 10;

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
  private readonly saleMonths = new Set<number>();
  private readonly reportingMonths = new Set<number>();
  private readonly catalogue: CatalogueResolver;
  private readonly territories: ReadonlySet<string>;
  private readonly baseCurrency: string;
  private readonly rateOf: RateLookup;
  private readonly stmt;

  constructor(
    db: Database.Database,
    private readonly importId: number,
  ) {
    this.catalogue = new CatalogueResolver(db);
    this.territories = new Set(db.prepare<[], { code: string }>('SELECT code FROM territory').all().map((r) => r.code));
    this.baseCurrency = baseCurrencyOf(db);
    this.rateOf = fxLookup(db);
    this.stmt = {
      line: db.prepare(
        `INSERT INTO statement_line (import_id, line_no, sale_start, sale_end, sale_month, reporting_day, reporting_month,
           platform_id, territory, artist_id, release_id, recording_id, sale_type, quantity, currency,
           amount_hi, amount_lo, base_hi, base_lo, extra_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      gauge: db.prepare(
        `INSERT INTO gauge_reading (import_id, line_no, day, window, subject_kind, subject, recording_id, metric, value)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      rejected: db.prepare('INSERT INTO rejected_line (import_id, line_no, reason, raw) VALUES (?, ?, ?, ?)'),
    };
  }

  write(draft: StatementLineDraft, line: number): void {
    const resolved = this.catalogue.resolve(draft);
    const platform = this.catalogue.platform(draft.platform);
    const territory = normaliseTerritory(draft.territory, this.territories);
    const extra: Record<string, string> = { ...draft.extra };
    for (const [key, value] of Object.entries(resolved.invalid)) extra[`invalid_${key}`] = value;
    if (resolved.matchNote) extra.catalogue_match = resolved.matchNote;
    if (territory === 'ZZ' && draft.territory !== '' && draft.territory.toUpperCase() !== 'OU') extra.territory_as_printed = draft.territory;
    const saleMonth = Math.floor(draft.sale.start / 100);
    const reportingMonth = draft.reportingDay === null ? null : Math.floor(draft.reportingDay / 100);
    const amount = splitAmount(draft.amount);
    const base = toBase(draft.amount, draft.currency, this.baseCurrency, saleMonth, this.rateOf);
    const saleType = draft.saleType ?? platform.saleType;
    this.stmt.line.run(
      this.importId, line, draft.sale.start, draft.sale.end, saleMonth, draft.reportingDay, reportingMonth,
      platform.id, territory, resolved.artistId, resolved.releaseId, resolved.recordingId, saleType,
      draft.quantity, draft.currency, amount.hi, amount.lo, base?.hi ?? null, base?.lo ?? null,
      Object.keys(extra).length ? JSON.stringify(extra) : null,
    );
    this.rollups.add({
      saleMonth, reportingMonth, platform_id: platform.id, territory, artist_id: resolved.artistId,
      release_id: resolved.releaseId, recording_id: resolved.recordingId, saleType, currency: draft.currency,
      quantity: draft.quantity, baseHi: base ? Number(base.hi) : null, baseLo: base ? Number(base.lo) : null,
    });
    this.imported++;
    this.quantity += draft.quantity;
    this.totals.set(draft.currency, (this.totals.get(draft.currency) ?? 0n) + draft.amount);
    this.notePeriods(draft.sale.start, draft.sale.end, draft.reportingDay);
    if (this.sample.length < SAMPLE_LINES) this.sample.push(sampleRow(draft, line, territory, saleType));
  }

  writeGauges(readings: GaugeReading[], line: number): void {
    for (const g of readings) {
      const recordingId = g.subjectKind === 'recording' ? this.catalogue.recordingFor(g.isrc, g.subject) : null;
      this.stmt.gauge.run(this.importId, line, g.day, g.window, g.subjectKind, g.subject, recordingId, g.metric, g.value);
      if (g.day !== null) this.notePeriods(g.day, g.day, null);
    }
    this.imported++;
    if (this.sample.length < SAMPLE_LINES) {
      this.sample.push(Object.fromEntries([['Line', String(line)], ...readings.map((g) => [`${g.subject} ${g.metric}`, String(g.value)])]));
    }
  }

  quarantine(line: number, reason: string, raw: string): void {
    this.rejected++;
    if (this.problems.length < MAX_PROBLEMS_KEPT) this.problems.push({ line, reason });
    // An unclosed quote can swallow the rest of a large file; the start is enough to show the user.
    this.stmt.rejected.run(this.importId, line, reason, raw.slice(0, MAX_RAW_KEPT));
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

function sampleRow(draft: StatementLineDraft, line: number, territory: string, saleType: string): Record<string, string> {
  const sale = draft.sale.start === draft.sale.end
    ? formatDayNumber(draft.sale.start)
    : `${formatDayNumber(draft.sale.start)} – ${formatDayNumber(draft.sale.end)}`;
  return {
    Line: String(line),
    'Sale period': sale,
    Reported: draft.reportingDay === null ? '' : formatDayNumber(draft.reportingDay),
    Platform: draft.platform,
    Territory: territory,
    Artist: draft.artist,
    Title: draft.recordingTitle ?? draft.releaseTitle ?? '',
    ISRC: draft.isrc ?? '',
    UPC: draft.upc ?? '',
    Type: saleType,
    Quantity: String(draft.quantity),
    Earned: `${formatAmount(draft.amount)} ${draft.currency}`,
  };
}
