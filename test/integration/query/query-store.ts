import { expect } from 'vitest';
import { QuerySpec, type Cell, type QueryResult, type QuerySpecInput } from '../../../src/shared/query/query-spec';
import { runQuery } from '../../../src/main/query/run-query';
import { openReaderStore, openWriterStore, type Store } from '../../../src/main/store/open-store';
import { importFile } from '../import/temp-store';
import { DISTROKID_13_HEADER, tempDataFolder } from '../../support/temp-store';

export interface QueryStore {
  reader: Store;
  query(input: QuerySpecInput, today?: Date): QueryResult;
  close(): void;
}

export const TODAY = new Date('2024-07-20T12:00:00Z');

/** A real store holding the given statements (imported strictly, in order), read through a read-only connection. */
export async function openQueryStore(files: readonly [name: string, text: string][], prepare?: (writer: Store) => void): Promise<QueryStore> {
  const folder = tempDataFolder('tunemantra-query-');
  const writer = openWriterStore(folder.location.databaseFile);
  for (const [name, text] of files) expect((await importFile(writer, folder.write(name, text))).status).toBe('imported');
  prepare?.(writer);
  writer.close();
  const reader = openReaderStore(folder.location.databaseFile);
  return {
    reader,
    query: (input, today = TODAY) => runQuery(reader, QuerySpec.parse(input), today, 'USD'),
    close() {
      reader.close();
      folder.remove();
    },
  };
}

export interface SaleLine {
  month: string;
  store: string;
  artist: string;
  title: string;
  isrc?: string;
  /** A release-level (album) sale: a UPC and no ISRC. */
  upc?: string;
  qty: number;
  earnings: string;
  country?: string;
  reported?: string;
}

/** A DistroKid statement (the 13-column layout) from the fields a test cares about. */
export function distroKidStatement(lines: readonly SaleLine[]): string {
  const rows = lines.map((l) =>
    [l.reported ?? '2024-07-05', l.month, l.store, l.artist, l.title, l.isrc ?? '', l.upc ?? '', l.qty, '100', l.upc ? 'Album' : 'Song', l.country ?? 'US', '0', l.earnings].join('\t'),
  );
  return [DISTROKID_13_HEADER, ...rows].join('\n') + '\n';
}

/** A column's cells by name, so tests do not depend on column order. */
export function cellsOf(result: QueryResult, name: string): Cell[] {
  const index = result.columns.findIndex((column) => column.name === name);
  if (index < 0) throw new Error(`no column ${name} in ${result.columns.map((c) => c.name).join(', ')}`);
  return result.rows.map((row) => row[index] ?? null);
}

/** Rows as objects of the named columns. */
export function rowsOf(result: QueryResult, ...names: string[]): Record<string, Cell>[] {
  const columns = names.map((name) => [name, cellsOf(result, name)] as const);
  return result.rows.map((_, i) => Object.fromEntries(columns.map(([name, cells]) => [name, cells[i] ?? null])));
}
