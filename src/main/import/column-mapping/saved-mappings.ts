import type Database from 'better-sqlite3';
import { MappingSpec, type SavedMappingSummary } from '../../../shared/contract/column-mapping';
import { logger } from '../../diagnostics/logger';
import type { StatementFormat } from '../formats/statement-format';
import { mappedFormat } from './mapped-format';
import { mappedFormatId, mappingFingerprint } from './mapping-fingerprint';

export interface SavedMapping {
  mappingId: number;
  name: string;
  version: number;
  fingerprint: string;
  spec: MappingSpec;
  createdAt: string;
}

interface MappingRow {
  id: number;
  name: string;
  fingerprint: string;
  version: number;
  spec_json: string;
  created_at: string;
}

/** Saves a mapping as the next version for its header's fingerprint (1 for a header never mapped). */
export function saveMapping(db: Database.Database, name: string, spec: MappingSpec): { mappingId: number; version: number } {
  const fingerprint = mappingFingerprint(spec.header);
  const save = db.transaction(() => {
    const latest = db
      .prepare<[string], { version: number | null }>('SELECT MAX(version) AS version FROM column_mapping WHERE fingerprint = ?')
      .get(fingerprint)?.version ?? 0;
    const version = latest + 1;
    const inserted = db
      .prepare('INSERT INTO column_mapping (name, fingerprint, version, spec_json, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(name, fingerprint, version, JSON.stringify(spec), new Date().toISOString());
    return { mappingId: Number(inserted.lastInsertRowid), version };
  });
  return save.immediate();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The latest version for each fingerprint: the ones imports use. */
export function latestMappings(db: Database.Database): SavedMapping[] {
  const rows = db
    .prepare<[], MappingRow>(
      `SELECT m.id, m.name, m.fingerprint, m.version, m.spec_json, m.created_at FROM column_mapping m
       WHERE m.version = (SELECT MAX(version) FROM column_mapping WHERE fingerprint = m.fingerprint)
       ORDER BY m.name COLLATE NOCASE, m.id`,
    )
    .all();
  const mappings: SavedMapping[] = [];
  for (const row of rows) {
    // A mapping written by a newer version of the app (or damaged) is passed over, not allowed to stop every import.
    const spec = MappingSpec.safeParse(parseJson(row.spec_json));
    if (!spec.success) {
      logger.warn(`saved column mapping ${row.id} (${row.name} v${row.version}) cannot be read and is not used`);
      continue;
    }
    mappings.push({ mappingId: row.id, name: row.name, version: row.version, fingerprint: row.fingerprint, spec: spec.data, createdAt: row.created_at });
  }
  return mappings;
}

/** The saved mappings as formats for detection, loaded afresh before each import. */
export function savedMappingFormats(db: Database.Database): StatementFormat[] {
  return latestMappings(db).map((m) => mappedFormat({ name: m.name, version: m.version, spec: m.spec }));
}

export function listMappings(db: Database.Database): SavedMappingSummary[] {
  return latestMappings(db).map((m) => ({
    mappingId: m.mappingId,
    name: m.name,
    version: m.version,
    columns: m.spec.header.map((name) => name.trim()).filter((name) => name !== ''),
    createdAt: m.createdAt,
  }));
}

/** Format id → the mapping's latest name, so the import history names imports read by a mapping. */
export function mappedFormatNames(db: Database.Database): Map<string, string> {
  const rows = db
    .prepare<[], { fingerprint: string; name: string }>(
      `SELECT m.fingerprint, m.name FROM column_mapping m
       WHERE m.version = (SELECT MAX(version) FROM column_mapping WHERE fingerprint = m.fingerprint)`,
    )
    .all();
  return new Map(rows.map((row) => [mappedFormatId(row.fingerprint), row.name]));
}
