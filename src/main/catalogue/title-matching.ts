import { nameKey } from '../import/identifiers';

/** Words that mark a version of a recording rather than a different song. */
const VERSION_WORDS = /\b(remaster(ed)?|radio edit|edit|mix|remix|version|live|acoustic|instrumental|mono|stereo|extended|demo|deluxe|explicit|clean)\b/i;
const FEATURING = /\s*[([]?\s*\b(feat\.?|ft\.?|featuring|with)\s+[^)\]]*[)\]]?/gi;
const BRACKETED = /\s*[([][^)\]]*[)\]]/g;
const DASH_SUFFIX = /\s+[-–—]\s+([^-–—]+)$/;

export interface TitleKeys {
  /** Every word of the title, normalised. */
  exact: string;
  /** The song without featured artists and version tags ("Remastered 2011", "- Radio Edit"). */
  base: string;
  /** The version tags removed from `base`, normalised; '' when none. */
  version: string;
  /** The words `base` is made of, as printed: what a reason quotes. */
  baseText: string;
}

/**
 * Keys for recognising one song across statements that spell it differently: accents, case,
 * "feat." credits and version tags vary by store; the base key survives all of them.
 */
export function titleKeys(title: string): TitleKeys {
  const exact = nameKey(title);
  let rest = title.replace(FEATURING, ' ');
  const versions: string[] = [];
  rest = rest.replace(BRACKETED, (part) => {
    if (VERSION_WORDS.test(part)) {
      versions.push(part);
      return ' ';
    }
    return part;
  });
  const dashed = DASH_SUFFIX.exec(rest);
  if (dashed && VERSION_WORDS.test(dashed[1]!)) {
    versions.push(dashed[1]!);
    rest = rest.slice(0, dashed.index);
  }
  const base = nameKey(rest);
  return { exact, base: base || exact, version: nameKey(versions.join(' ')), baseText: base ? rest.trim() : title.trim() };
}

/** The main artist as printed: featured credits in the artist cell do not make a different artist. */
export function mainArtistName(artist: string): string {
  return artist.replace(FEATURING, ' ').split(/\s+(?:&|x|,|and)\s+/i)[0] ?? artist;
}

export function mainArtistKey(artist: string): string {
  return nameKey(mainArtistName(artist)) || nameKey(artist);
}

export interface TitleMatch {
  score: number;
  reason: string;
}

/** How sure we are that two (artist, title) pairs name the same recording, and why. */
export function compareRecordings(a: { artist: string; title: string }, b: { artist: string; title: string }): TitleMatch | null {
  const artistA = mainArtistKey(a.artist);
  const artistB = mainArtistKey(b.artist);
  if (artistA !== artistB) return null;
  const ta = titleKeys(a.title);
  const tb = titleKeys(b.title);
  if (ta.exact === tb.exact) return { score: 1, reason: 'same artist and title (ignoring accents and case)' };
  if (ta.base === tb.base && ta.version === tb.version) return { score: 0.95, reason: 'same artist and title once featured artists are set aside' };
  if (ta.base === tb.base) return { score: 0.7, reason: `same song, different version tags ("${ta.version || 'none'}" vs "${tb.version || 'none'}")` };
  return null;
}
