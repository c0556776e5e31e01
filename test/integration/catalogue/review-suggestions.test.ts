import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listRecordingsUnderReview } from '../../../src/main/catalogue/recording-review';
import { invokeChannel } from '../../../src/main/core/handler-map';
import { CHANNELS } from '../../../src/shared/contract/channels';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';
import { coreWithChannelsEachTest } from '../../support/core-each-test';
import { importFile, openTempStore, type TempStore } from '../import/temp-store';

/** A recording sold in a statement: artist, title and ISRC (blank when the store sent none). */
type Sale = [artist: string, title: string, isrc: string];

function statementText(saleMonth: string, sales: Sale[]): string {
  const lines = sales.map(([artist, title, isrc]) => distroKidLine({ saleMonth, store: 'Spotify', artist, title, isrc, qty: 10, earnings: '1.00' }));
  return `${[DISTROKID_13_HEADER, ...lines].join('\n')}\n`;
}

const NO_MATCH = 'no recording of this artist has the same title';
const SUGGESTED_SINCE = 'no recording matched it exactly when it was imported; close titles are suggested';

describe('suggestions for recordings under review, through the channel', () => {
  const perTest = coreWithChannelsEachTest('tunemantra-suggestions-');

  async function importSales(name: string, saleMonth: string, sales: Sale[]) {
    const [outcome] = await perTest.core.importFiles([perTest.folder.write(name, statementText(saleMonth, sales))], { mode: 'strict' });
    expect(outcome).toMatchObject({ status: 'imported', imported: sales.length });
  }

  async function queue() {
    const answer = await invokeChannel(perTest.channels, 'catalogue:review', {});
    if (!answer.ok) throw new Error(answer.error.message);
    return CHANNELS['catalogue:review'].output.parse(answer.value).recordings;
  }

  it('offers close titles of the artist, else of a close artist, with score and reason; the import itself merged nothing', async () => {
    await importSales('january.tsv', '2024-01', [
      ['Night Ferry', 'Harbour Lights', 'QZTST2400001'],
      ['Night Ferry', 'Quiet Harbour', 'QZTST2400002'],
      ['Night Ferry', 'Part 1', 'QZTST2400003'],
      ['Night Ferry', 'Intro', 'QZTST2400004'],
      ['Night Ferry', 'Love', 'QZTST2400005'],
    ]);
    await importSales('february.tsv', '2024-02', [
      ['Night Ferry', 'Harbor Light', ''],
      ['Nite Ferry', 'Quiet Harbor', ''],
      ['Night Ferry', 'Part 2', ''],
      ['Night Ferry', 'Outro', ''],
      ['Night Ferry', 'Lover', ''],
    ]);

    // Exact normalised matches only at import: every misspelling is a recording of its own, waiting.
    const recordings = await queue();
    expect(recordings.map((r) => [r.title, r.candidate, r.reason]).sort()).toEqual([
      // Where close titles are suggested, the reason written at import no longer says there is none.
      ['Harbor Light', null, SUGGESTED_SINCE],
      ['Lover', null, NO_MATCH],
      ['Outro', null, NO_MATCH],
      ['Part 2', null, NO_MATCH],
      ['Quiet Harbor', null, SUGGESTED_SINCE],
    ]);
    const suggestionsOf = (title: string) => recordings.find((r) => r.title === title)!.suggestions;

    expect(suggestionsOf('Harbor Light')).toEqual([
      {
        recordingId: expect.any(Number),
        title: 'Harbour Lights',
        artist: 'Night Ferry',
        artistId: expect.any(Number),
        isrc: 'QZTST2400001',
        scorePercent: 93,
        reason: 'similar title (British/American spelling: Harbor/Harbour; plural: Light/Lights)',
      },
    ]);
    // No recording of "Nite Ferry" comes close, so the artists whose name does are asked.
    expect(suggestionsOf('Quiet Harbor')).toEqual([
      {
        recordingId: expect.any(Number),
        title: 'Quiet Harbour',
        artist: 'Night Ferry',
        artistId: expect.any(Number),
        isrc: 'QZTST2400002',
        scorePercent: 95,
        reason: 'artist spelled differently (sound-alike spelling: Nite/Night); similar title (British/American spelling: Harbor/Harbour)',
      },
    ]);
    expect(suggestionsOf('Part 2')).toEqual([]);
    expect(suggestionsOf('Outro')).toEqual([]);
    expect(suggestionsOf('Lover')).toEqual([]);

    // The suggestion is a merge target like any other: taking it empties that row.
    const harbor = recordings.find((r) => r.title === 'Harbor Light')!;
    const merged = await invokeChannel(perTest.channels, 'catalogue:merge', { recordingId: harbor.recordingId, intoRecordingId: harbor.suggestions[0]!.recordingId });
    expect(merged).toEqual({ ok: true, value: { movedLines: 1, mergeId: expect.any(Number) } });
    expect((await queue()).map((r) => r.title).sort()).toEqual(['Lover', 'Outro', 'Part 2', 'Quiet Harbor']);
  });

  it('offers a recording whose title or artist is misspelt in its first letter, never one whose number differs', async () => {
    await importSales('january.tsv', '2024-01', [
      ['Night Ferry', 'Quiet Harbour', 'QZTST2400001'],
      ['Night Ferry', 'Harbour Lights', 'QZTST2400002'],
      ['Night Ferry', 'Nocturne Part 1', 'QZTST2400003'],
    ]);
    await importSales('february.tsv', '2024-02', [
      ['Night Ferry', 'Kuiet Harbour', ''],
      ['Knight Ferry', 'Harbour Lights', ''],
      ['Night Ferry', 'Mocturne Part 2', ''],
    ]);

    const recordings = await queue();
    const suggestionsOf = (title: string) => recordings.find((r) => r.title === title)!.suggestions.map((s) => [s.title, s.artist, s.scorePercent, s.reason]);
    // (1 + 0.85) × 2 / 4 words: one word the same, the other one letter apart.
    expect(suggestionsOf('Kuiet Harbour')).toEqual([['Quiet Harbour', 'Night Ferry', 93, 'similar title (differs by one letter: Kuiet/Quiet)']]);
    expect(suggestionsOf('Harbour Lights')).toEqual([
      ['Harbour Lights', 'Night Ferry', 93, 'artist spelled differently (differs by one letter: Knight/Night); same title'],
    ]);
    // One letter apart in "Nocturne", but Part 1 is not Part 2.
    expect(suggestionsOf('Mocturne Part 2')).toEqual([]);
  });

  it('searches merge targets by the same similarity, closest first with its score, then by the text they contain', async () => {
    await importSales('january.tsv', '2024-01', [
      ['Night Ferry', 'Quiet Harbour', 'QZTST2400001'],
      ['Night Ferry', 'Harbour Lights', 'QZTST2400002'],
      ['Lena Vos', 'Harbour', 'QZTST2400003'],
    ]);
    const search = async (text: string) => {
      const answer = await invokeChannel(perTest.channels, 'catalogue:search', { text });
      if (!answer.ok) throw new Error(answer.error.message);
      return CHANNELS['catalogue:search'].output.parse(answer.value).recordings.map((r) => [r.title, r.scorePercent, r.reason]);
    };
    // A slip in the first letter still finds it: (0.85 + 0.95) × 2 / 4 words; then 0.95 × 2 / 3 and 0.95 × 2 / 4.
    expect(await search('Kuiet Harbor')).toEqual([
      ['Quiet Harbour', 90, 'similar title (differs by one letter: Kuiet/Quiet; British/American spelling: Harbor/Harbour)'],
      ['Harbour', 63, 'similar title (British/American spelling: Harbor/Harbour; “Kuiet” only in one)'],
      ['Harbour Lights', 48, 'similar title (British/American spelling: Harbor/Harbour; “Kuiet” only in one; “Lights” only in one)'],
    ]);
    expect(await search('Knight Ferry')).toEqual([
      ['Harbour Lights', 93, 'similar artist (differs by one letter: Knight/Night)'],
      ['Quiet Harbour', 93, 'similar artist (differs by one letter: Knight/Night)'],
    ]);
    // The first letters of a word are what a person types: found by what they contain.
    expect(await search('Harb')).toEqual([
      ['Harbour', null, 'title contains “Harb”'], ['Harbour Lights', null, 'title contains “Harb”'], ['Quiet Harbour', null, 'title contains “Harb”'],
    ]);
    expect(await search('QZTST2400003')).toEqual([['Harbour', null, 'ISRC contains “QZTST2400003”']]);
  });

  it('lists a candidate from the import apart from the suggestions, and a different version with a lower score', async () => {
    await importSales('january.tsv', '2024-01', [
      ['Night Ferry', 'Harbour Lights', 'QZTST2400001'],
      ['Night Ferry', 'Harbor Light', 'QZTST2400002'],
    ]);
    await importSales('february.tsv', '2024-02', [['Night Ferry', 'Harbour Lights (Live)', '']]);

    const [live] = await queue();
    expect(live!.candidate).toMatchObject({ title: 'Harbour Lights', scorePercent: 70 });
    expect(live!.suggestions).toEqual([
      expect.objectContaining({
        title: 'Harbor Light',
        scorePercent: 65,
        reason: 'similar title (British/American spelling: Harbour/Harbor; plural: Lights/Light); different version tags ("live" vs "none")',
      }),
    ]);
  });
});

