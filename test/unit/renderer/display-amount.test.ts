import { describe, expect, it } from 'vitest';
import {
  compareDecimal,
  DecimalSyntaxError,
  formatGrowth,
  formatMoney,
  formatQuantity,
  growthPercent,
  roundDecimal,
} from '../../../src/shared/money/display-amount';

describe('roundDecimal', () => {
  it('rounds half away from zero on the digits', () => {
    expect(roundDecimal('1234.565', 2)).toEqual({ negative: false, whole: '1234', fraction: '57' });
    expect(roundDecimal('-1234.565', 2)).toEqual({ negative: true, whole: '1234', fraction: '57' });
    expect(roundDecimal('0.004999999999', 2)).toEqual({ negative: false, whole: '0', fraction: '00' });
    expect(roundDecimal('9.995', 2)).toEqual({ negative: false, whole: '10', fraction: '00' });
  });

  it('keeps digits a double would lose', () => {
    // 2^53 + 1 cannot be held by a double; the string survives intact.
    expect(roundDecimal('9007199254740993.125', 2)).toEqual({ negative: false, whole: '9007199254740993', fraction: '13' });
  });

  it('pads short fractions and drops the sign of a rounded zero', () => {
    expect(roundDecimal('5', 3)).toEqual({ negative: false, whole: '5', fraction: '000' });
    expect(roundDecimal('-0.001', 2)).toEqual({ negative: false, whole: '0', fraction: '00' });
  });

  it('rejects anything that is not a plain decimal', () => {
    expect(() => roundDecimal('1e5', 2)).toThrow(DecimalSyntaxError);
    expect(() => roundDecimal('1,234.00', 2)).toThrow(DecimalSyntaxError);
    expect(() => roundDecimal('', 2)).toThrow(DecimalSyntaxError);
  });
});

describe('formatMoney', () => {
  it('formats the engine decimal with symbol, grouping and cents', () => {
    expect(formatMoney('1234.5678', 'USD', { decimals: 2 })).toBe('$1,234.57');
    expect(formatMoney('1234.56789012', 'USD')).toBe('$1,234.57');
    expect(formatMoney('0', 'USD')).toBe('$0.00');
    expect(formatMoney('1234567890123456789.005', 'USD')).toBe('$1,234,567,890,123,456,789.01');
  });

  it('puts the minus where the locale puts it', () => {
    expect(formatMoney('-12.345', 'USD')).toBe('-$12.35');
    expect(formatMoney('-0.004', 'USD')).toBe('$0.00');
  });

  it('honours decimals and other currencies', () => {
    expect(formatMoney('1234.5', 'USD', { decimals: 0 })).toBe('$1,235');
    expect(formatMoney('0.123456', 'EUR', { decimals: 4 })).toBe('€0.1235');
    expect(formatMoney('1234.5', 'EUR', { locale: 'de-DE' })).toBe('1.234,50\u00a0€');
  });
});

describe('formatQuantity', () => {
  it('groups exact integer counts and decimal strings', () => {
    expect(formatQuantity(1234567)).toBe('1,234,567');
    expect(formatQuantity(-42)).toBe('-42');
    expect(formatQuantity('98765.4321', 1)).toBe('98,765.4');
  });

  it('refuses counts a double cannot hold exactly', () => {
    expect(() => formatQuantity(2 ** 53 + 2)).toThrow(DecimalSyntaxError);
    expect(() => formatQuantity(1.5)).toThrow(DecimalSyntaxError);
  });
});

describe('growthPercent', () => {
  it('computes growth from two decimal strings', () => {
    expect(growthPercent('110', '100')).toBe('10.0');
    expect(growthPercent('96', '100')).toBe('-4.0');
    expect(growthPercent('1234.56789012', '1000')).toBe('23.5');
    expect(growthPercent('100', '100')).toBe('0.0');
  });

  it('rounds the percentage half away from zero', () => {
    expect(growthPercent('1.00125', '1', 2)).toBe('0.13');
    expect(growthPercent('0.99875', '1', 2)).toBe('-0.13');
    expect(growthPercent('2', '3', 0)).toBe('-33');
  });

  it('has no answer when the previous period is zero', () => {
    expect(growthPercent('5', '0')).toBeNull();
    expect(growthPercent('0', '0.000')).toBeNull();
  });

  it('has no answer when the previous period is below zero (refunds): +410,496% on −0.70 said nothing', () => {
    expect(growthPercent('2872.77', '-0.70')).toBeNull();
    expect(growthPercent('-5', '-10')).toBeNull();
  });
});

describe('formatGrowth', () => {
  it('signs growth for reading', () => {
    expect(formatGrowth('12.3')).toBe('+12.3%');
    expect(formatGrowth('-4.0')).toBe('\u22124.0%');
    expect(formatGrowth('0.0')).toBe('0.0%');
  });
});

describe('compareDecimal', () => {
  it('orders decimals exactly, whatever their scale', () => {
    expect(compareDecimal('100.005', '100.0049')).toBe(1);
    expect(compareDecimal('-1', '0.5')).toBe(-1);
    expect(compareDecimal('2.50', '2.5')).toBe(0);
    expect(compareDecimal('9007199254740993', '9007199254740992.9999')).toBe(1);
  });
});
