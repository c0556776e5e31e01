import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAmount, joinAmount, multiplyByRate, parseAmount, plainWholeNumber, roundAmount, splitAmount,
} from '../../../src/shared/money/exact-amount';

/** 1e-16 units of a plain decimal, by string surgery alone: the reference the fast reader must match. */
function reference(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const units = BigInt((whole || '0') + fraction.padEnd(16, '0'));
  return negative ? -units : units;
}

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

  it('reads plain decimals digit for digit, up to 15 whole digits and 16 decimals and past them', () => {
    const plain = fc.tuple(fc.boolean(), fc.stringMatching(/^\d{1,18}$/), fc.option(fc.stringMatching(/^\d{1,16}$/)))
      .map(([minus, whole, fraction]) => `${minus ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`);
    fc.assert(
      fc.property(plain, (text) => {
        expect(parseAmount(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
    expect(parseAmount('-0')).toBe(0n);
    expect(parseAmount('007.50')).toBe(75_000_000_000_000_000n);
    expect(parseAmount('.5')).toBe(5_000_000_000_000_000n);
    expect(parseAmount('1.5E-7')).toBe(1_500_000_000n);
    for (const bad of ['-', '1.-2', '1..2', '--1']) expect(() => parseAmount(bad), bad).toThrow();
  });

  it('reads a plain whole quantity without BigInt, and leaves anything else to the general reader', () => {
    expect(plainWholeNumber('1200')).toBe(1200);
    expect(plainWholeNumber('-3')).toBe(-3);
    expect(Object.is(plainWholeNumber('-0'), 0)).toBe(true);
    expect(plainWholeNumber('999999999999999')).toBe(999_999_999_999_999);
    for (const other of ['1,200', '1.0', '', '-', '+3', '1e3', '9999999999999999']) expect(plainWholeNumber(other), other).toBeNull();
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
