import { describe, expect, it } from 'vitest';
import { completenessGrid, reportingLag } from '../../../src/shared/analytics/completeness';
import { monthIndex, monthIndexOfYyyymm, monthsFrom, monthText, yyyymmOfIndex } from '../../../src/shared/analytics/months';
import { reconciliationStatus, statedDifference, type StatedTotalCheck } from '../../../src/shared/analytics/statement-reconciliation';

const amount = (stated: string, found: string, matches: boolean): StatedTotalCheck => ({
  label: 'Total_Amount', measure: 'amount', currency: 'USD', line: 9, stated, found, matches,
});

describe('statement reconciliation', () => {
  it('tells matched, mismatched, stating nothing and never recorded apart', () => {
    expect(reconciliationStatus(false, [])).toBe('notRecorded');
    expect(reconciliationStatus(true, [])).toBe('noStatedTotal');
    expect(reconciliationStatus(true, [amount('19.99', '19.985', true)])).toBe('matched');
    expect(reconciliationStatus(true, [amount('19.99', '19.985', true), { ...amount('6', '7', false), measure: 'lines' }])).toBe('mismatch');
  });

  it('gives the exact difference, imported minus stated, to at least the printed decimals', () => {
    expect(statedDifference(amount('19.98', '19.985', false))).toBe('0.005');
    expect(statedDifference(amount('19.99', '19.985', true))).toBe('-0.005');
    expect(statedDifference(amount('20', '20', true))).toBe('0');
    expect(statedDifference(amount('1.10', '1.1', true))).toBe('0.00');
    expect(statedDifference(amount('-3.5', '-3.25', false))).toBe('0.25');
    expect(statedDifference({ ...amount('6', '7', false), measure: 'lines' })).toBe('1');
    expect(statedDifference({ ...amount('120', '118', false), measure: 'records' })).toBe('-2');
  });

  it('has no difference when the imported side is not one figure', () => {
    expect(statedDifference({ ...amount('10.00', '4.00000000 EUR + 6.00000000 USD', false), currency: null })).toBeNull();
    expect(statedDifference(amount('10.00', 'nothing', false))).toBeNull();
  });
});

describe('months', () => {
  it('count like integers and convert both ways', () => {
    expect(monthIndex('2024-01') - monthIndex('2023-12')).toBe(1);
    expect(monthText(monthIndex('2024-12') + 1)).toBe('2025-01');
    expect(yyyymmOfIndex(monthIndexOfYyyymm(202402))).toBe(202402);
    expect(monthsFrom(monthIndex('2024-11'), monthIndex('2025-02')).map(monthText)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsFrom(5, 4)).toEqual([]);
    expect(() => monthIndex('2024-13')).toThrow(/"2024-13" is not a month/);
  });
});

describe('completeness', () => {
  const m = monthIndex;
  const reported = (sale: string, report: string) => ({ month: m(sale), firstReported: m(report) });
  const states = (asOf: string, from = '2024-01', to = '2024-07') =>
    completenessGrid(
      [
        { key: 'spotify', months: [reported('2024-01', '2024-02'), reported('2024-02', '2024-03'), reported('2024-04', '2024-05')] },
        { key: 'deezer', months: [reported('2024-03', '2024-03'), reported('2024-04', '2024-06'), reported('2024-05', '2024-08')] },
      ],
      { from: m(from), to: m(to), asOf: m(asOf) },
    );

  it('judges each platform by its own median lag', () => {
    const [spotify, deezer] = states('2024-06');
    expect(spotify).toMatchObject({ key: 'spotify', firstMonth: m('2024-01'), lagMonths: 1, dueAfterMonths: 1 });
    // March's sales reported in March, April's two months on, May's three: median 2
    expect(deezer).toMatchObject({ key: 'deezer', firstMonth: m('2024-03'), lagMonths: 2, dueAfterMonths: 2 });
    expect(spotify!.cells.map((c) => c.state)).toEqual(['present', 'present', 'missing', 'present', 'notDue', 'notDue', 'notDue']);
    expect(spotify!.cells.map((c) => c.lagMonths)).toEqual([1, 1, null, 1, null, null, null]);
    expect(deezer!.cells.map((c) => c.state)).toEqual(['beforeFirst', 'beforeFirst', 'present', 'present', 'present', 'notDue', 'notDue']);
  });

  it('calls a month late once the month it is usually reported in is over', () => {
    // as of July: Spotify's May (due in June) is late, June (due in July) not yet
    expect(states('2024-07')[0]!.cells.map((c) => c.state).slice(4)).toEqual(['late', 'notDue', 'notDue']);
    // as of September: Deezer's June was due by August (two months), July by September
    expect(states('2024-09')[1]!.cells.map((c) => c.state).slice(5)).toEqual(['late', 'notDue']);
  });

  it('rounds a half-month median lag up and counts a report dated before its sale as no lag', () => {
    const months = [reported('2024-01', '2024-02'), reported('2024-02', '2024-04'), reported('2024-03', '2024-01')];
    expect(reportingLag(months)).toBe(1);
    expect(reportingLag(months.slice(0, 2))).toBe(1.5);
    const [row] = completenessGrid([{ key: 'x', months: months.slice(0, 2) }], { from: m('2024-01'), to: m('2024-04'), asOf: m('2024-05') });
    // lag 1.5 → due after 2 months: March's sales are due by the end of May, so not yet in May
    expect(row!.dueAfterMonths).toBe(2);
    expect(row!.cells.map((c) => c.state)).toEqual(['present', 'present', 'notDue', 'notDue']);
  });

  it('copes with no platforms and a platform with no months', () => {
    expect(completenessGrid([], { from: m('2024-01'), to: m('2024-02'), asOf: m('2024-03') })).toEqual([]);
    const [empty] = completenessGrid([{ key: 'x', months: [] }], { from: m('2024-01'), to: m('2024-01'), asOf: m('2024-03') });
    expect(empty).toEqual({ key: 'x', firstMonth: null, lagMonths: null, dueAfterMonths: 0, cells: [{ month: m('2024-01'), state: 'beforeFirst', lagMonths: null }] });
  });
});
