import type Database from 'better-sqlite3';
import { nameKey } from '../import/identifiers';
import { compareNames, prepareName, SIMILAR_SCORE, type NameSimilarity, type PreparedName } from './name-similarity';
import { NameSieve } from './name-sieve';
import { mainArtistKey, mainArtistName, titleKeys, type TitleKeys } from './title-matching';

/** A recording that may be the one under review, with how close it is and why. */
export interface RecordingSuggestion {
  recordingId: number;
  title: string;
  artist: string;
  artistId: number | null;
  isrc: string | null;
  scorePercent: number;
  reason: string;
}

/** The closest few, for a person to choose among; more would bury the likely one. */
const MOST_SUGGESTIONS = 3;
/** A different version of the song is a different recording: scored as the import scores it, 70 of 100. */
const OTHER_VERSION_FACTOR = 0.7;

interface Known {
  id: number;
  title: string;
  artist: string;
  artistId: number | null;
  isrc: string | null;
}

/** A name split into words only once it is compared: most of a large catalogue never is. */
class LookedAtName {
  private prepared: PreparedName | null = null;

  constructor(private readonly text: string) {}

  get name(): PreparedName {
    this.prepared ??= prepareName(this.text);
    return this.prepared;
  }
}

interface ArtistGroup {
  key: string;
  name: LookedAtName;
  recordings: Known[];
  /** Its recordings by the near spellings of their titles, filed the first time the group is searched. */
  titles: NameSieve<Known> | null;
}

interface LookedAtTitle {
  keys: TitleKeys;
  song: LookedAtName;
}

function lookAtTitle(title: string): LookedAtTitle {
  const keys = titleKeys(title);
  return { keys, song: new LookedAtName(keys.baseText) };
}

/** Names that cannot be close are not compared: lengths far apart cannot pair every word. */
function lengthsNear(a: string, b: string, share: number, slack: number): boolean {
  return Math.abs(a.length - b.length) <= Math.max(slack, share * Math.max(a.length, b.length));
}

/** A recording found by a typed name, with how close the name is to its title or artist and why. */
export interface NameMatch {
  known: Known;
  score: number;
  reason: string;
}

/**
 * The catalogue grouped by main artist, the artists filed by the near spellings of their names: a
 * recording under review is compared with those of its own artist's recordings whose title shares
 * a near spelling with its own, and, only when none is close, likewise with the recordings of the
 * artists whose name does and is close. Never the whole catalogue, and a slip in a word's first
 * letter is found like any other.
 */
export class SuggestionIndex {
  private readonly byArtist = new Map<string, ArtistGroup>();
  private readonly artists = new NameSieve<ArtistGroup>();
  private readonly titles = new Map<number, LookedAtTitle>();
  /** Every recording by its title's near spellings, for the merge search; filed on its first search. */
  private allTitles: NameSieve<Known> | null = null;

  constructor(db: Database.Database) {
    const rows = db
      .prepare<[], Known>("SELECT r.id, r.title, COALESCE(a.name, '') AS artist, r.artist_id AS artistId, r.isrc FROM recording r LEFT JOIN artist a ON a.id = r.artist_id")
      .all();
    const keyOfName = new Map<string, string>();
    for (const row of rows) {
      let key = keyOfName.get(row.artist);
      if (key === undefined) {
        key = mainArtistKey(row.artist);
        keyOfName.set(row.artist, key);
      }
      let group = this.byArtist.get(key);
      if (!group) {
        group = { key, name: new LookedAtName(mainArtistName(row.artist)), recordings: [], titles: null };
        this.byArtist.set(key, group);
        if (key !== '') this.artists.add(key, group);
      }
      group.recordings.push(row);
    }
  }

