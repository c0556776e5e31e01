import type { CsvOptions } from '../../shared/export/csv-options';
import type { MappingDeleted, MappingInspection, MappingSpec, SavedMappingSummary } from '../../shared/contract/column-mapping';
import type { WorkstationErrorShape } from '../../shared/contract/envelope';
import type { BaseCurrencyChanged, FxRatesSaved } from '../../shared/contract/imports';
import type { PlatformAliasChange } from '../../shared/contract/platform-aliases';
import type { ImportReadAgain, UndoneAndBroughtBack } from '../../shared/contract/replaced-imports';
import type {
  CorrectionCheck, CorrectionOutcome, CorrectionRequest, QuarantinedLineChoice, QuarantinedLines, SetAsideChange,
} from '../../shared/contract/quarantine';
import type { QueryResult, QuerySpec } from '../../shared/query/query-spec';
import type { listPlatforms } from '../catalogue/platform-merge';
import type { listRecordingsUnderReview, searchRecordings } from '../catalogue/recording-review';
import type { BaseCurrencyProgress } from '../currency/base-currency';
import type { listFxRates, MonthRate } from '../currency/fx-rates';
import type { gaugeReadingsCsv, listImports, quarantineCsv } from '../import/import-history';
import type { ImportOutcome, ImportProgress } from '../import/import-outcome';
import type { InspectOverrides } from '../import/column-mapping/first-rows';
import type { OverlapChoice } from '../import/import-statement';
import type { ArtistMerged, ManyMergesUndone, MergeHistory, MergeKind, MergeUndone, RecordingPairing, RecordingsMerged } from '../../shared/contract/catalogue-review';
import type { CatalogueHealth, CatalogueHealthRequest } from '../../shared/analytics/catalogue-health-contract';
import type { Completeness, CompletenessRequest } from '../../shared/analytics/completeness-contract';
import type { StatementLines, StatementLinesRequest } from '../../shared/query/statement-lines-contract';
import type { LinesFile } from '../export/statement-lines-csv';
import type { StatementReconciliation } from '../../shared/analytics/reconciliation-contract';
import type { StoreUpdate } from '../store/store-update';
import type { ReleaseComparison, ReleaseComparisonRequest } from '../../shared/analytics/release-comparison-contract';

export interface StoreWorkerData {
  databaseFile: string;
  archiveDir: string;
}

/** Work the writer thread does; it is the only connection that writes. */
export type WriterRequest =
  | {
      op: 'importFile';
      path: string;
      mode: 'strict' | 'lenient';
      dryRun?: boolean;
      onOverlap?: OverlapChoice;
      displayName?: string;
      /** Only this sheet of a workbook; every statement sheet when unset. */
      sheet?: string;
      /** Read the file with this unsaved mapping (the wizard's preview) instead of the saved ones. */
      mapping?: MappingSpec;
      /** Read the file as this layout only: the user's pick among the formats that fit it. */
      formatId?: string;
      /** The file as a preview read it: other bytes are refused with `changed`, nothing written. */
      expectedFile?: { sha256: string; changed: string };
    }
  | { op: 'generateDemo'; outDir: string; endMonth: string }
  | { op: 'undoImport'; importId: number }
  /** Undoes an import that replaced earlier ones, and imports those again from their archived originals. */
  | { op: 'undoBringingBack'; importId: number }
  | { op: 'readAgain'; importId: number }
  /** Reads corrected quarantined lines as their import would, then rolls back. */
  | { op: 'checkCorrections'; request: CorrectionRequest }
  /** Reads corrected quarantined lines into their import. */
  | { op: 'correctLines'; request: CorrectionRequest }
  | { op: 'setAsideLines'; choice: QuarantinedLineChoice }
  | { op: 'bringBackLines'; choice: QuarantinedLineChoice }
  | { op: 'setFxRates'; rates: MonthRate[] }
  /** In one transaction, telling the lines converted and the imports summed again; a cancel between two steps keeps nothing. */
  | { op: 'setBaseCurrency'; currency: string }
  | { op: 'mergePlatform'; platformId: number; intoPlatformId: number }
  | { op: 'addPlatformAlias'; platformId: number; alias: string }
  | { op: 'removePlatformAlias'; platformId: number; alias: string }
  | { op: 'mergeRecording'; recordingId: number; intoRecordingId: number }
  | { op: 'keepRecording'; recordingId: number }
  | { op: 'mergeArtist'; artistId: number; intoArtistId: number }
  | { op: 'undoMerge'; mergeId: number }
  /** Many merges in one transaction, telling each one done; a cancel between two keeps none. */
  | { op: 'mergeRecordings'; merges: RecordingPairing[] }
  | { op: 'undoMerges'; mergeIds: number[] }
  | { op: 'writeSetting'; key: string; value: string | null }
  | { op: 'saveMapping'; name: string; spec: MappingSpec }
  | { op: 'renameMapping'; mappingId: number; name: string }
  | { op: 'deleteMapping'; mappingId: number };

/** Whether a writer request may commit to the store: a dry run, a check of corrections and the demo's file writing never do. */
export function writesStore(request: WriterRequest): boolean {
  if (request.op === 'importFile') return request.dryRun !== true;
  return request.op !== 'generateDemo' && request.op !== 'checkCorrections';
}

