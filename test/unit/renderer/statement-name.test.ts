import { describe, expect, it } from 'vitest';
import { statementNameParts } from '../../../src/renderer/src/pages/import/statement-name';

describe('a statement’s name, cut into what it lies in and its own name', () => {
  it('sets a zip member’s folders with the zip, leaving its file name', () => {
    expect(statementNameParts('cargo-2026-03.zip › lanternfish/2026-03-spotify.csv')).toEqual({ within: 'cargo-2026-03.zip › lanternfish/', own: '2026-03-spotify.csv' });
    expect(statementNameParts('cargo.zip › royalties.csv')).toEqual({ within: 'cargo.zip › ', own: 'royalties.csv' });
  });

  it('takes the last part of a zip in a zip, and of a workbook in a zip', () => {
    expect(statementNameParts('distrokid.zip › inner.zip › reports/results.csv')).toEqual({ within: 'distrokid.zip › inner.zip › reports/', own: 'results.csv' });
    expect(statementNameParts('believe.ZIP › q1/q1.xlsx › 2026-01')).toEqual({ within: 'believe.ZIP › q1/q1.xlsx › ', own: '2026-01' });
  });

  it('keeps a sheet name that holds a slash whole', () => {
    expect(statementNameParts('royalties.xlsx › Q1/Q2 2025')).toEqual({ within: 'royalties.xlsx › ', own: 'Q1/Q2 2025' });
  });

  it('leaves a file that is itself the statement as it is', () => {
    expect(statementNameParts('march.csv')).toEqual({ within: '', own: 'march.csv' });
  });

  it('gives back every character of the name, in order', () => {
    for (const name of ['a.zip › b/c/d.csv', 'x.xlsx › Sheet 1', 'plain.tsv', 'a.zip › b.zip › c.tsv']) {
      const { within, own } = statementNameParts(name);
      expect(within + own).toBe(name);
    }
  });
});
