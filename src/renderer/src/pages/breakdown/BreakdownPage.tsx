import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Cell, QueryResult } from '../../../../shared/query/query-spec';
import { useQueryResult, type QueryState } from '../../api/use-query-result';
import { ExportDialog } from '../../components/ExportDialog';
import { QueryPanel } from '../../components/QueryPanel';
import { UnconvertedNotice } from '../../components/UnconvertedNotice';
import { unconvertedSpec, withLinesNotConverted } from '../../../../shared/query/unconverted-lines';
import { useAnyUnconverted } from '../../api/use-any-unconverted';
import { useAppStore } from '../../stores/app-store';
import { choicesOf, useBreakdownStore } from '../../stores/breakdown-store';
import { selectedTimeRange, useOverviewStore } from '../../stores/overview-store';
import '../../styles/breakdown.css';
import { TimeRangeBar } from '../overview/TimeRangeBar';
import { effectiveSort, topApplies, type DrillTarget } from './breakdown-choices';
import { BreakdownChart } from './BreakdownChart';
import { BreakdownControls } from './BreakdownControls';
import { answerFits, drillTargetOf } from './breakdown-rows';
import { breakdownExportHolds, breakdownFileName, breakdownSpec, breakdownTitle, figuresBasis, linesBasis, rootCrumbText, TABLE_ROW_LIMIT, totalSpec, type BreakdownScope } from './breakdown-specs';
import { BreakdownSummary } from './BreakdownSummary';
import { BreakdownTable } from './BreakdownTable';
import { dimensionPlural, isTimeDimension, metricLabel } from './breakdown-vocabulary';
import { breakdownChart } from './chart-series';
import { DrillBreadcrumb } from './DrillBreadcrumb';
import { FilterBar } from './FilterBar';
import { StatementLinesPanel } from './StatementLinesPanel';
import { footerTexts, totalFigures } from './total-figures';
import { leavesOutUnconverted, unconvertedRowLines } from './unconverted-rows';

/** Keeps the last answer on screen while a new one loads, unless it was to a differently shaped question. */
function fitted(state: QueryState, fits: (result: QueryResult) => boolean): QueryState {
  return state.result && !fits(state.result) ? { ...state, result: null } : state;
}

/** An answer that cannot be read (a cell that is no exact figure) fails its own panel, not the page. */
function attempt<T>(work: () => T): T | Error {
  try {
    return work();
  } catch (failure) {
    return failure instanceof Error ? failure : new Error(String(failure));
  }
}

function rowCountText(result: QueryResult, plural: string): string {
  const shown = result.rows.length.toLocaleString('en-US');
  if (result.others) {
    const top = (result.rows.length - (result.others.row === null ? 0 : 1)).toLocaleString('en-US');
    return `Top ${top} of ${result.totalRows.toLocaleString('en-US')} ${plural}, the other ${result.others.groups.toLocaleString('en-US')} in one row`;
  }
  if (result.totalRows > result.rows.length) return `First ${shown} of ${result.totalRows.toLocaleString('en-US')} rows; Export… writes them all`;
  return result.rows.length === 1 ? '1 row' : `${shown} ${plural}`;
}

/**
 * Any metric by one or two dimensions, filtered, over the Overview's window: a chart, every row in
 * a table, and a click on either to look one level deeper.
 */
