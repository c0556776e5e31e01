import { describe, expect, it } from 'vitest';
import type { ImportBatchSummary } from '../../../src/shared/contract/imports';
import {
  EVERY_IMPORT, filterHistory, historyFormats, isFiltered, matchText, NEWEST_FIRST, nextSort, shownText, sortHistory, sortText,
} from '../../../src/renderer/src/pages/import/history-view';

function batch(importId: number, fields: Partial<ImportBatchSummary> = {}): ImportBatchSummary {
  return {
    importId,
    fileName: `statement-${importId}.tsv`,
    format: 'DistroKid',
    variant: '13-column',
    importedAt: '2026-03-05T14:05:00.000Z',
    lines: 2,
    imported: 2,
    rejected: 0,
    setAside: 0,
    readings: 0,
    statementLines: 2,
    quantity: 20,
    amounts: { USD: '1.00' },
    saleFrom: '2024-01-01',
    saleTo: '2024-01-31',
    replaced: [],
    readAgain: null,
    ...fields,
  };
}

const ids = (imports: ImportBatchSummary[]) => imports.map((found) => found.importId);

describe('finding imports in the history', () => {
  const history = [
    batch(1, { fileName: 'distrokid-lena-vos-2024-01.tsv' }),
    batch(2, { fileName: 'tunecore-2024-02.csv', format: 'TuneCore', variant: 'sales report', saleFrom: '2024-02-01', saleTo: '2024-02-29' }),
    batch(3, { fileName: 'distrokid-mira-kade-2024-03.tsv', saleFrom: '2024-03-01', saleTo: '2024-03-31', rejected: 2, setAside: 2 }),
    batch(4, { fileName: 'Distrokid-Lena-Vos-2024-04.TSV', saleFrom: '2024-04-01', saleTo: '2024-04-30', rejected: 3, setAside: 1 }),
    batch(5, { fileName: 'tunecore-2024-02-revised.csv', format: 'TuneCore', variant: 'sales report', replaced: [{ importId: 2, fileName: 'tunecore-2024-02.csv' }] as ImportBatchSummary['replaced'] }),
  ];

  it('finds every word typed, in any case, in the file name, the format or the sale month as the history reads it', () => {
    expect(ids(filterHistory(history, { ...EVERY_IMPORT, search: 'lena VOS' }))).toEqual([1, 4]);
    expect(ids(filterHistory(history, { ...EVERY_IMPORT, search: 'sales report' }))).toEqual([2, 5]);
    expect(ids(filterHistory(history, { ...EVERY_IMPORT, search: 'mar 2024' }))).toEqual([3]);
    expect(ids(filterHistory(history, { ...EVERY_IMPORT, search: '  ' }))).toEqual([1, 2, 3, 4, 5]);
    expect(filterHistory(history, { ...EVERY_IMPORT, search: 'lena 2031' })).toEqual([]);
  });

  it('keeps one format, and the imports with something to follow up', () => {
    expect(historyFormats(history)).toEqual(['DistroKid', 'TuneCore']);
    expect(ids(filterHistory(history, { ...EVERY_IMPORT, format: 'TuneCore' }))).toEqual([2, 5]);
    expect(ids(filterHistory(history, { ...EVERY_IMPORT, show: 'quarantined' }))).toEqual([3, 4]);
    // All of the first's quarantined lines were set aside: none waits for correction.
    expect(ids(filterHistory(history, { ...EVERY_IMPORT, show: 'waiting' }))).toEqual([4]);
    expect(ids(filterHistory(history, { ...EVERY_IMPORT, show: 'replaced' }))).toEqual([5]);
    expect(ids(filterHistory(history, { search: 'lena', format: 'DistroKid', show: 'waiting' }))).toEqual([4]);
  });

  it('says how many match while a search or filter narrows the list', () => {
    expect(isFiltered(EVERY_IMPORT)).toBe(false);
    expect(isFiltered({ ...EVERY_IMPORT, search: ' ' })).toBe(false);
    expect(isFiltered({ ...EVERY_IMPORT, show: 'replaced' })).toBe(true);
    expect(matchText(157, 157, false)).toBe('157 imports');
    expect(matchText(1, 1, false)).toBe('1 import');
    expect(matchText(12, 1_157, true)).toBe('12 of 1,157 imports match');
    expect(matchText(1, 157, true)).toBe('1 of 157 imports matches');
    expect(shownText(25, 1_157)).toBe('Showing 25 of 1,157');
  });
});

