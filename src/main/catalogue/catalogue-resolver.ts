import type Database from 'better-sqlite3';
import { nameKey, normaliseIsrc, normaliseUpc } from '../import/identifiers';
import type { SaleType } from './platform-catalogue';

export interface ResolvedCatalogue {
  artistId: number | null;
  releaseId: number | null;
  recordingId: number | null;
  /** Identifiers that were present but not valid, kept for the user to see. */
  invalid: Record<string, string>;
}

/**
 * Finds or creates artists, releases, recordings and platforms for statement lines, inside the
 * import's transaction. Lookups are cached for the life of one import: a statement names the same
 * few hundred recordings hundreds of thousands of times.
 */
export class CatalogueResolver {
  private readonly artists = new Map<string, number>();
  private readonly recordings = new Map<string, number>();
  private readonly releases = new Map<string, number>();
  private readonly platforms = new Map<string, { id: number; saleType: SaleType }>();
  private readonly links = new Set<string>();
  /** Releases known to have a title; others were created from a bare UPC and get named later. */
  private readonly titledReleases = new Set<number>();
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      artistByKey: db.prepare<[string], { id: number }>('SELECT id FROM artist WHERE name_key = ?'),
      insertArtist: db.prepare('INSERT INTO artist (name, name_key) VALUES (?, ?)'),
      recordingByIsrc: db.prepare<[string], { id: number }>('SELECT id FROM recording WHERE isrc = ?'),
      recordingByTitle: db.prepare<[number | null, string], { id: number }>(
        'SELECT id FROM recording WHERE isrc IS NULL AND artist_id IS ? AND title_key = ?',
      ),
      recordingsByTitleKey: db.prepare<[string], { id: number }>('SELECT id FROM recording WHERE title_key = ? LIMIT 2'),
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
    const id = this.stmt.artistByKey.get(key)?.id ?? Number(this.stmt.insertArtist.run(name.trim(), key).lastInsertRowid);
    this.artists.set(key, id);
    return id;
  }

  /** Lines repeat the same few thousand identities: the whole resolution is cached by the raw cells. */
  private readonly resolved = new Map<string, ResolvedCatalogue>();

  resolve(line: {
    artist: string;
    isrc: string | null;
    upc: string | null;
    recordingTitle: string | null;
    releaseTitle: string | null;
  }): ResolvedCatalogue {
    const key = `${line.artist}\u0001${line.isrc}\u0001${line.upc}\u0001${line.recordingTitle}\u0001${line.releaseTitle}`;
    let found = this.resolved.get(key);
    if (!found) {
      found = this.resolveUncached(line);
      if (this.resolved.size > 200_000) this.resolved.clear();
      this.resolved.set(key, found);
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
    const upc = line.upc ? normaliseUpc(line.upc) : null;
    if (line.upc && !upc) invalid.upc = line.upc;

    const recordingId = line.recordingTitle !== null || isrc ? this.recording(isrc, line.recordingTitle ?? '', artistId) : null;
    const releaseId = upc || line.releaseTitle ? this.release(upc, line.releaseTitle ?? '', artistId) : null;
    if (recordingId !== null && releaseId !== null) {
      const link = `${releaseId}:${recordingId}`;
      if (!this.links.has(link)) {
        this.stmt.link.run(releaseId, recordingId);
        this.links.add(link);
      }
    }
    return { artistId, releaseId, recordingId, invalid };
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

  private recording(isrc: string | null, title: string, artistId: number | null): number {
    const key = isrc ?? `${artistId}\u0000${nameKey(title)}`;
    const cached = this.recordings.get(key);
    if (cached !== undefined) return cached;
    const existing = isrc ? this.stmt.recordingByIsrc.get(isrc) : this.stmt.recordingByTitle.get(artistId, nameKey(title));
    const id = existing?.id ?? Number(this.stmt.insertRecording.run(isrc, title.trim(), artistId, nameKey(title)).lastInsertRowid);
    this.recordings.set(key, id);
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