  /** The recordings the one under review may really be, closest first; `except` are left out (itself, the import's candidate). */
  suggest(recording: { title: string; artist: string }, except: ReadonlySet<number>): RecordingSuggestion[] {
    const artistKey = mainArtistKey(recording.artist);
    const title = lookAtTitle(recording.title);
    const own = this.byArtist.get(artistKey);
    let found = own ? this.closeTitles(title, own, except, 1, null) : [];
    if (found.length === 0 && artistKey !== '') {
      const artist = new LookedAtName(mainArtistName(recording.artist));
      for (const group of this.artists.near(artistKey)) {
        if (group.key === artistKey || !lengthsNear(group.key, artistKey, 0.3, 3)) continue;
        const similar = compareNames(artist.name, group.name.name);
        if (!similar || similar.score < SIMILAR_SCORE) continue;
        const differs = similar.differences.length > 0 ? `artist spelled differently (${similar.differences.join('; ')})` : 'artist written differently';
        found.push(...this.closeTitles(title, group, except, similar.score, differs));
      }
    }
    found = found.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title) || a.recordingId - b.recordingId).slice(0, MOST_SUGGESTIONS);
    return found.map(({ score, ...suggestion }) => ({ ...suggestion, scorePercent: Math.round(score * 100) }));
  }

  /**
   * Recordings whose title, artist, or artist and title together are near the typed text, found
   * through the same near spellings and scored by the same comparison as the suggestions; any
   * score, since a person reads the list.
   */
  searchByName(text: string): NameMatch[] {
    const key = nameKey(text);
    if (key === '') return [];
    const typed = prepareName(text);
    if (!this.allTitles) {
      const sieve = new NameSieve<Known>();
      for (const group of this.byArtist.values()) for (const known of group.recordings) sieve.add(this.titleOf(known).keys.base, known);
      this.allTitles = sieve;
    }
    const found = new Map<number, NameMatch>();
    const consider = (known: Known, score: number, reason: string) => {
      const kept = found.get(known.id);
      if (score > 0 && (!kept || score > kept.score)) found.set(known.id, { known, score, reason });
    };
    for (const known of this.allTitles.near(key)) {
      const song = this.titleOf(known).song.name;
      const byTitle = compareNames(typed, song);
      if (byTitle) consider(known, byTitle.score, described('title', byTitle));
      const both = compareNames(typed, prepareName(`${known.artist} ${known.title}`));
      if (both) consider(known, both.score, described('artist and title', both));
    }
    for (const group of this.artists.near(key)) {
      const byArtist = compareNames(typed, group.name.name);
      if (byArtist) for (const known of group.recordings) consider(known, byArtist.score, described('artist', byArtist));
    }
    return [...found.values()];
  }

  private closeTitles(title: LookedAtTitle, group: ArtistGroup, except: ReadonlySet<number>, artistScore: number, artistNote: string | null) {
    const found: (Omit<RecordingSuggestion, 'scorePercent'> & { score: number })[] = [];
    group.titles ??= this.fileTitles(group);
    for (const known of group.titles.near(title.keys.base)) {
      if (except.has(known.id)) continue;
      const other = this.titleOf(known);
      if (!lengthsNear(title.keys.base, other.keys.base, 0.4, 6)) continue;
      const similar = compareNames(title.song.name, other.song.name);
      if (!similar || similar.score < SIMILAR_SCORE || similar.score * artistScore < SIMILAR_SCORE) continue;
      const notes = artistNote ? [artistNote] : [];
      notes.push(similar.differences.length > 0 ? `similar title (${similar.differences.join('; ')})` : 'same title');
      let score = similar.score * artistScore;
      if (title.keys.version !== other.keys.version) {
        notes.push(`different version tags ("${title.keys.version || 'none'}" vs "${other.keys.version || 'none'}")`);
        score *= OTHER_VERSION_FACTOR;
      }
      found.push({ recordingId: known.id, title: known.title, artist: known.artist, artistId: known.artistId, isrc: known.isrc, score, reason: notes.join('; ') });
    }
    return found;
  }

  private fileTitles(group: ArtistGroup): NameSieve<Known> {
    const sieve = new NameSieve<Known>();
    for (const known of group.recordings) sieve.add(this.titleOf(known).keys.base, known);
    return sieve;
  }

  private titleOf(known: Known): LookedAtTitle {
    let title = this.titles.get(known.id);
    if (!title) {
      title = lookAtTitle(known.title);
      this.titles.set(known.id, title);
    }
    return title;
  }
}

/** "similar title (plural: Light/Lights)", "same artist". */
function described(what: string, similar: NameSimilarity): string {
  return similar.differences.length > 0 ? `similar ${what} (${similar.differences.join('; ')})` : `same ${what}`;
}

const keptByConnection = new WeakMap<Database.Database, { version: string; index: SuggestionIndex }>();

/**
 * The index as the connection sees the store now, kept until the data changes: `data_version`
 * moves when another connection commits, `total_changes()` when this one writes. Reopening the
 * review page then reads no catalogue and splits no title it split before.
 */
export function suggestionIndex(db: Database.Database): SuggestionIndex {
  const own = db.prepare<[], number>('SELECT total_changes()').pluck().get();
  const version = `${db.pragma('data_version', { simple: true }) as number}/${own}`;
  const kept = keptByConnection.get(db);
  if (kept?.version === version) return kept.index;
  const index = new SuggestionIndex(db);
  keptByConnection.set(db, { version, index });
  return index;
}
