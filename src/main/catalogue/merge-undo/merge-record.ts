import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { MergeKind } from '../../../shared/contract/catalogue-review';
import { CATALOGUE_KEYS, type CatalogueTable } from './catalogue-rows';

const TableName = z.enum(Object.keys(CATALOGUE_KEYS) as [CatalogueTable, ...CatalogueTable[]]);
const Rows = z.array(z.object({ table: TableName, rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))) }));
const KeptRows = z.object({ before: Rows, after: Rows });
export type KeptRows = z.infer<typeof KeptRows>;

export interface MergeRecord {
  id: number;
  kind: MergeKind;
  fromName: string;
  intoName: string;
  /** Null for a merge kept before the target was. */
  intoId: number | null;
  entities: string[];
  movedLines: number;
  mergedAt: string;
  undoneAt: string | null;
}

interface MergeRow {
  id: number; kind: MergeKind; from_name: string; into_name: string; into_id: number | null; entities: string; moved_lines: number; merged_at: string; undone_at: string | null;
}

const COLUMNS = 'm.id, m.kind, m.from_name, m.into_name, t.into_id, m.entities, m.moved_lines, m.merged_at, m.undone_at';
const MERGES = 'catalogue_merge m LEFT JOIN catalogue_merge_target t ON t.merge_id = m.id';

const recordOf = (r: MergeRow): MergeRecord => ({
  id: r.id, kind: r.kind, fromName: r.from_name, intoName: r.into_name, intoId: r.into_id, entities: z.array(z.string()).parse(JSON.parse(r.entities)),
  movedLines: r.moved_lines, mergedAt: r.merged_at, undoneAt: r.undone_at,
});

export function mergeRecord(db: Database.Database, mergeId: number): MergeRecord | undefined {
  const row = db.prepare<[number], MergeRow>(`SELECT ${COLUMNS} FROM ${MERGES} WHERE m.id = ?`).get(mergeId);
  return row && recordOf(row);
}

/** The latest merges of these kinds, newest first. */
export function latestMerges(db: Database.Database, kinds: readonly MergeKind[], count: number): MergeRecord[] {
  return db.prepare<[string, number], MergeRow>(`SELECT ${COLUMNS} FROM ${MERGES} WHERE m.kind IN (SELECT value FROM json_each(?)) ORDER BY m.id DESC LIMIT ?`)
    .all(JSON.stringify(kinds), count).map(recordOf);
}

/** How many merges of these kinds the history holds, undone ones too. */
export function countMerges(db: Database.Database, kinds: readonly MergeKind[]): number {
  return db.prepare<[string], number>('SELECT count(*) FROM catalogue_merge WHERE kind IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(kinds))!;
}

/** Merges not undone, oldest first. */
export function openMerges(db: Database.Database): MergeRecord[] {
  return db.prepare<[], MergeRow>(`SELECT ${COLUMNS} FROM ${MERGES} WHERE m.undone_at IS NULL ORDER BY m.id`).all().map(recordOf);
}

export function keptRows(db: Database.Database, mergeId: number): KeptRows {
  return KeptRows.parse(JSON.parse(db.prepare('SELECT rows FROM catalogue_merge WHERE id = ?').pluck().get(mergeId) as string));
}
