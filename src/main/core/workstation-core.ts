import type { Readable } from 'node:stream';
import type { AppInfo, ExportFile, ExportRequest, StatementLinesExportRequest } from '../../shared/contract/channels';
import type {
  BaseCurrencyChanged, DropFolderState, FxRate, FxRatesSaved, ImportBatchSummary, ImportPreview, ImportStartRequest, OverlapChoice, PlatformSummary, RecordingUnderReview, StagedFile,
} from '../../shared/contract/imports';
import type { JobRef } from '../../shared/contract/jobs';
import type { PlatformAliasChange } from '../../shared/contract/platform-aliases';
import type {
  CorrectionCheck, CorrectionOutcome, CorrectionRequest, QuarantinedLineChoice, QuarantinedLines, SetAsideChange,
} from '../../shared/contract/quarantine';
import type {
  MappingDeleted, MappingInspection, MappingInspectRequest, MappingSpec, SavedMappingSummary,
} from '../../shared/contract/column-mapping';
import type { WorkstationEvent } from '../../shared/contract/events';
import type { CsvOptions } from '../../shared/export/csv-options';
import type { QuerySpec } from '../../shared/query/query-spec';
import type { ArrowQueryAnswer, QueryAnswer } from '../../shared/contract/query-execution';
import type { QueryRunOptions } from '../query/execution/query-executor';
import type { ImportOutcome, ImportProgress } from '../import/import-outcome';
import type { JobRegistry } from '../jobs/job-registry';
import type { PreparedExport } from '../export/prepared-exports';
import type { LinesFile } from '../export/statement-lines-csv';
import type { ArtistMerged, FoundRecording, MergeHistory, MergeKind, MergeUndone, RecordingPairing } from '../../shared/contract/catalogue-review';
import type { CatalogueHealth, CatalogueHealthRequest } from '../../shared/analytics/catalogue-health-contract';
import type { Completeness, CompletenessRequest } from '../../shared/analytics/completeness-contract';
import type { StatementLines, StatementLinesRequest } from '../../shared/query/statement-lines-contract';
import type { StatementReconciliation } from '../../shared/analytics/reconciliation-contract';
import type { ReleaseComparison, ReleaseComparisonRequest } from '../../shared/analytics/release-comparison-contract';
import type { ImportReadAgain, UndoneAndBroughtBack } from '../../shared/contract/replaced-imports';

export interface ImportRequestOptions {
  mode: 'strict' | 'lenient';
  /** Import only this sheet of workbooks (`tunemantra import --sheet`); every statement sheet when unset. */
  sheet?: string;
  /** A statement meeting an earlier import of its source and period (`tunemantra import --on-overlap`); kept beside it when unset. */
  onOverlap?: OverlapChoice;
}

/**
 * The plain-Node heart of the workstation: every shell (Electron, browser bridge, CLI) drives the
 * same core. It owns the writer and reader worker threads; nothing here imports electron.
 */
