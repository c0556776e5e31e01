import { describe, expect, it } from 'vitest';
import { outcomeFileName } from '../../../src/renderer/src/pages/import/import-outcomes';

describe('outcomeFileName', () => {
  it('cuts the folders of the file only, keeping a zip member\'s own path whole', () => {
    expect(outcomeFileName({ file: '/data/staged/abc/cargo.zip › cargo-2024Q1/royalty_extended.csv' })).toBe('cargo.zip › cargo-2024Q1/royalty_extended.csv');
    expect(outcomeFileName({ file: 'C:\\Users\\me\\exports\\distrokid.zip › inner.zip › reports/results.csv' })).toBe(
      'distrokid.zip › inner.zip › reports/results.csv',
    );
  });

  it('keeps a sheet name that holds a slash', () => {
    expect(outcomeFileName({ file: '/home/me/royalties.xlsx › Q1/Q2 2025' })).toBe('royalties.xlsx › Q1/Q2 2025');
  });

  it('still names plain files without their folders', () => {
    expect(outcomeFileName({ file: '/data/staged/abc/distrokid.tsv' })).toBe('distrokid.tsv');
    expect(outcomeFileName({ file: 'C:\\Users\\me\\tunecore.csv' })).toBe('tunecore.csv');
    expect(outcomeFileName({ file: 'royalties.xlsx › Sheet1' })).toBe('royalties.xlsx › Sheet1');
  });
});
