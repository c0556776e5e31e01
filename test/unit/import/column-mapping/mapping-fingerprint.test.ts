import { describe, expect, it } from 'vitest';
import { mappedFormatId, mappingFingerprint } from '../../../../src/main/import/column-mapping/mapping-fingerprint';

describe('mapping fingerprint', () => {
  it('is the same for the same names in any order, case, spacing, byte-order mark or Unicode form', () => {
    const printed = mappingFingerprint(['Periode', 'Boutique', 'Montant net']);
    expect(mappingFingerprint(['\uFEFFmontant  NET ', 'boutique', 'PERIODE'])).toBe(printed);
    expect(mappingFingerprint(['Periode', 'Boutique', 'Montant net', ''])).toBe(printed);
    expect(mappingFingerprint(['Durée', 'Boutique'])).toBe(mappingFingerprint(['Dure\u0301e', 'Boutique']));
  });

  it('differs when a name is added, missing or different', () => {
    const base = mappingFingerprint(['Period', 'Store', 'Net']);
    expect(mappingFingerprint(['Period', 'Store', 'Net', 'Gross'])).not.toBe(base);
    expect(mappingFingerprint(['Period', 'Store'])).not.toBe(base);
    expect(mappingFingerprint(['Period', 'Shop', 'Net'])).not.toBe(base);
  });

  it('gives every version of a layout one short format id', () => {
    const id = mappedFormatId(mappingFingerprint(['Period', 'Store', 'Net']));
    expect(id).toMatch(/^mapping:[0-9a-f]{16}$/);
    expect(mappedFormatId(mappingFingerprint(['net', 'store', 'period']))).toBe(id);
  });
});
