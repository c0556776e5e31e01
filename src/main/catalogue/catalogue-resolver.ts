import type Database from 'better-sqlite3';
import { nameKey, normaliseIsrc, readBarcode } from '../import/identifiers';
import type { SaleType } from './platform-catalogue';
import { compareRecordings, mainArtistKey, titleKeys } from './title-matching';

export interface ResolvedCatalogue {
  artistId: number | null;
  releaseId: number | null;
  recordingId: number | null;
  /** Identifiers that were present but not valid, kept for the user to see. */
  invalid: Record<string, string>;
  /** How a recording without an ISRC was matched, kept on the line for provenance. */
  matchNote?: string;
}

/** Cached resolutions: artist, ISRC, UPC, recording title, then release title as printed. */
type CellTrie = Map<string | null, CellTrie | ResolvedCatalogue>;

function branch(level: CellTrie, cell: string | null): CellTrie {
  let next = level.get(cell) as CellTrie | undefined;
  if (next === undefined) {
    next = new Map();
    level.set(cell, next);
  }
  return next;
}

/** At or above this, a match by name is taken without asking (same title, credits aside). */
const AUTO_MATCH_SCORE = 0.95;

/**
 * Finds or creates artists, releases, recordings and platforms for statement lines, inside the
 * import's transaction. Lookups are cached for the life of one import: a statement names the same
 * few hundred recordings hundreds of thousands of times.
 */
