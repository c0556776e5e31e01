import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Cell, Dimension, Metric, QueryResult, ResultColumn } from '../../../../shared/query/query-spec';
import type { WaitingLines } from '../../../../shared/query/unconverted-members';
import { isNumericColumn } from '../../query/cell-text';
import type { DrillTarget, SortChoice } from './breakdown-choices';
import { shownColumns } from './breakdown-rows';
import { BreakdownRow } from './BreakdownRow';
import { METRIC_COLUMNS, sortKeyOfColumn } from './breakdown-vocabulary';
import { isGridKey, movedRow, rowWindow, scrollToReveal } from './row-window';

/** Fixed in CSS (breakdown.css) as well: the window arithmetic depends on every row being this tall. */
const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 44;
const FOOTER_HEIGHT = 36;
const OVERSCAN = 8;
/** Until the box has been measured. */
const INITIAL_VIEWPORT = 520;

/** Codes and periods need little room; names and figures share the rest. */
const NARROW_COLUMNS = new Set(['territory', 'currency', 'sale_type', 'upc', 'isrc', 'day', 'month', 'quarter', 'year']);

interface BreakdownTableProps {
  result: QueryResult;
  caption: string;
  metric: Metric;
  /** The dimensions a header click may sort by (none while the top n are chosen by the metric). */
  sortDimensions: readonly Dimension[];
  sort: SortChoice;
  onSort(by: Dimension | Metric): void;
  /** The footer's figures by column name, worked out from the engine's exact totals; null while they load. */
  totals: Readonly<Record<string, string>> | null;
  drillTarget(row: readonly Cell[]): DrillTarget | null;
  /** `fromKeys` when Enter or Space on the focused grid drilled: the next grid should take the focus. */
  onDrill(target: DrillTarget, fromKeys: boolean): void;
  /** Set after a drill by keys: the grid takes the focus when it appears, and says so (onFocusTaken). */
  takeFocus?: boolean;
  onFocusTaken?(): void;
  /** Changes when the question changes (not when the same one is answered again): back to the top. */
  viewKey: string;
  /** What a row's figure leaves out for want of an FX rate (14 lines in EUR), if anything. */
  unconverted?: ((row: readonly Cell[]) => WaitingLines | null) | null;
}

