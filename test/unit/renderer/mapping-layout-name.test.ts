import { describe, expect, it } from 'vitest';
import { layoutName } from '../../../src/renderer/src/pages/import/mapping/layout-name';

describe('the first name offered for a saved mapping', () => {
  it('is the file’s name without the month or period it covers', () => {
    expect(layoutName('coop-statement-2025-03.csv')).toBe('coop-statement');
    expect(layoutName('coop_statement_2025_03_15.csv')).toBe('coop_statement');
    expect(layoutName('Royalties 202503.xlsx')).toBe('Royalties');
    expect(layoutName('royalties-03-2025.tsv')).toBe('royalties');
    expect(layoutName('Label Statement Q1 2025.csv')).toBe('Label Statement');
    expect(layoutName('label-2024Q4-statement.csv')).toBe('label-statement');
    expect(layoutName('Sales March 2025.csv')).toBe('Sales');
    expect(layoutName('sales_mar25.csv')).toBe('sales');
    expect(layoutName('Coop Statement (2025-03).csv')).toBe('Coop Statement');
  });

  it('keeps numbers that are no dates, and a name that is nothing but a date', () => {
    expect(layoutName('distributor-v2.csv')).toBe('distributor-v2');
    expect(layoutName('top100-export.csv')).toBe('top100-export');
    expect(layoutName('2025-03.csv')).toBe('2025-03');
    expect(layoutName('marching-band.csv')).toBe('marching-band');
    expect(layoutName('statement.csv')).toBe('statement');
  });
});