export interface WorkstationCore {
  readonly dataDir: string;
  readonly databaseFile: string;
  info(): Promise<Omit<AppInfo, 'shell'>>;
  /** Imports files one after another on the writer thread and resolves with each file's outcome. */
  importFiles(
    paths: string[],
    options: ImportRequestOptions,
    onProgress?: (file: string, progress: ImportProgress) => void,
  ): Promise<ImportOutcome[]>;
  startImport(paths: string[], options: ImportRequestOptions): JobRef;
  stagePaths(paths: string[]): StagedFile[];
  stageUpload(fileName: string, bytes: Uint8Array): StagedFile;
  /** A browser's upload, written to the staging folder as it arrives; staged only once it has all come. */
  receiveUpload(fileName: string, body: Readable, maxBytes: number): Promise<StagedFile>;
  /** Imports a staged file inside a transaction that is rolled back: the real checks, nothing kept. */
  /** A dry run of importing a staged file, read as `formatId` when the user chose a layout, of `sheet` alone when they chose one. */
  previewImport(stagedId: string, formatId?: string, sheet?: string): Promise<ImportPreview>;
  startStagedImport(request: ImportStartRequest): JobRef;
  importHistory(): Promise<ImportBatchSummary[]>;
  undoImport(importId: number): Promise<{ importId: number; removedLines: number }>;
  /** Undoes an import that replaced earlier ones and imports those again from their archived originals. */
  undoImportBringingBack(importId: number): Promise<UndoneAndBroughtBack>;
  /** Reads an import's statement again from its archived original, as this version reads it (see ImportBatchSummary.readAgain). */
  readImportAgain(importId: number): Promise<ImportReadAgain>;
  exportQuarantine(importId: number): Promise<ExportFile>;
  /** An import's quarantined lines as printed, and whether they can be corrected in the app (a sentence when not). */
  quarantinedLines(importId: number): Promise<QuarantinedLines>;
  /** How corrected quarantined lines would read, as their import would read them; nothing is written. */
  checkCorrections(request: CorrectionRequest): Promise<CorrectionCheck>;
  /** Reads the corrected lines that now read into their import, in one transaction; the others stay quarantined with their reasons. */
  correctLines(request: CorrectionRequest): Promise<CorrectionOutcome>;
  /** Sets quarantined lines aside as never to import: still quarantined, no longer waiting for correction. */
  setAsideLines(choice: QuarantinedLineChoice): Promise<SetAsideChange>;
  /** Brings lines set aside back to wait for correction. */
  bringBackLines(choice: QuarantinedLineChoice): Promise<SetAsideChange>;
  /** An import's gauge readings (audience figures, not statement lines) as a CSV export to save. */
  exportGaugeReadings(importId: number): Promise<ExportFile>;
  listFxRates(): Promise<{ baseCurrency: string; rates: FxRate[]; missing: { month: string; currency: string; lines: number }[] }>;
  setFxRates(rates: FxRate[]): Promise<FxRatesSaved>;
  /** Counts every total in another currency from now on, in one transaction (see currency/base-currency.ts). */
  setBaseCurrency(currency: string): Promise<BaseCurrencyChanged>;
  /** The same as a job whose result is BaseCurrencyChanged, telling the lines converted and the imports summed again; a cancel changes nothing. */
  startBaseCurrencyChange(currency: string): JobRef;
  importFxRatesCsv(csv: string): Promise<FxRatesSaved>;
  listPlatforms(): Promise<PlatformSummary[]>;
  mergePlatform(platformId: number, intoPlatformId: number): Promise<{ movedLines: number; mergeId: number }>;
  /** Statements imported from now on that print `alias` count as the platform; lines already stored keep theirs. */
  addPlatformAlias(platformId: number, alias: string): Promise<PlatformAliasChange>;
  /** Statements imported from now on that print `alias` no longer count as the platform; lines already stored keep theirs. */
  removePlatformAlias(platformId: number, alias: string): Promise<PlatformAliasChange>;
  recordingsToReview(): Promise<RecordingUnderReview[]>;
  searchRecordings(text: string): Promise<FoundRecording[]>;
  mergeRecording(recordingId: number, intoRecordingId: number): Promise<{ movedLines: number; mergeId: number }>;
  /** Folds an artist into another; its name leads later statements to the target. */
  mergeArtist(artistId: number, intoArtistId: number): Promise<ArtistMerged>;
  keepRecording(recordingId: number): Promise<void>;
  /** The `limit` latest merges of these kinds, newest first, each saying whether it can be undone now, and how many there are. */
  catalogueMerges(kinds: MergeKind[], limit: number): Promise<MergeHistory>;
  /** Takes a merge back: what it folded returns with its lines, spellings and links. */
  undoMerge(mergeId: number): Promise<MergeUndone>;
  /** Merges many recordings under review, each into its own target, as a job whose result is RecordingsMerged. */
  startMergingRecordings(merges: RecordingPairing[]): JobRef;
  /** Undoes merges newest first, all or none, as a job whose result is ManyMergesUndone. */
  startUndoingMerges(mergeIds: number[]): JobRef;
  /** The watched folder whose new statements import by themselves (lenient, keeping overlaps). */
  dropFolder(): DropFolderState;
  setDropFolder(folder: string | null): Promise<DropFolderState>;
  /** A staged file's first rows split as the importer would (or with the given delimiter, encoding, sheet). */
  inspectForMapping(request: MappingInspectRequest): Promise<MappingInspection>;
  /** Previews a staged file read with an unsaved column mapping, as the only mapping considered. */
  previewMapping(stagedId: string, mapping: MappingSpec): Promise<ImportPreview>;
  /** Saves a mapping as the next version for its header; later files with that header are read by it. */
  saveMapping(name: string, mapping: MappingSpec): Promise<{ mappingId: number; version: number }>;
  listMappings(): Promise<SavedMappingSummary[]>;
  /** Renames a saved mapping (every version of it). */
  renameMapping(mappingId: number, name: string): Promise<{ mappingId: number; name: string }>;
  /** Deletes a saved mapping: it reads no more files; the imports it read keep their lines and its name. */
  deleteMapping(mappingId: number): Promise<MappingDeleted>;
  /** Writes the demo label's statements to a folder in the data dir and imports them. */
  loadDemo(onProgress?: (file: string, progress: ImportProgress) => void): Promise<ImportOutcome[]>;
  startDemoLoad(): JobRef;
  /** Answers from the cache until the store is next written; `slot` lets a newer query supersede an older one. */
  runQuery(spec: QuerySpec, options?: QueryRunOptions): Promise<QueryAnswer>;
  /** The same answer as Arrow IPC stream bytes (src/shared/arrow/result-arrow-schema.ts). */
  runQueryArrow(spec: QuerySpec, options?: QueryRunOptions): Promise<ArrowQueryAnswer>;
  /** Stops a slot's query, queued or running, when it is no newer than `through`; false when there was none. */
  cancelQuery(slot: string, through?: number): boolean;
  renderCsv(spec: QuerySpec, options: CsvOptions): Promise<{ bytes: Uint8Array; rows: number }>;
  catalogueHealth(request: CatalogueHealthRequest): Promise<CatalogueHealth>;
  compareReleases(request: ReleaseComparisonRequest): Promise<ReleaseComparison>;
  reconcileStatements(): Promise<StatementReconciliation>;
  dataCompleteness(request: CompletenessRequest): Promise<Completeness>;
  /** The statement lines behind a figure: its filters, window and basis; a page at a time. */
  statementLines(request: StatementLinesRequest): Promise<StatementLines>;
  /** Every line such a request chooses written to a file as it is read (the CLI's `lines`); how many. */
  writeStatementLines(request: Omit<StatementLinesRequest, 'offset' | 'limit'>, target: LinesFile): Promise<number>;
  /**
   * Every line such a request chooses, as a CSV export to save: a job that writes them to a file as
   * it reads them, so any number, telling lines written of total; its result is the ExportFile.
   * Cancelled, its reader is replaced and the partial file removed.
   */
  startLinesExport(request: StatementLinesExportRequest): JobRef;
  createExport(request: ExportRequest): Promise<ExportFile>;
  /** Hands over a prepared export once, its bytes or its file; unknown or taken ids are a not_found error. */
  takeExport(exportId: string): PreparedExport;
  readonly jobs: JobRegistry;
  onEvent(listener: (event: WorkstationEvent) => void): () => void;
  close(): Promise<void>;
}