describe('suggestions in a catalogue of 20,000 recordings', () => {
  let store: TempStore;
  beforeEach(() => {
    store = openTempStore('tunemantra-suggestions-large-');
  });
  afterEach(() => store.cleanup());

  const FIRST = ['Anna', 'Bruno', 'Clara', 'Daniel', 'Elena', 'Felix', 'Greta', 'Hugo', 'Ingrid', 'Jonas', 'Karin', 'Lukas', 'Marta', 'Nils', 'Olga', 'Pavel', 'Rosa', 'Simon', 'Tilda', 'Viktor'];
  const LAST = ['Berg', 'Castell', 'Dahl', 'Eriksen', 'Falk', 'Grund', 'Holm', 'Iversen', 'Jansen', 'Krog', 'Lund', 'Moberg', 'Nyberg', 'Ostrom', 'Pihl', 'Quist', 'Ruud', 'Sand', 'Toft', 'Wall'];
  const ADJECTIVES = ['Silver', 'Quiet', 'Golden', 'Broken', 'Northern', 'Hidden', 'Gentle', 'Distant', 'Restless', 'Hollow'];
  const NOUNS = ['Harbour', 'Window', 'Centre', 'Road', 'River', 'Garden', 'Theatre', 'Morning', 'Letter', 'Colour'];
  /** How a store might misspell each noun. */
  const MISSPELT: Record<string, string> = {
    Harbour: 'Harbor', Window: 'Windows', Centre: 'Center', Road: 'Roads', River: 'Rivers',
    Garden: 'Gardens', Theatre: 'Theater', Morning: 'Mornign', Letter: 'Letters', Colour: 'Color',
  };

  /** A slip in the first letter of each adjective, and of the longer last names: none makes another word of the lists. */
  const FIRST_LETTER_SLIP: Record<string, string> = {
    Silver: 'Zilver', Quiet: 'Kuiet', Golden: 'Volden', Broken: 'Vroken', Northern: 'Morthern',
    Hidden: 'Bidden', Gentle: 'Jentle', Distant: 'Tistant', Restless: 'Westless', Hollow: 'Follow',
    Castell: 'Kastell', Eriksen: 'Criksen', Iversen: 'Yversen', Jansen: 'Yansen', Moberg: 'Woberg', Nyberg: 'Myberg', Ostrom: 'Astrom',
  };

  it('finds the right recording for each misspelling among 400 artists, a slip in a first letter included', async () => {
    const artists = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`));
    const known: Sale[] = [];
    artists.forEach((artist, a) => {
      for (let t = 0; t < 50; t++) {
        const combo = (a + t * 3) % 100;
        known.push([artist, `${ADJECTIVES[combo % 10]} ${NOUNS[Math.floor(combo / 10)]}`, `QZTST24${String(known.length).padStart(5, '0')}`]);
      }
    });
    expect(known).toHaveLength(20_000);
    const misspelt: Sale[] = [];
    const expected = new Map<string, string>();
    known.forEach(([artist, title], i) => {
      const [adjective, noun] = title.split(' ');
      let sale: Sale | null = null;
      // A store's spelling of the noun (as before), and, for as many others, a slip in the first
      // letter of the adjective and, where the last name is long enough, of the artist's last name.
      if (i % 200 === 0) sale = [artist, `${adjective} ${MISSPELT[noun!]}`, ''];
      if (i % 200 === 150) {
        const [first, last] = artist.split(' ');
        sale = [`${first} ${FIRST_LETTER_SLIP[last!] ?? last}`, `${FIRST_LETTER_SLIP[adjective!]} ${noun}`, ''];
      }
      if (sale) {
        misspelt.push(sale);
        expected.set(`${sale[0]}|${sale[1]}`, title);
      }
    });
    expect(misspelt).toHaveLength(200);
    // Line 150 of every 200 is artist 3 of every 4 (50 recordings each): last names Eriksen, Iversen,
    // Moberg, Quist and Wall in turn, the first three of which slip.
    expect(misspelt.filter(([artist]) => !artists.includes(artist))).toHaveLength(60);

    const write = (name: string, saleMonth: string, sales: Sale[]) => {
      const path = `${store.dir}/${name}`;
      writeFileSync(path, statementText(saleMonth, sales));
      return path;
    };
    expect((await importFile(store.db, write('catalogue.tsv', '2024-01', known))).status).toBe('imported');
    expect((await importFile(store.db, write('misspelt.tsv', '2024-02', misspelt))).status).toBe('imported');

    const queue = listRecordingsUnderReview(store.db);
    expect(queue).toHaveLength(misspelt.length);
    for (const recording of queue) {
      expect(recording.suggestions.map((s) => s.title), `${recording.title} by ${recording.artist}`).toEqual([expected.get(`${recording.artist}|${recording.title}`)]);
    }
  });
});
