import type Database from 'better-sqlite3';
import { isGaugeSpec, type QueryResult, type QuerySpec, type TimeRange } from '../../shared/query/query-spec';
import { comparisonCalendar, comparisonWindow, resolveTimeRange, windowToIso, type DayWindow } from '../../shared/query/time-window';
import { withComparisonColumns } from './comparison-columns';
import { filterTarget } from './filter-sql';
import { answerSpec, type Answer } from './query-answer';
import { resultColumns } from './shape-rows';
import { answerTop, othersTotals, type TopAnswer } from './top-groups';

/** Only "all" and windows anchored on the latest data need the span, which costs a scan to find. */
function needsDataSpan(range: TimeRange): boolean {
  return (range.kind === 'preset' && range.preset === 'all') || (range.kind === 'relative' && range.anchor === 'latestData');
}

/**
 * First and last day with data, from the periods each import keeps on its batch: a few dozen
 * rows, whatever the number of lines. Only batches that hold lines of the kind asked about count:
 * audience exports note their days too.
 */
function dataSpan(db: Database.Database, basis: QuerySpec['dateBasis'], gauges: boolean): DayWindow | null {
  const [from, to] = !gauges && basis === 'reporting' ? ['reporting_from', 'reporting_to'] : ['sale_from', 'sale_to'];
  const holding = gauges ? 'gauge_reading' : 'statement_line';
  const sql = `SELECT MIN(b.${from}) AS "from", MAX(b.${to}) AS "to" FROM import_batch b WHERE EXISTS (SELECT 1 FROM ${holding} x WHERE x.import_id = b.id)`;
  const row = db.prepare<[], { from: number | null; to: number | null }>(sql).get();
  return row?.from != null && row.to != null ? { from: row.from, to: row.to } : null;
}

/**
 * The window a spec's time range names (`window`, for the answer's range), and the one its lines
 * are read in (`current`): none for all time, which reads everything there is.
 */
export function specWindows(
  db: Database.Database,
  spec: Pick<QuerySpec, 'timeRange' | 'dateBasis'>,
  today: Date,
  gauges: boolean,
): { window: DayWindow | null; current: DayWindow | null } {
  const span = needsDataSpan(spec.timeRange) ? dataSpan(db, spec.dateBasis, gauges) : null;
  const window = resolveTimeRange(spec.timeRange, today, span);
  // An empty store has no span: "all time" then reads everything there is, which is nothing.
  const isAllTime = spec.timeRange.kind === 'preset' && spec.timeRange.preset === 'all';
  return { window, current: isAllTime ? null : window };
}

/** Runs a spec on a (read-only) connection: resolves the time window, the comparison, and shapes cells. */
export function runQuery(db: Database.Database, spec: QuerySpec, today: Date, baseCurrency: string): QueryResult {
  const started = performance.now();
  const { window, current } = specWindows(db, spec, today, isGaugeSpec(spec));
  const top: TopAnswer | null = spec.top ? answerTop(db, spec, current) : null;
  const main: Answer = top ?? answerSpec(db, spec, current);
  const result: QueryResult = {
    columns: resultColumns(main.parts, baseCurrency),
    rows: main.rows,
    range: window ? windowToIso(window) : null,
    totalRows: main.totalRows,
    baseCurrency,
    elapsedMs: 0,
  };
  if (top?.others) result.others = top.others;
  if (spec.comparison && current) {
    const previous = comparisonWindow(current, spec.comparison, comparisonCalendar(spec.timeRange));
    // The earlier window is asked for every group: totals filters chose this window's rows, not its.
    const earlierSpec: QuerySpec = {
      ...spec,
      filters: spec.filters.filter((entry) => filterTarget(entry) === 'lines'),
      top: undefined,
      sort: undefined,
      limit: undefined,
      offset: 0,
    };
    const earlier = answerSpec(db, earlierSpec, previous);
    if (spec.dimensions.length === 0) {
      result.comparison = { range: windowToIso(previous), rows: earlier.rows };
    } else {
      const othersRow = top?.others?.row ?? null;
      const others = { row: othersRow, previous: othersRow === null ? null : othersTotals(db, spec, top!.topKeys, current, previous) };
      const compared = withComparisonColumns(spec, main, earlier, { current, previous }, others);
      result.columns = resultColumns(compared.parts, baseCurrency);
      result.rows = compared.rows;
      result.comparison = { range: windowToIso(previous), rows: [] };
    }
  }
  result.elapsedMs = Math.round((performance.now() - started) * 100) / 100;
  return result;
}
