import { DISTROKID_13_HEADER } from './temp-store';

/**
 * DistroKid statements of a label whose stores spell its songs many ways: released recordings with
 * ISRCs, each sold every month, and from the third month on lines without an ISRC that name them
 * in upper or lower case, with a featured artist, a version tag, two letters swapped, a space
 * moved, or a British spelling, some under a misspelt artist, besides unreleased demos no recording has. Seeded, so every run
 * writes the same lines and the store gives the same ids.
 */
export interface ReviewQueueShape {
  released: number;
  nearDuplicates: number;
  demos: number;
  artists: number;
  months: number;
}

const WORDS = ['Midnight', 'River', 'Golden', 'Echo', 'Paper', 'Hollow', 'Silver', 'Neon', 'Quiet', 'Static', 'Ember', 'Velvet', 'Harbor', 'Winter', 'Cobalt', 'Signal', 'Lantern', 'Orbit', 'Saltwater', 'Thunder'];
const NOUNS = ['Dreams', 'Lights', 'Heart', 'Roads', 'Skies', 'Rooms', 'Letters', 'Fever', 'Waves', 'Gardens', 'Stars', 'Tides', 'Ghosts', 'Mirrors', 'Bridges', 'Fires', 'Colors', 'Shadows', 'Summer', 'Rain'];

/** Ways a store prints a title it has seen before; the space moved and the two letters swapped make 100 % and 95 % suggestions. */
const SPELLINGS: ((title: string) => string)[] = [
  (title) => title.toUpperCase(),
  (title) => `${title} (feat. Guest Singer)`,
  (title) => title.replace(/(\w) (\w)/, ' $1$2'),
  (title) => `${title} (Remastered 2011)`,
  (title) => title.replace(/^(\w)(\w)(\w)/, '$1$3$2'),
  (title) => title.replace('Colors', 'Colours').replace('Harbor', 'Harbour'),
];

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** One statement per month, `2024-01` first: [file name, text]. */
export function reviewQueueStatements(shape: ReviewQueueShape): [string, string][] {
  const random = seeded(99);
  const artists = Array.from({ length: shape.artists }, (_, i) => `Roster Act ${i + 1}`);
  const released: { artist: string; title: string; isrc: string }[] = [];
  const seen = new Set<string>();
  while (released.length < shape.released) {
    const title = `${WORDS[Math.floor(random() * WORDS.length)]} ${NOUNS[Math.floor(random() * NOUNS.length)]}${random() < 0.4 ? ` ${1 + Math.floor(random() * 30)}` : ''}`;
    const artist = artists[Math.floor(random() * artists.length)]!;
    if (seen.has(`${artist}/${title}`)) continue;
    seen.add(`${artist}/${title}`);
    released.push({ artist, title, isrc: `QZR8K24${String(released.length + 1).padStart(5, '0')}` });
  }
  const line = (month: string, store: string, artist: string, title: string, isrc: string) =>
    [`${month}-28`, month, store, artist, title, isrc, '', 1 + Math.floor(random() * 900), '100', 'Song', 'US', '0', (random() * 4).toFixed(8)].join('\t');
  const files: [string, string][] = [];
  for (let m = 1; m <= shape.months; m++) {
    const month = `2024-${String(m).padStart(2, '0')}`;
    const rows = [DISTROKID_13_HEADER];
    for (const { artist, title, isrc } of released) {
      rows.push(line(month, 'Spotify', artist, title, isrc));
      if (random() < 0.5) rows.push(line(month, 'Apple Music', artist, title, isrc));
    }
    if (m >= 3) {
      for (let i = 0; i < shape.nearDuplicates; i++) {
        const { artist, title } = released[(i * 7) % released.length]!;
        // Every ninth names its artist with a letter more: its suggestions come from the artist spelled right.
        const printed = i % 9 === 8 ? artist.replace('Roster', 'Rooster') : artist;
        if (i % 2 === m % 2 || random() < 0.3) rows.push(line(month, 'Spotify', printed, SPELLINGS[i % SPELLINGS.length]!(title), ''));
      }
      for (let i = 0; i < shape.demos; i++) if (i % 2 === m % 2) rows.push(line(month, 'Spotify', artists[i % artists.length]!, `Unreleased Demo ${i + 1}`, ''));
    }
    files.push([`distrokid-${month}.tsv`, `${rows.join('\n')}\n`]);
  }
  return files;
}
