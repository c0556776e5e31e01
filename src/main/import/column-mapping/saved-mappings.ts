import type Database from 'better-sqlite3';
import { MappingSpec, type SavedMappingSummary } from '../../../shared/contract/column-mapping';
import { WorkstationError } from '../../../shared/contract/envelope';
import { logger } from '../../diagnostics/logger';
import type { StatementFormat } from '../formats/statement-format';
import { mappedFormat, type MappingToRead } from './mapped-format';
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

/** The latest version for each fingerprint the user has not deleted: the ones imports use. */
export function latestMappings(db: Database.Database): SavedMapping[] {
  const rows = db
    .prepare<[], MappingRow>(
      `SELECT m.id, m.name, m.fingerprint, m.version, m.spec_json, m.created_at FROM column_mapping m
       WHERE m.retired_at IS NULL AND m.version = (SELECT MAX(version) FROM column_mapping WHERE fingerprint = m.fingerprint)
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

/** The saved version each mapping format was made from, so an import keeps the version that read it. */
const versionsRead = new WeakMap<StatementFormat, MappingToRead>();

/**
 * A saved version of a mapping as a format: the latest, or one an import kept (a later version
 * saved since, or the mapping deleted, changes nothing for that import).
 */
export function savedMappingFormat(mapping: MappingToRead): StatementFormat {
  const format = mappedFormat(mapping);
  versionsRead.set(format, mapping);
  return format;
}

/** The saved version a format reads, or undefined for a built-in layout or a wizard's unsaved mapping. */
export function savedVersionOf(format: StatementFormat): MappingToRead | undefined {
  return versionsRead.get(format);
}

/** The saved mappings as formats for detection, loaded afresh before each import. */
export function savedMappingFormats(db: Database.Database): StatementFormat[] {
  return latestMappings(db).map((m) => savedMappingFormat({ name: m.name, version: m.version, spec: m.spec }));
}

export function listMappings(db: Database.Database): SavedMappingSummary[] {
  const use = new Map(
    db
      .prepare<[], { format: string; files: number; last: string }>(
        "SELECT format, COUNT(*) AS files, MAX(imported_at) AS last FROM import_batch WHERE format LIKE 'mapping:%' GROUP BY format",
      )
      .all()
      .map((row) => [row.format, row]),
  );
  return latestMappings(db).map((m) => {
    const formatId = mappedFormatId(m.fingerprint);
    return {
      mappingId: m.mappingId,
      name: m.name,
      version: m.version,
      columns: m.spec.header.map((name) => name.trim()).filter((name) => name !== ''),
      fingerprint: formatId.slice(formatId.indexOf(':') + 1),
      createdAt: m.createdAt,
      filesImported: use.get(formatId)?.files ?? 0,
      lastUsedAt: use.get(formatId)?.last ?? null,
    };
  });
}

/** The fingerprint and name of a mapping the user still has, by the id of any of its versions. */
function liveMapping(db: Database.Database, mappingId: number): { fingerprint: string; name: string } {
  const found = db
    .prepare<[number], { fingerprint: string; name: string }>(
      `SELECT m.fingerprint, m.name FROM column_mapping m
       WHERE m.fingerprint = (SELECT fingerprint FROM column_mapping WHERE id = ?) AND m.retired_at IS NULL
       ORDER BY m.version DESC LIMIT 1`,
    )
    .get(mappingId);
  if (!found) throw new WorkstationError('not_found', 'That saved layout no longer exists (was it deleted already?).');
  return found;
}

/** Renames a mapping, every version of it: files it reads, and the imports it read, go by the new name. */
export function renameMapping(db: Database.Database, mappingId: number, name: string): { mappingId: number; name: string } {
  const rename = db.transaction(() => {
    const { fingerprint } = liveMapping(db, mappingId);
    db.prepare('UPDATE column_mapping SET name = ? WHERE fingerprint = ?').run(name, fingerprint);
  });
  rename.immediate();
  return { mappingId, name };
}

/**
 * Deletes a mapping: later files with its header are no longer read by it (they ask to be mapped
 * again) and it leaves the saved layouts list. The imports it read keep every line and its name in
 * the history, so its versions are marked retired rather than removed; each import keeps the
 * version that read it in its layout (import_layout, replaced_import), so its lines can still be
 * corrected, and it can still be brought back, after the deletion.
 */
export function deleteMapping(db: Database.Database, mappingId: number): { mappingId: number; name: string; importsKept: number } {
  const retire = db.transaction(() => {
    const { fingerprint, name } = liveMapping(db, mappingId);
    db.prepare('UPDATE column_mapping SET retired_at = ? WHERE fingerprint = ? AND retired_at IS NULL').run(new Date().toISOString(), fingerprint);
    const importsKept = db
      .prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM import_batch WHERE format = ?')
      .get(mappedFormatId(fingerprint))!.n;
    return { mappingId, name, importsKept };
  });
  return retire.immediate();
}

/** Format id → the mapping's latest name, deleted ones too, so the import history names imports read by a mapping. */
export function mappedFormatNames(db: Database.Database): Map<string, string> {
  const rows = db
    .prepare<[], { fingerprint: string; name: string }>(
      `SELECT m.fingerprint, m.name FROM column_mapping m
       WHERE m.version = (SELECT MAX(version) FROM column_mapping WHERE fingerprint = m.fingerprint)`,
    )
    .all();
  return new Map(rows.map((row) => [mappedFormatId(row.fingerprint), row.name]));
}