export function BreakdownPage() {
  const isEmpty = useAppStore((state) => state.info?.isEmpty ?? false);
  const choices = useBreakdownStore(useShallow(choicesOf));
  const { choice, customFrom, customTo, countBackFrom, dateBasis } = useOverviewStore(
    useShallow(({ choice, customFrom, customTo, countBackFrom, dateBasis }) => ({ choice, customFrom, customTo, countBackFrom, dateBasis })),
  );
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState('');
  const [showingLines, setShowingLines] = useState(false);
  const linesId = useId();
  const linesButton = useRef<HTMLButtonElement>(null);

  const range = useMemo(() => selectedTimeRange({ choice, customFrom, customTo, countBackFrom }), [choice, customFrom, customTo, countBackFrom]);
  const scope = useMemo<BreakdownScope | null>(() => ('problem' in range ? null : { timeRange: range, dateBasis }), [range, dateBasis]);
  const tableSpec = useMemo(() => (scope ? breakdownSpec(choices, scope, TABLE_ROW_LIMIT) : null), [choices, scope]);
  const wholeSpec = useMemo(() => (scope ? totalSpec(choices, scope) : null), [choices, scope]);
  const lines = useMemo(() => (scope ? linesBasis(choices, scope) : null), [choices, scope]);
  const figures = useMemo(() => (scope ? figuresBasis(choices, scope) : null), [choices, scope]);

  const { metric, dimensions } = choices;
  const fits = useCallback((result: QueryResult) => answerFits(result, dimensions, metric), [dimensions, metric]);
  const table = fitted(useQueryResult(tableSpec), fits);
  const total = useQueryResult(wholeSpec);
  const totalFits = total.result !== null && answerFits(total.result, [], metric);
  const totals = useMemo(() => (total.result && totalFits ? attempt(() => totalFigures(total.result!, metric)) : null), [total.result, totalFits, metric]);
  const footer = useMemo(() => (total.result && totalFits ? attempt(() => footerTexts(total.result!, metric)) : null), [total.result, totalFits, metric]);

  // Each row's figure and what it leaves out for want of a rate: asked apart, so the table's own spec stays as fast as before.
  const waiting = useAnyUnconverted();
  const marksSpec = useMemo(
    () => (figures && waiting && leavesOutUnconverted(metric) ? unconvertedSpec(figures, dimensions) : null),
    [figures, waiting, metric, dimensions],
  );
  const marks = useQueryResult(marksSpec);
  const unconverted = useMemo(() => {
    if (!marksSpec || !marks.result) return null;
    const linesOf = unconvertedRowLines(marks.result, dimensions);
    return (row: readonly Cell[]) => (table.result ? linesOf(table.result, row) : null);
  }, [marksSpec, marks.result, dimensions, table.result]);

  const title = breakdownTitle(choices);
  const metricName = metricLabel(metric);
  const first = dimensions[0]!;
  const chart = useMemo(
    () => (table.result ? attempt(() => breakdownChart(table.result!, dimensions, metric, metricName, unconverted ?? undefined)) : null),
    [table.result, dimensions, metric, metricName, unconverted],
  );
  const drawn = chart instanceof Error ? null : chart;
  const members = drawn ? drawn.categories.filter((category) => !category.others).length : 0;
  // While lines wait for a rate, an export of money says how many each row leaves out, as the table does.
  const exportTables = useMemo(() => {
    if (!scope) return [];
    const spec = breakdownSpec(choices, scope);
    return [{ id: 'breakdown', label: title, spec: waiting ? withLinesNotConverted(spec) : spec, holds: breakdownExportHolds(spec) }];
  }, [choices, scope, title, waiting]);
  const windowOnScreen = table.result?.range ?? null;

  const drill = useCallback(
    (target: DrillTarget) => {
      const moved = useBreakdownStore.getState().drill(target, windowOnScreen);
      setNotice(moved ? '' : `${target.label} has nothing finer to break down into.`);
    },
    [windowOnScreen],
  );
  // A drill by keys on the grid moves the focus to the grid of the answer it asks for.
  const [focusGrid, setFocusGrid] = useState(false);
  const focusTaken = useCallback(() => setFocusGrid(false), []);
  const drillFromTable = useCallback(
    (target: DrillTarget, fromKeys: boolean) => {
      drill(target);
      if (fromKeys) setFocusGrid(true);
    },
    [drill],
  );
  // An answer with no rows has no grid to take it: the next one, asked some other way, must not.
  if (focusGrid && table.result && table.result.rows.length === 0) setFocusGrid(false);
  const closeLines = useCallback(() => {
    setShowingLines(false);
    // The close button goes with the panel; focus returns to the button that opened it.
    linesButton.current?.focus();
  }, []);
  const rowTarget = useCallback((row: readonly Cell[]) => (table.result ? drillTargetOf(table.result, first, row) : null), [table.result, first]);

  if (isEmpty) {
    return (
      <div className="page breakdown">
        <h1>Breakdown</h1>
        <p className="notice" role="status">
          Nothing to break down yet. <a href="#/import">Import statements</a>, or load the demo data from the <a href="#/">Overview</a>.
        </p>
      </div>
    );
  }

  const actions = useBreakdownStore.getState();
  return (
    <div className="page breakdown">
      <div className="page-heading">
        <div>
          <h1>Breakdown</h1>
          <p className="page-lead">Any figure by platform, territory, catalogue or period; click a bar or a row to look inside it.</p>
        </div>
        <div className="page-heading-actions">
          <button
            ref={linesButton}
            type="button"
            className="button"
            aria-expanded={showingLines}
            aria-controls={showingLines && lines ? linesId : undefined}
            onClick={() => setShowingLines((open) => !open)}
            disabled={!scope}
          >
            Statement lines
          </button>
          <button type="button" className="button" onClick={() => setExporting(true)} disabled={!scope}>
            Export…
          </button>
        </div>
      </div>

      <TimeRangeBar resolvedRange={windowOnScreen} noData={table.result !== null && table.result.range === null} />

      <BreakdownControls
        metric={metric}
        dimensions={dimensions}
        comparison={choices.comparison}
        top={choices.top}
        topOffered={dimensions.length === 1 && !isTimeDimension(first)}
        onMetric={actions.setMetric}
        onDimension={actions.setDimension}
        onComparison={actions.setComparison}
        onTop={actions.setTop}
      />

      <FilterBar filters={choices.filters} onAdd={actions.addFilter} onRemove={actions.removeFilter} />

      <DrillBreadcrumb rootText={rootCrumbText(choices)} steps={choices.drillPath} onStepBack={actions.stepBack} />
      <p className="visually-hidden" role="status">
        {notice}
      </p>

      {scope ? (
        <>
          <UnconvertedNotice basis={figures} />
          <BreakdownSummary
            figures={totals instanceof Error ? null : totals}
            error={totals instanceof Error ? { code: 'internal', message: totals.message } : total.error}
            loading={total.loading}
            metricName={metricName}
            comparison={choices.comparison}
          />
          <QueryPanel
            title={title}
            subtitle={drawn && drawn.omitted > 0 ? `Top ${members} of ${(members + drawn.omitted).toLocaleString('en-US')}` : undefined}
            state={table}
            emptyText="Nothing matches these choices in this range. A longer range, or fewer filters, may show more."
            className="panel--wide"
          >
            {(result) =>
              chart instanceof Error ? (
                <p className="panel-message panel-message--error" role="alert">
                  The chart could not be drawn: {chart.message}
                </p>
              ) : (
                drawn && <BreakdownChart chart={drawn} metric={metric} metricName={metricName} currency={result.baseCurrency} label={`${title} chart`} onDrill={drill} />
              )
            }
          </QueryPanel>
          <QueryPanel
            title={`${title}, every row`}
            subtitle={table.result ? rowCountText(table.result, dimensions.length === 1 ? dimensionPlural(first) : 'rows') : undefined}
            state={table}
            emptyText="No rows for these choices."
            className="panel--wide"
          >
            {(result) => (
              <BreakdownTable
                result={result}
                caption={title}
                metric={metric}
                sortDimensions={topApplies(choices) ? [] : dimensions}
                sort={effectiveSort(choices)}
                onSort={actions.sortBy}
                totals={footer instanceof Error ? null : footer}
                drillTarget={rowTarget}
                onDrill={drillFromTable}
                takeFocus={focusGrid}
                onFocusTaken={focusTaken}
                viewKey={JSON.stringify(tableSpec)}
                unconverted={unconverted}
              />
            )}
          </QueryPanel>
          {showingLines && lines && <StatementLinesPanel id={linesId} basis={lines} onClose={closeLines} />}
        </>
      ) : (
        <p className="notice" role="status">
          {'problem' in range ? range.problem : null}
        </p>
      )}

      {exporting && (
        <ExportDialog open onClose={() => setExporting(false)} tables={exportTables} defaultFileName={() => breakdownFileName(choices, new Date())} />
      )}
    </div>
  );
}