export class CatalogueResolver {
  private readonly artists = new Map<string, number>();
  /** Artists met under a name merged into another: the name their recordings are matched under. */
  private readonly artistNames = new Map<number, string>();
  private readonly recordings = new Map<string, { id: number; note?: string }>();
  /** Recordings by main-artist key, loaded on the first line that needs matching by name. */
  private candidates: Map<string, { id: number; title: string; artist: string }[]> | null = null;
  private readonly releases = new Map<string, number>();
  private readonly platforms = new Map<string, { id: number; saleType: SaleType }>();
  private readonly links = new Set<string>();
  /** Releases known to have a title; others were created from a bare UPC and get named later. */
  private readonly titledReleases = new Set<number>();
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      artistByKey: db.prepare<[string], { id: number }>('SELECT id FROM artist WHERE name_key = ?'),
      artistByAlias: db.prepare<[string], { id: number; name: string }>(
        'SELECT a.id, a.name FROM artist_alias s JOIN artist a ON a.id = s.artist_id WHERE s.name_key = ?',
      ),
      insertArtist: db.prepare('INSERT INTO artist (name, name_key) VALUES (?, ?)'),
      recordingByIsrc: db.prepare<[string], { id: number }>('SELECT id FROM recording WHERE isrc = ?'),
      recordingByTitle: db.prepare<[number | null, string], { id: number }>(
        'SELECT id FROM recording WHERE isrc IS NULL AND artist_id IS ? AND title_key = ?',
      ),
      recordingsByTitleKey: db.prepare<[string], { id: number }>('SELECT id FROM recording WHERE title_key = ? LIMIT 2'),
      aliasFor: db.prepare<[string, string], { recording_id: number }>('SELECT recording_id FROM recording_alias WHERE artist_key = ? AND title_key = ?'),
      allRecordings: db.prepare<[], { id: number; title: string; artist: string | null }>(
        'SELECT r.id, r.title, a.name AS artist FROM recording r LEFT JOIN artist a ON a.id = r.artist_id',
      ),
      review: db.prepare('INSERT OR IGNORE INTO recording_review (recording_id, candidate_id, score_percent, reason) VALUES (?, ?, ?, ?)'),
      insertRecording: db.prepare('INSERT INTO recording (isrc, title, artist_id, title_key) VALUES (?, ?, ?, ?)'),
      releaseByUpc: db.prepare<[string], { id: number; title: string }>('SELECT id, title FROM release WHERE upc = ?'),
      releaseByTitle: db.prepare<[number | null, string], { id: number }>(
        'SELECT id FROM release WHERE upc IS NULL AND artist_id IS ? AND title_key = ?',
      ),
      insertRelease: db.prepare('INSERT INTO release (upc, title, artist_id, title_key) VALUES (?, ?, ?, ?)'),
      nameRelease: db.prepare("UPDATE release SET title = ?, title_key = ? WHERE id = ? AND title = ''"),
      link: db.prepare('INSERT OR IGNORE INTO release_recording (release_id, recording_id) VALUES (?, ?)'),
      platformByAlias: db.prepare<[string, string], { id: number; sale_type: SaleType }>(
        `SELECT p.id, p.default_sale_type AS sale_type FROM platform p WHERE p.name = ?
         UNION ALL SELECT p.id, p.default_sale_type FROM platform_alias a JOIN platform p ON p.id = a.platform_id
         WHERE a.alias = ? LIMIT 1`,
      ),
      insertPlatform: db.prepare("INSERT INTO platform (name, default_sale_type) VALUES (?, 'stream')"),
    };
  }

  platform(name: string): { id: number; saleType: SaleType } {
    const cached = this.platforms.get(name);
    if (cached) return cached;
    const row = this.stmt.platformByAlias.get(name, name);
    const found = row
      ? { id: row.id, saleType: row.sale_type }
      : { id: Number(this.stmt.insertPlatform.run(name).lastInsertRowid), saleType: 'stream' as const };
    this.platforms.set(name, found);
    return found;
  }

  artist(name: string): number | null {
    const key = nameKey(name);
    if (key === '') return null;
    const cached = this.artists.get(key);
    if (cached !== undefined) return cached;
    let id = this.stmt.artistByKey.get(key)?.id;
    if (id === undefined) {
      // A name the user merged into another artist is read as that artist.
      const merged = this.stmt.artistByAlias.get(key);
      if (merged) this.artistNames.set(merged.id, merged.name);
      id = merged?.id ?? Number(this.stmt.insertArtist.run(name.trim(), key).lastInsertRowid);
    }
    this.artists.set(key, id);
    return id;
  }

  /**
   * Lines repeat the same few thousand identities: the whole resolution is cached by the raw
   * cells, one map level per cell, so a line's lookup builds no key string.
   */
  private resolved: CellTrie = new Map();
  private resolvedCount = 0;

  resolve(line: {
    artist: string;
    isrc: string | null;
    upc: string | null;
    recordingTitle: string | null;
    releaseTitle: string | null;
  }): ResolvedCatalogue {
    const level = branch(branch(branch(branch(this.resolved, line.artist), line.isrc), line.upc), line.recordingTitle);
    let found = level.get(line.releaseTitle) as ResolvedCatalogue | undefined;
    if (found === undefined) {
      found = this.resolveUncached(line);
      if (this.resolvedCount++ > 200_000) {
        this.resolved = new Map();
        this.resolvedCount = 0;
      } else {
        level.set(line.releaseTitle, found);
      }
    }
    return found;
  }

  private resolveUncached(line: {
    artist: string;
    isrc: string | null;
    upc: string | null;
    recordingTitle: string | null;
    releaseTitle: string | null;
  }): ResolvedCatalogue {
    const invalid: Record<string, string> = {};
    const artistId = this.artist(line.artist);
    const isrc = line.isrc ? normaliseIsrc(line.isrc) : null;
    if (line.isrc && !isrc) invalid.isrc = line.isrc;
    const barcode = line.upc ? readBarcode(line.upc) : null;
    const upc = barcode?.gtin ?? null;
    if (barcode) Object.assign(invalid, barcode.flags);

    const artistName = (artistId !== null && this.artistNames.get(artistId)) || line.artist;
    const recording = line.recordingTitle !== null || isrc ? this.recording(isrc, line.recordingTitle ?? '', artistId, artistName) : null;
    const recordingId = recording?.id ?? null;
    const releaseId = upc || line.releaseTitle ? this.release(upc, line.releaseTitle ?? '', artistId) : null;
    if (recordingId !== null && releaseId !== null) {
      const link = `${releaseId}:${recordingId}`;
      if (!this.links.has(link)) {
        this.stmt.link.run(releaseId, recordingId);
        this.links.add(link);
      }
    }
    return recording?.note ? { artistId, releaseId, recordingId, invalid, matchNote: recording.note } : { artistId, releaseId, recordingId, invalid };
  }

  /**
   * The recording an audience figure is about, found by ISRC or else by a title only one
   * recording has. Analytics exports never create catalogue entries of their own.
   */
  recordingFor(isrc: string | null, title: string): number | null {
    const code = isrc ? normaliseIsrc(isrc) : null;
    if (code) return this.stmt.recordingByIsrc.get(code)?.id ?? null;
    const matches = this.stmt.recordingsByTitleKey.all(nameKey(title));
    return matches.length === 1 ? matches[0]!.id : null;
  }

  /** Every platform, artist, release and recording id handed out for lines, by the table it names. */
  handedOut(): { table: string; keys: number[] }[] {
    return [
      { table: 'platform', keys: [...this.platforms.values()].map((p) => p.id) },
      { table: 'artist', keys: [...this.artists.values()] },
      { table: 'release', keys: [...this.releases.values()] },
      { table: 'recording', keys: [...this.recordings.values()].map((r) => r.id) },
    ];
  }

  private recording(isrc: string | null, title: string, artistId: number | null, artistName: string): { id: number; note?: string } {
    const key = isrc ?? `${artistId}\u0000${nameKey(title)}`;
    const cached = this.recordings.get(key);
    if (cached !== undefined) return cached;
    let found: { id: number; note?: string } | undefined;
    if (isrc) {
      found = this.stmt.recordingByIsrc.get(isrc) ?? { id: this.createRecording(isrc, title, artistId, artistName) };
    } else {
      found = this.stmt.recordingByTitle.get(artistId, nameKey(title)) ?? this.matchByName(title, artistId, artistName);
    }
    this.recordings.set(key, found);
    return found;
  }

  /**
   * A line without an ISRC: a spelling the user merged before, else the best same-artist
   * recording by title. A sure match (featured credits aside) is taken and noted on the line; a
   * doubtful one, or none, makes a new recording that waits in the review queue.
   */
  private matchByName(title: string, artistId: number | null, artistName: string): { id: number; note?: string } {
    const artistKey = mainArtistKey(artistName);
    const alias = this.stmt.aliasFor.get(artistKey, titleKeys(title).exact);
    if (alias) return { id: alias.recording_id, note: 'matched by a spelling merged earlier' };
    let best: { id: number; score: number; reason: string } | null = null;
    for (const candidate of this.candidatesFor(artistKey)) {
      const match = compareRecordings({ artist: artistName, title }, candidate);
      if (match && (!best || match.score > best.score)) best = { id: candidate.id, ...match };
    }
    if (best && best.score >= AUTO_MATCH_SCORE) return { id: best.id, note: `matched by name: ${best.reason}` };
    const id = this.createRecording(null, title, artistId, artistName);
    this.stmt.review.run(id, best?.id ?? null, best ? Math.round(best.score * 100) : null, best?.reason ?? 'no recording of this artist has the same title');
    return { id };
  }

  private candidatesFor(artistKey: string): { id: number; title: string; artist: string }[] {
    if (!this.candidates) {
      this.candidates = new Map();
      for (const row of this.stmt.allRecordings.all()) this.addCandidate(row.id, row.title, row.artist ?? '');
    }
    return this.candidates.get(artistKey) ?? [];
  }

  private addCandidate(id: number, title: string, artist: string): void {
    const key = mainArtistKey(artist);
    const list = this.candidates?.get(key);
    if (list) list.push({ id, title, artist });
    else this.candidates?.set(key, [{ id, title, artist }]);
  }

  private createRecording(isrc: string | null, title: string, artistId: number | null, artistName: string): number {
    const id = Number(this.stmt.insertRecording.run(isrc, title.trim(), artistId, nameKey(title)).lastInsertRowid);
    this.addCandidate(id, title, artistName);
    return id;
  }

  private release(upc: string | null, title: string, artistId: number | null): number {
    const key = upc ?? `${artistId}\u0000${nameKey(title)}`;
    const cached = this.releases.get(key);
    if (cached !== undefined) {
      this.nameIfUntitled(cached, title);
      return cached;
    }
    let id: number;
    if (upc) {
      const existing = this.stmt.releaseByUpc.get(upc);
      if (existing) {
        id = existing.id;
        if (existing.title !== '') this.titledReleases.add(id);
        this.nameIfUntitled(id, title);
      } else {
        id = Number(this.stmt.insertRelease.run(upc, title.trim(), artistId, nameKey(title)).lastInsertRowid);
        if (title.trim() !== '') this.titledReleases.add(id);
      }
    } else {
      id = this.stmt.releaseByTitle.get(artistId, nameKey(title))?.id
        ?? Number(this.stmt.insertRelease.run(null, title.trim(), artistId, nameKey(title)).lastInsertRowid);
    }
    this.releases.set(key, id);
    return id;
  }

  private nameIfUntitled(id: number, title: string): void {
    if (this.titledReleases.has(id) || title.trim() === '') return;
    this.stmt.nameRelease.run(title.trim(), nameKey(title), id);
    this.titledReleases.add(id);
  }
}
