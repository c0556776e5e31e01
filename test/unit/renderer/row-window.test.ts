import { describe, expect, it } from 'vitest';
import { movedRow, rowWindow, scrollToReveal } from '../../../src/renderer/src/pages/breakdown/row-window';

const geometry = { rowCount: 10_000, rowHeight: 34, viewportHeight: 520, overscan: 8 };

describe('rowWindow', () => {
  it('renders the rows in view and a few either side, spacers standing in for the rest', () => {
    const top = rowWindow(0, geometry);
    expect(top).toEqual({ start: 0, end: 8 + 17, before: 0, after: (10_000 - 25) * 34 });
    const middle = rowWindow(34 * 5000, geometry);
    expect(middle.start).toBe(5000 - 8);
    expect(middle.end).toBe(5000 + 17 + 8);
    expect(middle.before + (middle.end - middle.start) * 34 + middle.after).toBe(10_000 * 34);
  });

  it('keeps the DOM small however long the table is', () => {
    for (const rowCount of [100, 10_000, 1_000_000]) {
      const { start, end } = rowWindow(rowCount * 17, { ...geometry, rowCount });
      expect(end - start).toBeLessThanOrEqual(17 + 2 * 8);
    }
  });

  it('stays inside the rows when they shrink under a deep scroll', () => {
    const window = rowWindow(34 * 9000, { ...geometry, rowCount: 20 });
    expect(window.start).toBeLessThanOrEqual(window.end);
    expect(window.end).toBeLessThanOrEqual(20);
    expect(window.before + (window.end - window.start) * 34 + window.after).toBe(20 * 34);
    expect(rowWindow(0, { ...geometry, rowCount: 0 })).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});

describe('scrollToReveal', () => {
  const sized = { ...geometry, headerHeight: 38, footerHeight: 36 };
  it('scrolls as little as needed to show a row between the sticky header and footer', () => {
    expect(scrollToReveal(3, 0, sized)).toBe(0);
    expect(scrollToReveal(100, 0, sized)).toBe(101 * 34 - (520 - 38 - 36));
    expect(scrollToReveal(2, 34 * 50, sized)).toBe(68);
  });
});

describe('movedRow', () => {
  it('moves by a row, a page, or to either end, and never leaves the table', () => {
    expect(movedRow('ArrowDown', null, 50, 13)).toBe(0);
    expect(movedRow('ArrowUp', null, 50, 13)).toBe(0);
    expect(movedRow('ArrowDown', 4, 50, 13)).toBe(5);
    expect(movedRow('ArrowUp', 0, 50, 13)).toBe(0);
    expect(movedRow('PageDown', 4, 50, 13)).toBe(16);
    expect(movedRow('PageUp', 4, 50, 13)).toBe(0);
    expect(movedRow('End', 4, 50, 13)).toBe(49);
    expect(movedRow('Home', 40, 50, 13)).toBe(0);
    expect(movedRow('PageDown', 45, 50, 13)).toBe(49);
    expect(movedRow('End', null, 0, 13)).toBeNull();
  });
});
