import type Database from 'better-sqlite3';
import { formatAmount, joinAmount } from '../../shared/money/exact-amount';
import { formatDayNumber } from '../../shared/period/sale-period';
import type { QuerySpec } from '../../shared/query/query-spec';
import type { StatementLines, StatementLinesRequest, StatementLineView } from '../../shared/query/statement-lines-contract';
import { windowToIso, type DayWindow } from '../../shared/query/time-window';
import { linesWhere, whereClause, type SqlFragment } from './compile-query';
import { STATEMENT_LINES } from './fact-source';
import { filterTarget } from './filter-sql';
import { specWindows } from './run-query';
import { sqliteDialect } from './sql-dialect';

interface LineRow {
  import_id: bigint;
  file_name: string;
  line_no: bigint;
  sale_start: bigint;
  sale_end: bigint;
  reporting_day: bigint | null;
  platform: string;
  territory: string;
  artist: string | null;
  release: string | null;
  upc: string | null;
  recording: string | null;
  isrc: string | null;
  sale_type: string;
  quantity: bigint;
  currency: string;
  amount_hi: bigint;
  amount_lo: bigint;
  base_hi: bigint | null;
  base_lo: bigint | null;
  fields: string | null;
}

const ORDER: Record<StatementLinesRequest['order'], string> = {
  file: 'f.import_id, f.line_no',
  // Unconverted lines last; the halves order an amount as a whole (the remainder never outweighs the 1e-8 part).
  largest: 'f.base_hi IS NULL, f.base_hi DESC, f.base_lo DESC, f.import_id, f.line_no',
};

/** What a request chooses, worked out once: its window and the WHERE the query engine reads lines with. */
export interface ChosenLines {
  window: DayWindow | null;
  where: SqlFragment;
  /** Filters on totals choose groups, not lines: set aside. */
  setAside: number;
}

type LinesChoice = Pick<StatementLinesRequest, 'filters' | 'timeRange' | 'dateBasis'>;

/**
 * The same WHERE the query engine reads lines with, so the lines add up to the figure they are
 * asked for. Filters on totals choose groups, not lines; they are set aside and counted.
 */
export function chooseLines(db: Database.Database, request: LinesChoice, today: Date): ChosenLines {
  const lineFilters = request.filters.filter((entry) => filterTarget(entry) === 'lines');
  const spec = { metrics: ['lines'], dimensions: [], filters: lineFilters, timeRange: request.timeRange, dateBasis: request.dateBasis, offset: 0 } satisfies QuerySpec;
  const { window, current } = specWindows(db, spec, today, false);
  const where = linesWhere(spec, current, { basis: spec.dateBasis, dialect: sqliteDialect, source: STATEMENT_LINES });
  return { window, where, setAside: request.filters.length - lineFilters.length };
}

export function countLines(db: Database.Database, chosen: ChosenLines): number {
  return db.prepare<unknown[], number>(`SELECT COUNT(*) FROM statement_line f${whereClause(chosen.where)}`).pluck().get(...chosen.where.params) ?? 0;
}

/**
 * The chosen lines in an order, named, as they are read: a page (limit and offset) or, without
 * one, all of them in one pass. The lines are ordered and cut alone and only those kept are
 * joined to their names: naming every line first would cost more than choosing them.
 */
export function* readLines(
  db: Database.Database,
  chosen: ChosenLines,
  order: StatementLinesRequest['order'],
  page: { limit: number; offset: number } = { limit: -1, offset: 0 },
): Generator<StatementLineView> {
  const sorted = ORDER[order];
  const rows = db
    .prepare<unknown[], LineRow>(
      `SELECT f.import_id, b.file_name, f.line_no, f.sale_start, f.sale_end, f.reporting_day, p.name AS platform, f.territory,
              a.name AS artist, NULLIF(r.title, '') AS release, r.upc, rec.title AS recording, rec.isrc, f.sale_type, f.quantity,
              f.currency, f.amount_hi, f.amount_lo, f.base_hi, f.base_lo, e.fields
         FROM (SELECT f.* FROM statement_line f${whereClause(chosen.where)} ORDER BY ${sorted} LIMIT ? OFFSET ?) f
         JOIN import_batch b ON b.id = f.import_id
         JOIN platform p ON p.id = f.platform_id
         LEFT JOIN artist a ON a.id = f.artist_id
         LEFT JOIN release r ON r.id = f.release_id
         LEFT JOIN recording rec ON rec.id = f.recording_id
         LEFT JOIN line_extra e ON e.id = f.extra_id
        ORDER BY ${sorted}`,
    )
    .safeIntegers(true)
    .iterate(...chosen.where.params, page.limit, page.offset);
  for (const row of rows) yield lineView(row);
}

/** A page of the lines a request chooses, with how many there are in all. */
export function statementLines(db: Database.Database, request: StatementLinesRequest, today: Date, baseCurrency: string): StatementLines {
  const chosen = chooseLines(db, request, today);
  return {
    range: chosen.window ? windowToIso(chosen.window) : null,
    total: countLines(db, chosen),
    baseCurrency,
    lines: [...readLines(db, chosen, request.order, { limit: request.limit, offset: request.offset })],
    totalsFiltersSetAside: chosen.setAside,
  };
}

function lineView(row: LineRow): StatementLineView {
  return {
    importId: Number(row.import_id),
    fileName: row.file_name,
    line: Number(row.line_no),
    saleFrom: formatDayNumber(Number(row.sale_start)),
    saleTo: formatDayNumber(Number(row.sale_end)),
    reported: row.reporting_day === null ? null : formatDayNumber(Number(row.reporting_day)),
    platform: row.platform,
    territory: row.territory,
    artist: row.artist,
    release: row.release,
    upc: row.upc,
    recording: row.recording,
    isrc: row.isrc,
    saleType: row.sale_type,
    quantity: Number(row.quantity),
    currency: row.currency,
    amount: formatAmount(joinAmount(row.amount_hi, row.amount_lo)),
    base: row.base_hi === null || row.base_lo === null ? null : formatAmount(joinAmount(row.base_hi, row.base_lo)),
    kept: row.fields === null ? {} : (JSON.parse(row.fields) as Record<string, string>),
  };
}