describe('ordering the history', () => {
  it('lists the newest import first, by the order the imports were made, though a run gives them one time', () => {
    const run = [batch(7), batch(9), batch(8)];
    expect(ids(sortHistory(run, NEWEST_FIRST))).toEqual([9, 8, 7]);
    expect(ids(sortHistory(run, { key: 'imported', direction: 'ascending' }))).toEqual([7, 8, 9]);
    expect(sortText(NEWEST_FIRST)).toBe('Newest first');
  });

  it('orders file names as people read them, numbers by their value', () => {
    const files = [batch(1, { fileName: 'march-10.tsv' }), batch(2, { fileName: 'March-9.tsv' }), batch(3, { fileName: 'april.tsv' })];
    expect(ids(sortHistory(files, { key: 'file', direction: 'ascending' }))).toEqual([3, 2, 1]);
    expect(ids(sortHistory(files, { key: 'file', direction: 'descending' }))).toEqual([1, 2, 3]);
  });

  it('orders by sale period, the imports without one last either way, and ties newest first', () => {
    const periods = [
      batch(1, { saleFrom: '2024-02-01', saleTo: '2024-02-29' }),
      batch(2, { saleFrom: null, saleTo: null }),
      batch(3, { saleFrom: '2024-01-01', saleTo: '2024-03-31' }),
      batch(4, { saleFrom: '2024-02-01', saleTo: '2024-02-29' }),
    ];
    expect(ids(sortHistory(periods, { key: 'period', direction: 'descending' }))).toEqual([4, 1, 3, 2]);
    expect(ids(sortHistory(periods, { key: 'period', direction: 'ascending' }))).toEqual([3, 4, 1, 2]);
  });

  it('orders earnings exactly within each currency, by code, those without earnings last', () => {
    const earnings = [
      batch(1, { amounts: { USD: '10.000000000001' } }),
      batch(2, { amounts: { USD: '10' } }),
      batch(3, { amounts: { EUR: '2.5' } }),
      batch(4, { amounts: {} }),
      batch(5, { amounts: { USD: '9.99', EUR: '0.10' } }),
      batch(6, { amounts: { USD: '100' } }),
    ];
    expect(ids(sortHistory(earnings, { key: 'earned', direction: 'descending' }))).toEqual([3, 5, 6, 1, 2, 4]);
    expect(ids(sortHistory(earnings, { key: 'earned', direction: 'ascending' }))).toEqual([5, 3, 2, 1, 6, 4]);
  });

  it('orders lines and quarantined lines, those waiting for correction before those set aside', () => {
    const counts = [
      batch(1, { imported: 5, rejected: 2, setAside: 2 }),
      batch(2, { imported: 50, rejected: 1, setAside: 0 }),
      batch(3, { imported: 7, rejected: 0, setAside: 0 }),
      batch(4, { imported: 50, rejected: 3, setAside: 2 }),
    ];
    expect(ids(sortHistory(counts, { key: 'lines', direction: 'descending' }))).toEqual([4, 2, 3, 1]);
    expect(ids(sortHistory(counts, { key: 'quarantined', direction: 'descending' }))).toEqual([4, 2, 1, 3]);
  });

  it('runs a column its usual way at the first click on its header, and the other way at the next', () => {
    const byFile = nextSort(NEWEST_FIRST, 'file');
    expect(byFile).toEqual({ key: 'file', direction: 'ascending' });
    expect(sortText(byFile)).toBe('By file name, A to Z');
    expect(nextSort(byFile, 'file')).toEqual({ key: 'file', direction: 'descending' });
    expect(nextSort(byFile, 'period')).toEqual({ key: 'period', direction: 'descending' });
    expect(nextSort(byFile, 'imported')).toEqual(NEWEST_FIRST);
    expect(sortText({ key: 'earned', direction: 'descending' })).toBe('Largest earnings first, by currency');
  });
});
