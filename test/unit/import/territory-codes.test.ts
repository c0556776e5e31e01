import { describe, expect, it } from 'vitest';
import { ISO_ALPHA3_TO_ALPHA2 } from '../../../src/main/catalogue/iso-territories';
import { normaliseTerritory } from '../../../src/main/import/territory-codes';
import { territoryList } from '../../../src/main/store/reference-data';

/** The codes a store is seeded with: what the importer checks against. */
const KNOWN: ReadonlySet<string> = new Set(territoryList().map((t) => t.code));
const to = (text: string): string => normaliseTerritory(text, KNOWN);

describe('normaliseTerritory', () => {
  it('keeps alpha-2 codes and maps the usual stand-ins', () => {
    expect(['us', ' DE ', 'UK', 'EL'].map(to)).toEqual(['US', 'DE', 'GB', 'GR']);
    expect(['', 'OU', 'XX', 'N/A', 'QQ'].map(to)).toEqual(['ZZ', 'ZZ', 'ZZ', 'ZZ', 'ZZ']);
    expect(['WW', 'ROW', 'Worldwide', 'Rest of the World'].map(to)).toEqual(['WW', 'WW', 'WW', 'WW']);
  });

  it('reads ISO alpha-3 codes in any case', () => {
    expect(['USA', 'DEU', 'GBR', 'kor', ' vnm ', 'CZE', 'XKX', 'ZZZ'].map(to)).toEqual(['US', 'DE', 'GB', 'KR', 'VN', 'CZ', 'XK', 'ZZ']);
  });

  it('holds every assigned alpha-3 code exactly once, each naming a territory the store knows', () => {
    const pairs = Object.entries(ISO_ALPHA3_TO_ALPHA2);
    expect(pairs).toHaveLength(249);
    expect(new Set(pairs.map(([, alpha2]) => alpha2)).size).toBe(249);
    for (const [alpha3, alpha2] of pairs) {
      expect(alpha3, alpha3).toMatch(/^[A-Z]{3}$/);
      expect(KNOWN.has(alpha2), `${alpha3} → ${alpha2}`).toBe(true);
      expect(to(alpha3), alpha3).toBe(alpha2);
    }
  });

  it('reads English names the way statements spell them', () => {
    const cases: [string, string][] = [
      ['United States', 'US'], ['UNITED STATES', 'US'], ['United States of America', 'US'], ['Germany', 'DE'],
      ['United Kingdom', 'GB'], ['Korea, Republic of', 'KR'], ['South Korea', 'KR'], ['Viet Nam', 'VN'],
      ['Vietnam', 'VN'], ['Czechia', 'CZ'], ['Czech Republic', 'CZ'], ["Côte d'Ivoire", 'CI'], ['Cote d’Ivoire', 'CI'],
      ['Ivory Coast', 'CI'], ['The Netherlands', 'NL'], ['Hong Kong', 'HK'], ['Hong Kong SAR China', 'HK'],
      ['Russian Federation', 'RU'], ['Turkey', 'TR'], ['Türkiye', 'TR'], ['Saint Kitts and Nevis', 'KN'],
      ['St. Kitts & Nevis', 'KN'], ['Bosnia and Herzegovina', 'BA'], ['Congo, The Democratic Republic of the', 'CD'],
      ['Congo', 'CG'], ['Taiwan, Province of China', 'TW'], ['Iran, Islamic Republic of', 'IR'], ['Åland Islands', 'AX'],
      ['Aland Islands', 'AX'], ['Macau', 'MO'], ['Kosovo', 'XK'], ['Swaziland', 'SZ'], ['Eswatini', 'SZ'],
    ];
    expect(cases.map(([name]) => [name, to(name)])).toEqual(cases);
  });

  it('finds every territory again from the English name ICU gives it', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const alpha2 of Object.values(ISO_ALPHA3_TO_ALPHA2)) {
      const name = names.of(alpha2)!;
      expect(to(name), `${name}`).toBe(alpha2);
    }
  });

  it('answers ZZ for names it cannot place and for territories the store does not know', () => {
    expect(to('Atlantis')).toBe('ZZ');
    expect(to('Unknown')).toBe('ZZ');
    const withoutGermany = new Set([...KNOWN].filter((c) => c !== 'DE'));
    expect(['DE', 'DEU', 'Germany'].map((t) => normaliseTerritory(t, withoutGermany))).toEqual(['ZZ', 'ZZ', 'ZZ']);
  });

  it('stays cheap per line: the lookup tables are built once, not per call', () => {
    const inputs = ['USA', 'Germany', 'Korea, Republic of', 'FR', 'Viet Nam', 'Atlantis'];
    const started = performance.now();
    for (let i = 0; i < 60_000; i++) to(inputs[i % inputs.length]!);
    // Generous bound for a slow CI machine; building the name tables per call would take seconds.
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
