import { describe, expect, it } from 'vitest';
import type { Completeness } from '../../../src/shared/analytics/completeness-contract';
import { attentionText, CELL_STATES, completenessRows, monthHeading } from '../../../src/renderer/src/pages/health/completeness-grid';

const grid: Completeness = {
  asOf: '2026-11',
  months: ['2026-09', '2026-10', '2026-11'],
  platforms: [
    {
      platformId: 4,
      name: 'Spotify',
      firstMonth: '2026-09',
      lagMonths: 1,
      dueAfterMonths: 1,
      cells: [
        { month: '2026-09', state: 'present', lagMonths: 1 },
        { month: '2026-10', state: 'missing', lagMonths: null },
        { month: '2026-11', state: 'notDue', lagMonths: null },
      ],
    },
    {
      platformId: 9,
      name: 'Deezer',
      firstMonth: '2026-10',
      lagMonths: 0,
      dueAfterMonths: 0,
      cells: [
        { month: '2026-09', state: 'beforeFirst', lagMonths: null },
        { month: '2026-10', state: 'present', lagMonths: 0 },
        { month: '2026-11', state: 'late', lagMonths: null },
      ],
    },
  ],
  summary: { present: 2, missing: 1, late: 1, notDue: 1, beforeFirst: 1 },
};

describe('completeness grid', () => {
  it('gives each state its own symbol and words, so the grid does not rest on colour', () => {
    const symbols = Object.values(CELL_STATES).map((look) => look.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    expect(Object.keys(CELL_STATES).sort()).toEqual(['beforeFirst', 'late', 'missing', 'notDue', 'present']);
    for (const look of Object.values(CELL_STATES)) expect(look.label.length).toBeGreaterThan(0);
  });

  it('shapes one row per platform, each cell with a sentence for its tooltip', () => {
    const rows = completenessRows(grid);
    expect(rows.map((row) => [row.name, row.lag, row.cells.map((cell) => cell.state)])).toEqual([
      ['Spotify', 'reports after 1 month', ['present', 'missing', 'notDue']],
      ['Deezer', 'reports within the month', ['beforeFirst', 'present', 'late']],
    ]);
    expect(rows[0]!.cells[0]!.title).toBe('Spotify, Sep 2026: present — sales imported (first reported 1 month later)');
    expect(rows[0]!.cells[1]!.title).toBe('Spotify, Oct 2026: missing — no sales, though a later month has some');
    expect(rows[1]!.cells[1]!.title).toBe('Deezer, Oct 2026: present — sales imported (first reported the same month)');
  });

  it('says a platform that never reported has no lag yet', () => {
    const silent = { ...grid.platforms[0]!, lagMonths: null, dueAfterMonths: 0 };
    expect(completenessRows({ ...grid, platforms: [silent] })[0]!.lag).toBe('no reports yet');
  });

  it('counts what needs chasing', () => {
    expect(attentionText(grid.summary)).toBe('1 missing · 1 late');
    expect(attentionText({ present: 3, missing: 0, late: 0, notDue: 1, beforeFirst: 0 })).toBe('Nothing missing or late');
  });

  it('heads a month column with its short name over its year', () => {
    expect(monthHeading('2026-01')).toEqual({ short: 'Jan', year: '2026', full: 'Jan 2026' });
  });
});
