import type Database from 'better-sqlite3';
import { compareNames, maybeSimilar, outlineOf, prepareName, SIMILAR_SCORE, type NameOutline, type PreparedName } from './name-similarity';
import { mainArtistKey, mainArtistName, titleKeys, type TitleKeys } from './title-matching';

/** A recording that may be the one under review, with how close it is and why. */
export interface RecordingSuggestion {
  recordingId: number;
  title: string;
  artist: string;
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
  isrc: string | null;
}

/**
 * A name as far as it has been needed: its outline for the quick look, its words only once a
 * quick look lets it through, so most of a large catalogue is never split into words.
 */
class LookedAtName {
  private prepared: PreparedName | null = null;
  readonly outline: NameOutline;

  constructor(key: string, private readonly text: string) {
    this.outline = outlineOf(key);
  }

  get name(): PreparedName {
    this.prepared ??= prepareName(this.text);
    return this.prepared;
  }
}

interface ArtistGroup {
  key: string;
  name: LookedAtName;
  recordings: Known[];
}

interface LookedAtTitle {
  keys: TitleKeys;
  song: LookedAtName;
}

function lookAtTitle(title: string): LookedAtTitle {
  const keys = titleKeys(title);
  return { keys, song: new LookedAtName(keys.base, keys.baseText) };
}

/** Where a name is looked for among others: its first letter once a leading article is set aside. */
function initialOf(key: string): string {
  return key.replace(/^(?:the|a|an) /, '').charAt(0);
}

/** Names that cannot be close are not compared: lengths far apart cannot pair every word. */
function lengthsNear(a: string, b: string, share: number, slack: number): boolean {
  return Math.abs(a.length - b.length) <= Math.max(slack, share * Math.max(a.length, b.length));
}

/**
 * The catalogue grouped by main artist, artists also by their initial: a recording under review is
 * compared with its own artist's recordings and, only when none is close, with the recordings of
 * artists of the same initial and a near length whose name is close. Never the whole catalogue.
 */
export class SuggestionIndex {
  private readonly byArtist = new Map<string, ArtistGroup>();
  private readonly byInitial = new Map<string, ArtistGroup[]>();
  private readonly titles = new Map<number, LookedAtTitle>();

  constructor(db: Database.Database) {
    const rows = db
      .prepare<[], Known>("SELECT r.id, r.title, COALESCE(a.name, '') AS artist, r.isrc FROM recording r LEFT JOIN artist a ON a.id = r.artist_id")
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
        group = { key, name: new LookedAtName(key, mainArtistName(row.artist)), recordings: [] };
        this.byArtist.set(key, group);
        if (key !== '') {
          const initial = initialOf(key);
          const list = this.byInitial.get(initial);
          if (list) list.push(group);
          else this.byInitial.set(initial, [group]);
        }
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
      const artist = new LookedAtName(artistKey, mainArtistName(recording.artist));
      for (const group of this.byInitial.get(initialOf(artistKey)) ?? []) {
        if (group.key === artistKey || !lengthsNear(group.key, artistKey, 0.3, 3) || !maybeSimilar(artist.outline, group.name.outline)) continue;
        const similar = compareNames(artist.name, group.name.name);
        if (!similar || similar.score < SIMILAR_SCORE) continue;
        const differs = similar.differences.length > 0 ? `artist spelled differently (${similar.differences.join('; ')})` : 'artist written differently';
        found.push(...this.closeTitles(title, group, except, similar.score, differs));
      }
    }
    found = found.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title) || a.recordingId - b.recordingId).slice(0, MOST_SUGGESTIONS);
    return found.map(({ score, ...suggestion }) => ({ ...suggestion, scorePercent: Math.round(score * 100) }));
  }

  private closeTitles(title: LookedAtTitle, group: ArtistGroup, except: ReadonlySet<number>, artistScore: number, artistNote: string | null) {
    const found: (Omit<RecordingSuggestion, 'scorePercent'> & { score: number })[] = [];
    for (const known of group.recordings) {
      if (except.has(known.id)) continue;
      const other = this.titleOf(known);
      if (!lengthsNear(title.keys.base, other.keys.base, 0.4, 6) || !maybeSimilar(title.song.outline, other.song.outline)) continue;
      const similar = compareNames(title.song.name, other.song.name);
      if (!similar || similar.score < SIMILAR_SCORE || similar.score * artistScore < SIMILAR_SCORE) continue;
      const notes = artistNote ? [artistNote] : [];
      notes.push(similar.differences.length > 0 ? `similar title (${similar.differences.join('; ')})` : 'same title');
      let score = similar.score * artistScore;
      if (title.keys.version !== other.keys.version) {
        notes.push(`different version tags ("${title.keys.version || 'none'}" vs "${other.keys.version || 'none'}")`);
        score *= OTHER_VERSION_FACTOR;
      }
      found.push({ recordingId: known.id, title: known.title, artist: known.artist, isrc: known.isrc, score, reason: notes.join('; ') });
    }
    return found;
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
