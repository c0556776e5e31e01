/**
 * Which rows of a long table are in the DOM. Rows have one fixed height, so the rows in view
 * follow from the scroll offset alone, and the rest are stood in for by two spacers.
 */

export interface RowWindow {
  /** First row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
  /** Height of the spacer above the rendered rows, in pixels. */
  before: number;
  /** Height of the spacer below them. */
  after: number;
}

export interface RowGeometry {
  rowCount: number;
  rowHeight: number;
  /** Height of the scrolling box, header and footer included. */
  viewportHeight: number;
  /** Rows kept rendered beyond each edge, so a fast scroll does not show blank space. */
  overscan: number;
}

export function rowWindow(scrollTop: number, geometry: RowGeometry): RowWindow {
  const { rowCount, rowHeight, viewportHeight, overscan } = geometry;
  const firstVisible = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, Math.min(firstVisible - overscan, rowCount));
  const end = Math.min(rowCount, firstVisible + visible + overscan);
  return { start, end: Math.max(start, end), before: start * rowHeight, after: (rowCount - Math.max(start, end)) * rowHeight };
}

/**
 * The scroll offset that brings a row fully into view below a sticky header and above a sticky
 * footer, moving as little as possible; the current offset when it is already in view.
 */
export function scrollToReveal(index: number, scrollTop: number, geometry: RowGeometry & { headerHeight: number; footerHeight: number }): number {
  const { rowHeight, viewportHeight, headerHeight, footerHeight } = geometry;
  // Rows start below the header in the scrolled content; the header then sticks over them.
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  const shown = viewportHeight - headerHeight - footerHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + shown) return bottom - shown;
  return scrollTop;
}

export type GridKey = 'ArrowDown' | 'ArrowUp' | 'PageDown' | 'PageUp' | 'Home' | 'End';

const GRID_KEYS = new Set<string>(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End']);

export function isGridKey(key: string): key is GridKey {
  return GRID_KEYS.has(key);
}

/** The row a key moves the active row to; a page is the rows that fit in view. */
export function movedRow(key: GridKey, active: number | null, rowCount: number, pageRows: number): number | null {
  if (rowCount === 0) return null;
  const from = active ?? -1;
  const step = Math.max(1, pageRows - 1);
  const to = {
    ArrowDown: from + 1,
    ArrowUp: active === null ? 0 : from - 1,
    PageDown: from + step,
    PageUp: from - step,
    Home: 0,
    End: rowCount - 1,
  }[key];
  return Math.max(0, Math.min(rowCount - 1, to));
}
