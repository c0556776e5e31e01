import type { CsvOptions } from '../../shared/export/csv-options';
import type { WorkstationErrorShape } from '../../shared/contract/envelope';
import type { QueryResult, QuerySpec } from '../../shared/query/query-spec';
import type { ImportOutcome, ImportProgress } from '../import/import-outcome';

export interface StoreWorkerData {
  databaseFile: string;
  archiveDir: string;
}

/** Work the writer thread does; it is the only connection that writes. */
export type WriterRequest =
  | { op: 'importFile'; path: string; mode: 'strict' | 'lenient' }
  | { op: 'generateDemo'; outDir: string; endMonth: string };

export type WriterReplies = {
  importFile: ImportOutcome;
  generateDemo: { files: string[]; lines: number };
};

/** Work a reader thread does on its read-only connection. */
export type ReaderRequest =
  | { op: 'query'; spec: QuerySpec; today: string }
  | { op: 'csv'; spec: QuerySpec; options: CsvOptions; today: string }
  | { op: 'storeSummary' };

export interface StoreSummary {
  lines: number;
  baseCurrency: string;
}

export type ReaderReplies = {
  query: QueryResult;
  csv: { bytes: Uint8Array; rows: number };
  storeSummary: StoreSummary;
};

export type ToWorker<R> = { kind: 'request'; id: number; request: R } | { kind: 'cancel'; id: number } | { kind: 'close' };

export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'startup-failed'; error: WorkstationErrorShape }
  | { kind: 'progress'; id: number; progress: ImportProgress }
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: WorkstationErrorShape };
