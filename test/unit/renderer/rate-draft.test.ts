import { describe, expect, it } from 'vitest';
import { fxSavedText } from '../../../src/renderer/src/pages/fx/fx-save-text';
import { currencyProblem, defaultRateMonth, monthProblem, rateProblem, readRateDraft, typedRate } from '../../../src/renderer/src/pages/fx/rate-draft';

describe('rate validation', () => {
  it('takes positive decimals with up to 12 places, as the contract does', () => {
    for (const rate of ['1', '1.0850', '0.000000000001', '150.25', ' 1.27 ']) expect(rateProblem(rate), rate).toBeNull();
  });

  it('says what is wrong with a rate it refuses', () => {
    expect(rateProblem('')).toBe('Enter a rate.');
    expect(rateProblem('0.0000000000001')).toMatch(/at most 12 decimals/);
    expect(rateProblem('-1.2')).toMatch(/positive number/);
    expect(rateProblem('1.')).toMatch(/positive number/);
    expect(rateProblem('.5')).toMatch(/positive number/);
    expect(rateProblem('1e3')).toMatch(/positive number/);
    expect(rateProblem('0.000')).toMatch(/zero/);
  });

  it('reads one comma and no dot as a decimal comma, keeping every digit', () => {
    for (const [typed, rate] of [
      ['1,17', '1.17'],
      [' 1,0850 ', '1.0850'],
      ['0,085', '0.085'],
      ['1234,567', '1234.567'],
      ['0,000000000001', '0.000000000001'],
      ['1.17', '1.17'],
    ] as const) {
      expect(rateProblem(typed), typed).toBeNull();
      expect(typedRate(typed)).toBe(rate);
    }
    expect(rateProblem('0,000')).toMatch(/zero/);
    expect(rateProblem('1,0000000000001')).toMatch(/at most 12 decimals/);
  });

  it('refuses a comma that could group thousands, saying how to type the rate', () => {
    expect(rateProblem('1,085')).toBe('1,085 could be 1.085 or 1085: type it with a dot for decimals and no comma for thousands.');
    expect(rateProblem('1,170.5')).toBe('Type the rate with no comma for thousands, as in 1170.5.');
    expect(rateProblem('12,500,000')).toBe('Type the rate with no comma for thousands, as in 12500000.');
    expect(rateProblem('1,17,5')).toMatch(/positive number/);
    expect(rateProblem('1.170,5')).toMatch(/positive number/);
  });

  it('checks months and currency codes', () => {
    expect(monthProblem('2025-03')).toBeNull();
    expect(monthProblem('2025-13')).toBe('Months run from 01 to 12.');
    expect(monthProblem('03/2025')).toBe('Enter a month as YYYY-MM.');
    expect(currencyProblem('eur', 'USD')).toBeNull();
    expect(currencyProblem('EURO', 'USD')).toMatch(/three-letter/);
  });

  it('refuses a rate for the base currency, which is never converted', () => {
    expect(currencyProblem(' usd', 'USD')).toBe('USD is the base currency; its lines need no rate.');
    expect(currencyProblem('USD', 'EUR')).toBeNull();
    expect(readRateDraft({ month: '2025-03', currency: 'usd', rate: '1' }, 'USD')).toEqual({ problems: { currency: 'USD is the base currency; its lines need no rate.' } });
  });

  it('reads a draft into a contract rate, or reports every field at once', () => {
    expect(readRateDraft({ month: '2025-03', currency: ' eur', rate: '1.0850 ' }, 'USD')).toEqual({ rate: { month: '2025-03', currency: 'EUR', rate: '1.0850' } });
    expect(readRateDraft({ month: '2025-03', currency: 'EUR', rate: '1,17' }, 'USD')).toEqual({ rate: { month: '2025-03', currency: 'EUR', rate: '1.17' } });
    expect(readRateDraft({ month: '', currency: 'E', rate: 'x' }, 'USD')).toEqual({
      problems: { month: 'Enter a month as YYYY-MM.', currency: expect.any(String), rate: expect.any(String) },
    });
  });

  it('starts a new rate at last month, across a year end too', () => {
    expect(defaultRateMonth(new Date(2026, 2, 15))).toBe('2026-02');
    expect(defaultRateMonth(new Date(2026, 0, 31))).toBe('2025-12');
  });

  it('says how many rates were saved and how many lines they converted', () => {
    expect(fxSavedText({ saved: 1, linesConverted: 0, linesUnconvertible: 0 }, 'USD')).toBe('Saved 1 rate. No lines were waiting for them.');
    expect(fxSavedText({ saved: 12, linesConverted: 1340, linesUnconvertible: 0 }, 'USD')).toBe('Saved 12 rates. 1,340 lines now count toward USD totals.');
    expect(fxSavedText({ saved: 2, linesConverted: 1, linesUnconvertible: 0 }, 'EUR')).toBe('Saved 2 rates. 1 line now counts toward EUR totals.');
  });

  it('says how many lines a rate too large left out of base totals, not that none were waiting', () => {
    expect(fxSavedText({ saved: 1, linesConverted: 0, linesUnconvertible: 1 }, 'USD')).toBe('Saved 1 rate. 1 line is too large to convert at its new rate and stays out of USD totals.');
    expect(fxSavedText({ saved: 3, linesConverted: 1200, linesUnconvertible: 5 }, 'USD')).toBe(
      'Saved 3 rates. 1,200 lines now count toward USD totals. 5 lines are too large to convert at their new rate and stay out of USD totals.',
    );
  });
});
