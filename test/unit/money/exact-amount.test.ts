import { describe, expect, it } from 'vitest';
import {
  formatAmount, joinAmount, multiplyByRate, parseAmount, roundAmount, splitAmount,
} from '../../../src/shared/money/exact-amount';

const units = (text: string) => formatAmount(parseAmount(text));

describe('exact amounts', () => {
  it('reads the number spellings statements use', () => {
    expect(units('1234.56')).toBe('1234.56000000');
    expect(units('.021330')).toBe('0.02133000');
    expect(units('$1,234.56')).toBe('1234.56000000');
    expect(units('(12.34)')).toBe('-12.34000000');
    expect(units('-0.000000000001')).toBe('-0.000000000001');
    expect(units('1.5E-7')).toBe('0.00000015');
    expect(units('USD 3')).toBe('3.00000000');
    expect(formatAmount(parseAmount('1.234,56', { decimalSeparator: ',' }))).toBe('1234.56000000');
    expect(formatAmount(parseAmount('3,5', { decimalSeparator: ',' }))).toBe('3.50000000');
  });

  it('keeps every digit up to 16 decimals and refuses more', () => {
    expect(units('0.123456789012345')).toBe('0.123456789012345');
    expect(() => parseAmount('0.12345678901234567')).toThrow(/more than 16 decimals/);
  });

  it('refuses text that is not a number, naming it', () => {
    for (const bad of ['abc', '', '12abc', '1,2', '--1', '1.2.3', '=HYPERLINK("x")']) {
      expect(() => parseAmount(bad), bad).toThrow();
    }
    expect(() => parseAmount('abc')).toThrow('"abc" is not a number');
  });

  it('splits and joins without loss, negatives included', () => {
    for (const text of ['0.123456789012', '-7.000000000001', '123456789.12345678', '-0.00000001']) {
      const v = parseAmount(text);
      const { hi, lo } = splitAmount(v);
      expect(lo < 10n ** 8n && lo > -(10n ** 8n)).toBe(true);
      expect(joinAmount(hi, lo)).toBe(v);
    }
  });

  it('sums exactly where binary floats do not', () => {
    const lines = Array.from({ length: 1000 }, () => '0.1');
    const total = lines.reduce((sum, t) => sum + parseAmount(t), 0n);
    expect(formatAmount(total)).toBe('100.00000000');
    expect(lines.reduce((s, t) => s + Number(t), 0)).not.toBe(100);
  });

  it('rounds half away from zero and converts at exact rates', () => {
    expect(formatAmount(roundAmount(parseAmount('2.345'), 2), 2)).toBe('2.35');
    expect(formatAmount(roundAmount(parseAmount('-2.345'), 2), 2)).toBe('-2.35');
    expect(formatAmount(multiplyByRate(parseAmount('10'), '1.0845'))).toBe('10.84500000');
  });
});
