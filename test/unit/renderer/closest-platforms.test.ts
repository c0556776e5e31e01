import { describe, expect, it } from 'vitest';
import { platformChoices } from '../../../src/renderer/src/pages/platforms/closest-platforms';

/** Some of the stores the app knows up front. */
const KNOWN = ['Spotify', 'Apple Music', 'iTunes', 'iTunes Match', 'Amazon Music', 'Amazon Downloads', 'YouTube Music', 'YouTube Content ID', 'Deezer', 'TIDAL', 'Meta', 'SoundCloud', 'Shazam'].map(
  (name) => ({ name }),
);

const names = (choices: { name: string }[]) => choices.map((choice) => choice.name);

describe('platformChoices', () => {
  it('offers Spotify first for “Spotfy”, and every other platform after it by name', () => {
    const { closest, others } = platformChoices('Spotfy', KNOWN);
    expect(names(closest)).toEqual(['Spotify']);
    expect(names(others)).toEqual(names(KNOWN.filter((known) => known.name !== 'Spotify')).sort((a, b) => a.localeCompare(b)));
  });

  it('sets letter case, spaces and punctuation aside, and takes a name held whole in the other', () => {
    expect(names(platformChoices('SOUND-CLOUD', KNOWN).closest)).toEqual(['SoundCloud']);
    expect(names(platformChoices('tidl', KNOWN).closest)).toEqual(['TIDAL']);
    expect(names(platformChoices('YouTube', KNOWN).closest)).toEqual(['YouTube Music', 'YouTube Content ID']);
    expect(names(platformChoices('Amazon Music Unlimited', KNOWN).closest)).toEqual(['Amazon Music']);
  });

  it('puts the closest first, equally close ones by name, and at most three', () => {
    expect(names(platformChoices('iTunes Matc', KNOWN).closest)).toEqual(['iTunes Match', 'iTunes']);
    const many = ['Beta', 'Meta', 'Zeta', 'Feta', 'Theta'].map((name) => ({ name }));
    expect(names(platformChoices('Geta', many).closest)).toEqual(['Beta', 'Feta', 'Meta']);
  });

  it('suggests nothing when no name is close, leaving every platform in name order', () => {
    const { closest, others } = platformChoices('Bleep Records Shop', KNOWN);
    expect(closest).toEqual([]);
    expect(others).toHaveLength(KNOWN.length);
    expect(names(platformChoices('tid', KNOWN).closest)).toEqual([]);
  });
});