export type WriterReplies = {
  /** One outcome per statement document in the file (a zip or a workbook may hold several). */
  importFile: ImportOutcome[];
  generateDemo: { files: string[]; lines: number };
  undoImport: { importId: number; removedLines: number };
  undoBringingBack: UndoneAndBroughtBack;
  readAgain: ImportReadAgain;
  checkCorrections: CorrectionCheck;
  correctLines: CorrectionOutcome;
  setAsideLines: SetAsideChange;
  bringBackLines: SetAsideChange;
  setFxRates: FxRatesSaved;
  setBaseCurrency: BaseCurrencyChanged;
  mergePlatform: { movedLines: number; mergeId: number };
  addPlatformAlias: PlatformAliasChange;
  removePlatformAlias: PlatformAliasChange;
  mergeRecording: { movedLines: number; mergeId: number };
  keepRecording: { kept: true };
  mergeArtist: ArtistMerged;
  undoMerge: MergeUndone;
  mergeRecordings: RecordingsMerged;
  undoMerges: ManyMergesUndone;
  writeSetting: null;
  saveMapping: { mappingId: number; version: number };
  renameMapping: { mappingId: number; name: string };
  deleteMapping: MappingDeleted;
};

/** Work a reader thread does on its read-only connection. */
export type ReaderRequest =
  | { op: 'query'; spec: QuerySpec; today: string }
  /** The result as Arrow IPC stream bytes, handed over by transfer rather than copied. */
  | { op: 'queryArrow'; spec: QuerySpec; today: string }
  | { op: 'csv'; spec: QuerySpec; options: CsvOptions; today: string }
  | { op: 'storeSummary' }
  | { op: 'importHistory' }
  | { op: 'quarantineCsv'; importId: number }
  | { op: 'quarantinedLines'; importId: number }
  | { op: 'gaugeReadingsCsv'; importId: number }
  | { op: 'fxRates' }
  | { op: 'platforms' }
  | { op: 'recordingsToReview' }
  | { op: 'searchRecordings'; text: string }
  | { op: 'merges'; kinds: MergeKind[]; limit: number }
  | { op: 'readSetting'; key: string }
  | ({ op: 'inspectRows'; path: string } & InspectOverrides)
  | { op: 'listMappings' }
  | { op: 'catalogueHealth'; request: CatalogueHealthRequest; today: string }
  | { op: 'releaseComparison'; request: ReleaseComparisonRequest }
  | { op: 'reconciliation' }
  | { op: 'completeness'; request: CompletenessRequest; today: string }
  | { op: 'statementLines'; request: StatementLinesRequest; today: string }
  | { op: 'writeLines'; request: Omit<StatementLinesRequest, 'offset' | 'limit'>; target: LinesFile; today: string };

export interface StoreSummary {
  /** No statement line yet; not a count, which would read a large store whole. */
  empty: boolean;
  baseCurrency: string;
}

export type ReaderReplies = {
  query: QueryResult;
  queryArrow: Uint8Array;
  csv: { bytes: Uint8Array; rows: number };
  storeSummary: StoreSummary;
  importHistory: ReturnType<typeof listImports>;
  quarantineCsv: ReturnType<typeof quarantineCsv>;
  quarantinedLines: QuarantinedLines;
  gaugeReadingsCsv: ReturnType<typeof gaugeReadingsCsv>;
  fxRates: ReturnType<typeof listFxRates>;
  platforms: ReturnType<typeof listPlatforms>;
  recordingsToReview: ReturnType<typeof listRecordingsUnderReview>;
  searchRecordings: ReturnType<typeof searchRecordings>;
  merges: MergeHistory;
  readSetting: string | null;
  inspectRows: MappingInspection;
  listMappings: SavedMappingSummary[];
  catalogueHealth: CatalogueHealth;
  releaseComparison: ReleaseComparison;
  reconciliation: StatementReconciliation;
  completeness: Completeness;
  statementLines: StatementLines;
  writeLines: number;
};

/** How far a reader is in writing the lines a request chose to a file. */
export interface LinesProgress {
  phase: 'writing';
  written: number;
  total: number;
}

/** How many of a run of merges, or of their undo, are done. */
export interface MergesProgress {
  phase: 'merging';
  done: number;
  total: number;
}

/** What a worker tells its caller while a request runs; `phase` says which kind it is. */
export type WorkerProgress = ImportProgress | LinesProgress | MergesProgress | BaseCurrencyProgress;

/** The progress each op tells, so a caller's `onProgress` gets its own kind; ops not listed tell none. */
export type WriterProgress = { importFile: ImportProgress; mergeRecordings: MergesProgress; undoMerges: MergesProgress; setBaseCurrency: BaseCurrencyProgress };
export type ReaderProgress = { writeLines: LinesProgress };
/** The progress op `K` tells under such a map; none for an op it does not list. */
export type ProgressOf<Progress, K> = K extends keyof Progress ? Progress[K] : never;

export type ToWorker<R> = { kind: 'request'; id: number; request: R } | { kind: 'cancel'; id: number } | { kind: 'close' };

export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'startup-failed'; error: WorkstationErrorShape }
  /** The writer is migrating a store written by an earlier version, before it says ready. */
  | { kind: 'updating'; update: StoreUpdate }
  /** Another process committed to the store (watchChangesElsewhere): kept answers are stale. */
  | { kind: 'changed-elsewhere' }
  | { kind: 'progress'; id: number; progress: WorkerProgress }
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: WorkstationErrorShape };
