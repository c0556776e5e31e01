import { describe, expect, it } from 'vitest';
import { compareRecordings, mainArtistKey, titleKeys } from '../../../src/main/catalogue/title-matching';

describe('title keys', () => {
  it('sets aside featured artists and version tags', () => {
    expect(titleKeys('Harbour (feat. Lena Vos)')).toMatchObject({ base: 'harbour', version: '' });
    expect(titleKeys('Harbour - Radio Edit')).toMatchObject({ base: 'harbour', version: 'radio edit' });
    expect(titleKeys('Harbour (Remastered 2011)')).toMatchObject({ base: 'harbour', version: 'remastered 2011' });
    expect(titleKeys('Café [Live]')).toMatchObject({ base: 'cafe', version: 'live' });
    expect(titleKeys('Love (Song for Her)')).toMatchObject({ base: 'love song for her', version: '' });
    expect(titleKeys('Long Road - Part Two')).toMatchObject({ base: 'long road part two', version: '' });
  });

  it('keeps the words of the song as printed, for reasons to quote', () => {
    expect(titleKeys('Harbor Light (feat. Kai) - Radio Edit').baseText).toBe('Harbor Light');
    expect(titleKeys('Café [Live]').baseText).toBe('Café');
    expect(titleKeys('(Live)').baseText).toBe('(Live)');
  });

  it('keeps the main artist of a credit', () => {
    expect(mainArtistKey('Lena Vos feat. Tomás')).toBe('lena vos');
    expect(mainArtistKey('Lena Vos & The Tides')).toBe('lena vos');
    expect(mainArtistKey('LÉNA VOS')).toBe('lena vos');
  });
});

describe('recording comparison', () => {
  const harbour = { artist: 'Lena Vos', title: 'Harbour' };
  it('scores and explains', () => {
    expect(compareRecordings(harbour, { artist: 'LENA VOS', title: 'harbour' })?.score).toBe(1);
    expect(compareRecordings(harbour, { artist: 'Lena Vos feat. Kai', title: 'Harbour (feat. Kai)' })).toEqual({
      score: 0.95,
      reason: 'same artist and title once featured artists are set aside',
    });
    expect(compareRecordings(harbour, { artist: 'Lena Vos', title: 'Harbour - Radio Edit' })?.score).toBe(0.7);
    expect(compareRecordings(harbour, { artist: 'Other Band', title: 'Harbour' })).toBeNull();
    expect(compareRecordings(harbour, { artist: 'Lena Vos', title: 'Tides' })).toBeNull();
  });
});
