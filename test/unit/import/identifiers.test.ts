import { describe, expect, it } from 'vitest';
import { hasValidCheckDigit, nameKey, normaliseIsrc, readBarcode } from '../../../src/main/import/identifiers';
import { normaliseTerritory } from '../../../src/main/import/territory-codes';

describe('identifiers', () => {
  it('normalises ISRCs written in any case or with hyphens', () => {
    expect(normaliseIsrc('nl-a1z-26-00123')).toBe('NLA1Z2600123');
    expect(normaliseIsrc('USRC17607839')).toBe('USRC17607839');
    expect(normaliseIsrc('not an isrc')).toBeNull();
  });

  it('gives one key to a UPC-A, its EAN-13 form and a copy without leading zeros', () => {
    expect(readBarcode('012345678905').gtin).toBe('0012345678905');
    expect(readBarcode('0012345678905').gtin).toBe('0012345678905');
    expect(readBarcode('12345678905').gtin).toBe('0012345678905');
    expect(readBarcode('abc')).toEqual({ gtin: null, flags: { upc: 'abc' } });
  });

  it('checks the GTIN check digit of UPCs and EANs', () => {
    expect(hasValidCheckDigit(readBarcode('012345678905').gtin!)).toBe(true);
    expect(hasValidCheckDigit(readBarcode('4006381333931').gtin!)).toBe(true);
    expect(hasValidCheckDigit(readBarcode('012345678906').gtin!)).toBe(false);
  });

  it('compares names without accents, case or punctuation', () => {
    expect(nameKey('Zoë  Kärnä')).toBe(nameKey('zoe karna'));
    expect(nameKey('AC/DC')).toBe('ac dc');
  });

  it('maps unknown and world territory codes', () => {
    const known = new Set(['US', 'GB', 'DE']);
    expect(normaliseTerritory('us', known)).toBe('US');
    expect(normaliseTerritory('UK', known)).toBe('GB');
    expect(normaliseTerritory('OU', known)).toBe('ZZ');
    expect(normaliseTerritory('', known)).toBe('ZZ');
    expect(normaliseTerritory('WW', known)).toBe('WW');
  });
});
