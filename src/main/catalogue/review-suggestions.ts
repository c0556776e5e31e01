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

  constructor(readonly text: string) {}

  get name(): PreparedName {
    this.prepared ??= prepareName(this.text);
    return this.prepared;
  }
}

interface ArtistGroup {
  key: string;
  name: LookedAtName;
  recordings: Known[];
  /** Its recordings as read, field by field: a later reading that finds the same takes this group over. */
  fingerprint: string;
  /** Its recordings by the near spellings of their titles, filed the first time the group is searched. */
  titles: NameSieve<Known> | null;
}

/** Suggestions found for one name, and what they were found from: groups, artists' names, the artists' sieve. */
interface Remembered {
  found: RecordingSuggestion[];
  dependsOn: readonly object[];
}

/** The artists whose name is close to one artist's, and what else finding them read: the names of those near but not close. */
interface CloseArtists {
  close: { group: ArtistGroup; score: number; note: string }[];
  /** The close artists' groups and the near artists' names, as `Remembered.dependsOn` takes them. */
  dependsOn: object[];
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
 *
 * Read again after the store changed, it takes over from the index it replaces what the change
 * left as it was: the groups whose recordings are the same, the artists' sieve while the artists
 * are, split titles, and the suggestions found only in such groups. A decision on one entry of a
 * long queue then compares again only the names of the artist it touched.
 */
export class SuggestionIndex {
  private readonly byArtist = new Map<string, ArtistGroup>();
  /** The artists' keys by their near spellings; '' (no artist) is not filed. */
  private readonly artists: NameSieve<string>;
  private readonly titles = new Map<string, LookedAtTitle>();
  private readonly remembered = new Map<string, Remembered>();
  /** The artists close to an artist as printed, for this index's groups and sieve (closeArtists). */
  private readonly artistsClose = new Map<string, CloseArtists>();
  /** Every recording by its title's near spellings, for the merge search; filed on its first search. */
  private allTitles: NameSieve<Known> | null = null;

  constructor(db: Database.Database, earlier?: SuggestionIndex) {
    const rows = db
      .prepare<[], Known>("SELECT r.id, r.title, COALESCE(a.name, '') AS artist, r.artist_id AS artistId, r.isrc FROM recording r LEFT JOIN artist a ON a.id = r.artist_id ORDER BY r.id")
      .all();
    const keyOfName = new Map<string, string>();
    const read = new Map<string, Known[]>();
    for (const row of rows) {
      let key = keyOfName.get(row.artist);
      if (key === undefined) {
        key = mainArtistKey(row.artist);
        keyOfName.set(row.artist, key);
      }
      const recordings = read.get(key);
      if (recordings) recordings.push(row);
      else read.set(key, [row]);
      const split = earlier?.titles.get(row.title);
      if (split) this.titles.set(row.title, split);
    }
    let unchanged = earlier !== undefined && earlier.byArtist.size === read.size;
    for (const [key, recordings] of read) {
      const fingerprint = recordings.map((r) => `${r.id}\u0001${r.title}\u0001${r.artist}\u0001${r.artistId}\u0001${r.isrc}`).join('\u0002');
      const kept = earlier?.byArtist.get(key);
      if (kept?.fingerprint === fingerprint) {
        this.byArtist.set(key, kept);
        continue;
      }
      unchanged = false;
      const shown = mainArtistName(recordings[0]!.artist);
      const name = kept?.name.text === shown ? kept.name : new LookedAtName(shown);
      this.byArtist.set(key, { key, name, recordings, fingerprint, titles: null });
    }
    const sameArtists = earlier !== undefined && earlier.byArtist.size === read.size && [...read.keys()].every((key) => earlier.byArtist.has(key));
    this.artists = sameArtists ? earlier.artists : fileArtists(read.keys());
    if (unchanged) this.allTitles = earlier!.allTitles;
    if (earlier) {
      const live = new Set<object>([this.artists, ...this.byArtist.values(), ...[...this.byArtist.values()].map((group) => group.name)]);
      for (const [asked, kept] of earlier.remembered) if (kept.dependsOn.every((source) => live.has(source))) this.remembered.set(asked, kept);
    }
  }

  /** The recordings the one under review may really be, closest first; `except` are left out (itself, the import's candidate). */
  suggest(recording: { title: string; artist: string }, except: ReadonlySet<number>): RecordingSuggestion[] {
    const asked = `${recording.artist}\u0000${recording.title}\u0000${[...except].sort((a, b) => a - b).join(',')}`;
    const kept = this.remembered.get(asked);
    if (kept) return kept.found;
    const artistKey = mainArtistKey(recording.artist);
    const title = this.titleNamed(recording.title);
    const own = this.byArtist.get(artistKey);
    // Whatever would make these suggestions others: the own group, or, where it has none, that there is none.
    const dependsOn: object[] = [own ?? this.artists];
    let found = own ? this.closeTitles(title, own, except, 1, null) : [];
    if (found.length === 0 && artistKey !== '') {
      const artists = this.closeArtists(recording.artist, artistKey);
      dependsOn.push(this.artists, ...artists.dependsOn);
      for (const { group, score, note } of artists.close) found.push(...this.closeTitles(title, group, except, score, note));
    }
    found = found.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title) || a.recordingId - b.recordingId).slice(0, MOST_SUGGESTIONS);
    const suggestions = found.map(({ score, ...suggestion }) => ({ ...suggestion, scorePercent: Math.round(score * 100) }));
    this.remembered.set(asked, { found: suggestions, dependsOn });
    return suggestions;
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
    for (const artistKey of this.artists.near(key)) {
      const group = this.byArtist.get(artistKey)!;
      const byArtist = compareNames(typed, group.name.name);
      if (byArtist) for (const known of group.recordings) consider(known, byArtist.score, described('artist', byArtist));
    }
    return [...found.values()];
  }

  /**
   * The artists whose name is close to an entry's artist, found once per artist: a queue holds
   * many entries of one artist, and each would compare its name with every artist's near it again.
   */
  private closeArtists(printed: string, artistKey: string): CloseArtists {
    const kept = this.artistsClose.get(printed);
    if (kept) return kept;
    const artist = new LookedAtName(mainArtistName(printed));
    const found: CloseArtists = { close: [], dependsOn: [] };
    for (const key of this.artists.near(artistKey)) {
      const group = this.byArtist.get(key)!;
      if (group.key === artistKey || !lengthsNear(group.key, artistKey, 0.3, 3)) continue;
      // An artist not close by name adds nothing whatever its recordings are: only its name counts.
      const similar = compareNames(artist.name, group.name.name);
      if (!similar || similar.score < SIMILAR_SCORE) {
        found.dependsOn.push(group.name);
        continue;
      }
      found.dependsOn.push(group);
      const note = similar.differences.length > 0 ? `artist spelled differently (${similar.differences.join('; ')})` : 'artist written differently';
      found.close.push({ group, score: similar.score, note });
    }
    this.artistsClose.set(printed, found);
    return found;
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
    return this.titleNamed(known.title);
  }

  /** A title split once per index, and taken over by the next while a recording still has it. */
  private titleNamed(text: string): LookedAtTitle {
    let title = this.titles.get(text);
    if (!title) {
      title = lookAtTitle(text);
      this.titles.set(text, title);
    }
    return title;
  }
}

function fileArtists(keys: Iterable<string>): NameSieve<string> {
  const sieve = new NameSieve<string>();
  for (const key of keys) if (key !== '') sieve.add(key, key);
  return sieve;
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
  const index = new SuggestionIndex(db, kept?.index);
  keptByConnection.set(db, { version, index });
  return index;
}
