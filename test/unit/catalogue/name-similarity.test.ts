import { describe, expect, it } from 'vitest';
import { nameSimilarity, outlineOf, prepareName, SIMILAR_SCORE } from '../../../src/main/catalogue/name-similarity';
import { NameSieve } from '../../../src/main/catalogue/name-sieve';
import { nameKey } from '../../../src/main/import/identifiers';


const suggested = (a: string, b: string) => (nameSimilarity(a, b)?.score ?? 0) >= SIMILAR_SCORE;

describe('name similarity', () => {
  it('offers spelling variants of the same title, and says what differs', () => {
    expect(nameSimilarity('Harbor Light', 'Harbour Lights')).toEqual({
      score: expect.closeTo(0.925, 5),
      differences: ['British/American spelling: Harbor/Harbour', 'plural: Light/Lights'],
    });
    expect(nameSimilarity('Nite Ferry', 'Night Ferry')?.differences).toEqual(['sound-alike spelling: Nite/Night']);
    expect(nameSimilarity('Centre of It', 'Center of It')?.differences).toEqual(['British/American spelling: Centre/Center']);
    expect(nameSimilarity('Realise', 'Realize')?.differences).toEqual(['British/American spelling: Realise/Realize']);
    expect(nameSimilarity('Recieve Me', 'Receive Me')?.differences).toEqual(['two letters swapped: Recieve/Receive']);
    expect(nameSimilarity('Harbr Lights', 'Harbor Lights')?.differences).toEqual(['differs by one letter: Harbr/Harbor']);
    expect(nameSimilarity('Wasted Years', 'Wasted Year')?.differences).toEqual(['plural: Years/Year']);
    expect(nameSimilarity('Lonely Cities', 'Lonely City')?.differences).toEqual(['plural: Cities/City']);
    for (const [a, b] of [
      ['Harbor Light', 'Harbour Lights'],
      ['Colour of Night', 'Color of the Night'],
      ['Tonite', 'Tonight'],
      ['Recieve Me', 'Receive Me'],
      ['Catalogue', 'Catalog'],
    ]) expect(suggested(a!, b!), `${a} / ${b}`).toBe(true);
  });

  it('reads "&" as "and", and a dropped or added article as a small difference', () => {
    expect(nameSimilarity('Salt & Pepper', 'Salt and Pepper')).toEqual({ score: 1, differences: ['“&” for “and”'] });
    expect(nameSimilarity('The Harbour', 'Harbour')).toEqual({ score: expect.closeTo(0.97, 5), differences: ['“The” only in one'] });
    expect(nameSimilarity('Colour of Night', 'Color of the Night')?.differences).toEqual(['British/American spelling: Colour/Color', '“the” only in one']);
    expect(suggested('The Night Ferry', 'Night Ferry')).toBe(true);
  });

  it('sets punctuation, case, accents and spacing aside', () => {
    expect(nameSimilarity('Café Nights!', 'cafe nights')).toEqual({ score: 1, differences: [] });
    expect(nameSimilarity("Don't Stop", 'Dont Stop')).toEqual({ score: 0.95, differences: ['spacing or punctuation'] });
    expect(suggested('Sunlight', 'Sun Light')).toBe(true);
  });

  it('never offers titles whose numbers differ, written in digits, words or roman numerals', () => {
    expect(nameSimilarity('Part 1', 'Part 2')).toBeNull();
    expect(nameSimilarity('Long Road - Part One', 'Long Road - Part Two')).toBeNull();
    expect(nameSimilarity('Symphony II', 'Symphony III')).toBeNull();
    expect(nameSimilarity('Harbour Lights 2', 'Harbour Light')).toBeNull();
    expect(nameSimilarity('Four Seasons', 'For Seasons')).toBeNull();
    expect(suggested('Part 2', 'Part 2')).toBe(true);
  });

  it('keeps different words apart: a short word changed by a letter is another word', () => {
    // "Love" and "Lover" are two songs as often as one: in a four-letter word one letter makes a new word.
    expect(nameSimilarity('Love', 'Lover')).toBeNull();
    expect(nameSimilarity('Intro', 'Outro')).toBeNull();
    expect(nameSimilarity('Hold On', 'Gold On')?.score).toBe(0.5);
    expect(nameSimilarity('Blue Monday', 'Blue Tuesday')?.differences).toEqual(['“Monday” only in one', '“Tuesday” only in one']);
    for (const [a, b] of [
      ['Love', 'Lover'],
      ['Intro', 'Outro'],
      ['Part 1', 'Part 2'],
      ['Blue Monday', 'Blue Tuesday'],
      ['Harbour Lights', 'Harbour Lights Forever'],
      ['Lena Vos', 'Lena Voss'],
      ['Tides', 'Harbour'],
    ]) expect(suggested(a!, b!), `${a} / ${b}`).toBe(false);
  });

  it('offers a long title with one word more, where the shared words carry it', () => {
    expect(nameSimilarity('Bridge Over Troubled Water', 'Bridge Over Troubled Water Tonight')).toEqual({
      score: expect.closeTo(8 / 9, 5),
      differences: ['“Tonight” only in one'],
    });
    expect(suggested('Bridge Over Troubled Water', 'Bridge Over Troubled Water Tonight')).toBe(true);
  });

  it('is symmetric in its score', () => {
    for (const [a, b] of [['Harbor Light', 'Harbour Lights'], ['The Harbour', 'Harbour'], ['Colour of Night', 'Color of the Night']]) {
      expect(nameSimilarity(a!, b!)?.score).toBeCloseTo(nameSimilarity(b!, a!)!.score, 10);
    }
  });
});

describe('the near spellings names are filed under', () => {
  /** Whether a sieve holding `b` hands it out for `a`, as the review's searches ask. */
  const near = (a: string, b: string) => {
    const sieve = new NameSieve<string>();
    sieve.add(nameKey(b), b);
    return sieve.near(nameKey(a)).has(b);
  };

  it('lets through every pair the comparison would offer, a slip in a first letter included', () => {
    for (const [a, b] of [
      ['Harbor Light', 'Harbour Lights'],
      ['Nite Ferry', 'Night Ferry'],
      ['Colour of Night', 'Color of the Night'],
      ['Sunlight', 'Sun Light'],
      ['Salt & Pepper', 'Salt and Pepper'],
      ['Bridge Over Troubled Water', 'Bridge Over Troubled Water Tonight'],
      ['The The', 'The The'],
      ['Knight Ferry', 'Night Ferry'],
      ['Kuiet Harbour', 'Quiet Harbour'],
      ['Quiet Harbour', 'Quiet Harbuor'],
      ['Ladies', 'Lady'],
      ['Boxes', 'Box'],
    ]) {
      expect(nameSimilarity(a!, b!)!.score, `${a} / ${b}`).toBeGreaterThanOrEqual(SIMILAR_SCORE);
      expect(near(a!, b!), `${a} / ${b}`).toBe(true);
      expect(near(b!, a!), `${b} / ${a}`).toBe(true);
    }
  });

  it('keeps apart names that share no word or near spelling of one', () => {
    expect(near('Tides', 'Harbour')).toBe(false);
    expect(near('Blue Monday', 'Red Tuesday')).toBe(false);
  });

  it('outlines a name from its key as from its words', () => {
    expect(outlineOf('the harbour lights 2')).toEqual(prepareName('The Harbour-Lights (2)').outline);
    expect(outlineOf('salt pepper')).toEqual(prepareName('Salt & Pepper').outline);
  });
});