interface ShownColumn {
  column: ResultColumn;
  index: number;
  sortKey: Dimension | Metric | null;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * Every row of a breakdown, however many: only the rows in view are in the DOM, all of one height,
 * with spacers standing in for the rest. Keyboard: focus the table, then arrows, Page Up/Down,
 * Home/End move the highlighted row, Enter drills into it.
 */
export function BreakdownTable(props: BreakdownTableProps) {
  const { result, caption, metric, sortDimensions, sort, onSort, totals, drillTarget, onDrill, viewKey, unconverted, takeFocus, onFocusTaken } = props;
  const ids = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  // The grid drilled from went with its answer: the focus would fall to the page, so this one takes it.
  useEffect(() => {
    if (!takeFocus) return;
    gridRef.current?.focus();
    onFocusTaken?.();
  }, [takeFocus, onFocusTaken]);
  // The first row in view, not the pixel offset: scrolling within a row then renders nothing.
  const [firstRow, setFirstRow] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(INITIAL_VIEWPORT);
  const [active, setActive] = useState<number | null>(null);
  const rowCount = result.rows.length;

  const columns = useMemo<ShownColumn[]>(() => {
    const shown = new Set(shownColumns(result));
    const sortable = new Set<string>();
    return result.columns.flatMap((column, index) => {
      if (!shown.has(column)) return [];
      // A territory's code and name sort alike; one header is enough to offer it.
      const key = sortKeyOfColumn(column.name, sortDimensions, metric);
      const sortKey = key && !sortable.has(key) ? key : null;
      if (sortKey) sortable.add(sortKey);
      return [{ column, index, sortKey }];
    });
  }, [result, sortDimensions, metric]);

  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    const measure = () => setViewportHeight(box.clientHeight || INITIAL_VIEWPORT);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    setFirstRow(0);
    setActive(null);
  }, [viewKey]);

  // Rows that arrive while scrolled far down (a shorter answer) must not leave the highlight past the end.
  const activeRow = active !== null && active < rowCount ? active : null;
  const geometry = { rowCount, rowHeight: ROW_HEIGHT, viewportHeight, overscan: OVERSCAN };
  const inView = rowWindow(firstRow * ROW_HEIGHT, geometry);
  const rowId = (index: number) => `${ids}-row-${index}`;

  function reveal(index: number) {
    const box = scrollRef.current;
    if (!box) return;
    const top = scrollToReveal(index, box.scrollTop, { ...geometry, headerHeight: HEADER_HEIGHT, footerHeight: FOOTER_HEIGHT });
    if (top !== box.scrollTop) {
      box.scrollTop = top;
      // Rendered at once, so the active descendant exists before the scroll event arrives.
      setFirstRow(Math.floor(top / ROW_HEIGHT));
    }
  }

  const drillRow = useCallback(
    (index: number, fromKeys: boolean) => {
      const row = result.rows[index];
      const target = row ? drillTarget(row) : null;
      if (target) onDrill(target, fromKeys);
    },
    [result, drillTarget, onDrill],
  );

  const activate = useCallback(
    (index: number) => {
      setActive(index);
      drillRow(index, false);
    },
    [drillRow],
  );

  function keyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (event.target !== event.currentTarget) return;
    if (isGridKey(event.key)) {
      event.preventDefault();
      const pageRows = Math.floor((viewportHeight - HEADER_HEIGHT - FOOTER_HEIGHT) / ROW_HEIGHT);
      const next = movedRow(event.key, activeRow, rowCount, pageRows);
      if (next === null) return;
      setActive(next);
      reveal(next);
    } else if ((event.key === 'Enter' || event.key === ' ') && activeRow !== null) {
      event.preventDefault();
      drillRow(activeRow, true);
    }
  }

  function focus() {
    if (activeRow === null && rowCount > 0) setActive(Math.min(rowCount - 1, firstRow));
  }

  const metricColumn = METRIC_COLUMNS[metric];
  const othersRow = result.others?.row ?? null;
  const visibleRows = [];
  for (let index = inView.start; index < inView.end; index++) {
    const row = result.rows[index]!;
    visibleRows.push(
      <BreakdownRow
        key={index}
        row={row}
        index={index}
        columns={columns}
        currency={result.baseCurrency}
        headerId={rowId(index)}
        active={index === activeRow}
        others={index === othersRow}
        drillable={drillTarget(row) !== null}
        onActivate={activate}
        note={index === othersRow ? null : (unconverted?.(row) ?? null)}
        noteColumn={metricColumn}
      />,
    );
  }

  return (
    <div ref={scrollRef} className="breakdown-grid" onScroll={(event) => setFirstRow(Math.floor(event.currentTarget.scrollTop / ROW_HEIGHT))}>
      <table
        ref={gridRef}
        role="grid"
        aria-label={caption}
        aria-rowcount={rowCount + 2}
        aria-colcount={columns.length}
        aria-readonly="true"
        aria-activedescendant={activeRow !== null ? rowId(activeRow) : undefined}
        tabIndex={0}
        className="result-table breakdown-table"
        onKeyDown={keyDown}
        onFocus={focus}
      >
        <colgroup>
          {columns.map(({ column }) => (
            <col key={column.name} className={columnClass(column, Boolean(unconverted) && column.name === metricColumn)} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map(({ column, sortKey }) => (
              <th
                key={column.name}
                scope="col"
                className={isNumericColumn(column) ? 'numeric' : undefined}
                aria-sort={sortKey && sort.by === sortKey ? ARIA_SORT[sort.direction] : undefined}
              >
                {sortKey ? (
                  <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
                    {column.label}
                    <span className="sort-mark" aria-hidden="true">
                      {sort.by === sortKey ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inView.before > 0 && <tr className="spacer" aria-hidden="true" style={{ height: inView.before }} />}
          {visibleRows}
          {inView.after > 0 && <tr className="spacer" aria-hidden="true" style={{ height: inView.after }} />}
        </tbody>
        <tfoot>
          <tr aria-rowindex={rowCount + 2}>
            {columns.map(({ column }, position) =>
              position === 0 ? (
                <th key={column.name} scope="row">
                  Total
                </th>
              ) : (
                <td key={column.name} className={isNumericColumn(column) ? 'numeric' : undefined} data-testid={column.name === metricColumn ? 'breakdown-total' : undefined}>
                  {totals ? (totals[column.name] ?? '') : column.name === metricColumn ? '…' : ''}
                </td>
              ),
            )}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** A column's width: codes narrow, figures fixed, and the figure carrying "+ 2 lines in EUR not converted" wide enough for it. */
function columnClass(column: ResultColumn, notesFigures: boolean): string | undefined {
  if (NARROW_COLUMNS.has(column.name)) return 'col-code';
  if (!isNumericColumn(column)) return undefined;
  return notesFigures ? 'col-figure col-figure--noted' : 'col-figure';
}
