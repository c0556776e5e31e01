import { z } from 'zod';
import { CsvOptions } from '../export/csv-options';
import { QuerySpec } from '../query/query-spec';
import { StatementLines, StatementLinesRequest } from '../query/statement-lines-contract';
import { ArrowQueryAnswer, QueryAnswer, QueryCancelRequest, QueryRunInput } from './query-execution';
import type { ChannelName } from './channel-names';
import {
  DropFolderState, FormatId, FxRate, FxRatesSaved, ImportBatchSummary, ImportPreview, ImportStartRequest, PlatformSummary,
  RecordingUnderReview, SheetName, StagedFile,
} from './imports';
import { JobRef, JobSnapshot } from './jobs';
import { ImportReadAgain, UndoneAndBroughtBack } from './replaced-imports';
import { ArtistMerged, FoundRecording, MergeHistory, MergeKind, MergeUndone, MOST_MERGES_AT_ONCE, RecordingPairing } from './catalogue-review';
import { PlatformAliasChange, PlatformAliasRemoval, PlatformAliasRequest } from './platform-aliases';
import {
  CorrectionCheck, CorrectionOutcome, CorrectionRequest, QuarantinedLineChoice, QuarantinedLines, QuarantinedLinesRequest, SetAsideChange,
} from './quarantine';
import {
  MappingDeleted, MappingInspection, MappingInspectRequest, MappingName, MappingRenameRequest, MappingSpec, SavedMappingSummary,
} from './column-mapping';
import { CatalogueHealth, CatalogueHealthRequest } from '../analytics/catalogue-health-contract';
import { Completeness, CompletenessRequest } from '../analytics/completeness-contract';
import { NoAnalyticsInput } from '../analytics/contract-values';
import { StatementReconciliation } from '../analytics/reconciliation-contract';
import { ReleaseComparison, ReleaseComparisonRequest } from '../analytics/release-comparison-contract';

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  databaseFile: z.string(),
  baseCurrency: z.string(),
  /** No statement line has been imported yet: the UI offers demo data. */
  isEmpty: z.boolean(),
  dataVersion: z.number(),
  importsVersion: z.number(),
  /** 'electron' in the desktop app, 'browser' behind the loopback bridge. */
  shell: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Suggested file name without folders; the user picks the folder. */
const ExportFileName = z
  .string()
  .min(1)
  .max(120)
  // Control characters are refused on purpose: no file system accepts them in a name.
  // eslint-disable-next-line no-control-regex
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'a file name without folders or reserved characters');

export const ExportRequest = z.object({
  spec: QuerySpec,
  format: z.literal('csv'),
  csv: CsvOptions.default(CsvOptions.parse({})),
  fileName: ExportFileName,
});
export type ExportRequest = z.infer<typeof ExportRequest>;
export type ExportRequestInput = z.input<typeof ExportRequest>;

/** Every statement line behind a figure (not a page of them), as CSV. */
export const StatementLinesExportRequest = StatementLinesRequest.omit({ offset: true, limit: true }).extend({ fileName: ExportFileName });
export type StatementLinesExportRequest = z.infer<typeof StatementLinesExportRequest>;

export const ExportFile = z.object({
  exportId: z.string(),
  fileName: z.string(),
  byteLength: z.number().int(),
  rows: z.number().int(),
});
export type ExportFile = z.infer<typeof ExportFile>;

export const ExportSaveOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), path: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
  /** In the browser the file arrives as a download from this loopback URL. */
  z.object({ outcome: z.literal('download'), url: z.string() }),
]);
export type ExportSaveOutcome = z.infer<typeof ExportSaveOutcome>;

const NoInput = z.object({}).strict().default({});

/** The whole contract: one entry per channel, validated on both sides of every transport. */
export const CHANNELS = {
  'app:info': { input: NoInput, output: AppInfo },
  'demo:load': { input: NoInput, output: JobRef },
  'jobs:get': { input: z.object({ jobId: z.string().max(64) }).strict(), output: JobSnapshot },
  'jobs:cancel': { input: z.object({ jobId: z.string().max(64) }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /** A bare spec, or `{ spec, slot, sequence }`: a newer query in a slot supersedes the older one. */
  'query:run': { input: QueryRunInput, output: QueryAnswer },
  /** The same as Arrow IPC stream bytes; the bridge sends them as the response body. */
  'query:runArrow': { input: QueryRunInput, output: ArrowQueryAnswer },
  /** Stops a slot's query; its caller gets a `cancelled` error. */
  'query:cancel': { input: QueryCancelRequest, output: z.object({ cancelled: z.boolean() }) },
  /** The statement lines behind a figure, a page at a time, with the file and line each came from. */
  'query:lines': { input: StatementLinesRequest, output: StatementLines },
  'export:create': { input: ExportRequest, output: ExportFile },
  'export:save': { input: z.object({ exportId: z.string().max(64) }).strict(), output: ExportSaveOutcome },
  /**
   * The statement lines behind a figure as CSV, any number, written as read: a job whose progress
   * counts the lines written and whose result is the ExportFile, then saved like any export.
   */
  'export:lines': { input: StatementLinesExportRequest, output: JobRef },
  /** Electron: the native open dialog. The browser has no paths: it stages uploads instead. */
  'import:choose': { input: NoInput, output: z.object({ files: z.array(StagedFile) }) },
  'import:stage': {
    input: z.object({ fileName: z.string().min(1).max(255), contentBase64: z.string().max(400_000_000) }).strict(),
    output: StagedFile,
  },
  /**
   * Desktop only, sent by the preload (DESKTOP_ONLY_CHANNELS): a file dropped on the window,
   * staged where it lies like a picked one. The main side also checks it is a whole path to a file.
   */
  'import:stageDropped': { input: z.object({ path: z.string().min(1).max(32_767) }).strict(), output: StagedFile },
  'import:preview': { input: z.object({ stagedId: z.string().max(64), formatId: FormatId.optional(), sheet: SheetName.optional() }).strict(), output: ImportPreview },
  'import:start': { input: ImportStartRequest, output: JobRef },
  'import:history': { input: NoInput, output: z.object({ imports: z.array(ImportBatchSummary) }) },
  'import:undo': {
    input: z.object({ importId: z.number().int() }).strict(),
    output: z.object({ importId: z.number().int(), removedLines: z.number().int() }),
  },
  /** Undoes an import that replaced earlier ones and imports those again from their archived originals. */
  'import:undoBringingBack': { input: z.object({ importId: z.number().int() }).strict(), output: UndoneAndBroughtBack },
  'import:readAgain': { input: z.object({ importId: z.number().int() }).strict(), output: ImportReadAgain },
  /** The lines an import quarantined, with their reasons, as a CSV export to save. */
  'import:quarantine': { input: z.object({ importId: z.number().int() }).strict(), output: ExportFile },
  /** An import's quarantined lines as printed, with their reasons, and whether they can be corrected here. */
  'import:quarantined': { input: QuarantinedLinesRequest, output: QuarantinedLines },
  /** How corrected quarantined lines would read, each as the import would read it; nothing is written. */
  'import:checkCorrections': { input: CorrectionRequest, output: CorrectionCheck },
  /** Reads the corrected lines that now read into their import, under their own line numbers; the others stay quarantined. */
  'import:correctLines': { input: CorrectionRequest, output: CorrectionOutcome },
  /** Sets quarantined lines aside as never to import: they stay quarantined, out of the figures, and no longer wait for correction. */
  'import:setAsideLines': { input: QuarantinedLineChoice, output: SetAsideChange },
  /** Brings lines set aside back to wait for correction. */
  'import:bringBackLines': { input: QuarantinedLineChoice, output: SetAsideChange },
  /** The gauge readings an import stored (audience figures, kept apart from statement lines), as a CSV export to save. */
  'import:readings': { input: z.object({ importId: z.number().int() }).strict(), output: ExportFile },
  'fx:list': { input: NoInput, output: z.object({ baseCurrency: z.string(), rates: z.array(FxRate), missing: z.array(z.object({ month: z.string(), currency: z.string(), lines: z.number().int() })) }) },
  'fx:set': {
    input: z.object({ rates: z.array(FxRate).min(1).max(10_000) }).strict(),
    output: FxRatesSaved,
  },
  /**
   * Counts every total in another currency from now on, as a `currency` job (its result:
   * BaseCurrencyChanged) telling the lines converted and the imports summed again; stopped, it
   * changes nothing. The rates on file, worth of a unit in the old one, are set aside until it is
   * the base again.
   */
  'fx:changeBaseCurrency': {
    input: z.object({ currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code') }).strict(),
    output: JobRef,
  },
  /** A rates CSV (`month,currency,rate`) the user picked, as text. */
  'fx:importCsv': {
    input: z.object({ csv: z.string().max(5_000_000) }).strict(),
    output: FxRatesSaved,
  },
  'platforms:list': { input: NoInput, output: z.object({ platforms: z.array(PlatformSummary) }) },
  /** Folds one platform into another: its lines and spellings then count as the target's. */
  'platforms:alias': {
    input: z.object({ platformId: z.number().int(), intoPlatformId: z.number().int() }).strict(),
    output: z.object({ movedLines: z.number().int(), mergeId: z.number().int() }),
  },
  /** A spelling that leads later statements to the platform; lines already imported keep theirs. */
  'platforms:addAlias': { input: PlatformAliasRequest, output: PlatformAliasChange },
  /** Takes a spelling off a platform (never its name); lines already imported keep theirs. */
  'platforms:removeAlias': { input: PlatformAliasRemoval, output: PlatformAliasChange },
  'catalogue:review': { input: NoInput, output: z.object({ recordings: z.array(RecordingUnderReview) }) },
  'catalogue:search': {
    input: z.object({ text: z.string().min(1).max(200) }).strict(),
    output: z.object({ recordings: z.array(FoundRecording) }),
  },
  /** Folds a recording into another; its spelling is remembered for later statements. */
  'catalogue:merge': {
    input: z.object({ recordingId: z.number().int(), intoRecordingId: z.number().int() }).strict(),
    output: z.object({ movedLines: z.number().int(), mergeId: z.number().int() }),
  },
  'catalogue:keep': { input: z.object({ recordingId: z.number().int() }).strict(), output: z.object({ kept: z.literal(true) }) },
  /** Folds an artist into another: its lines, recordings and releases move, its name becomes an alias. */
  'catalogue:mergeArtist': { input: z.object({ artistId: z.number().int(), intoArtistId: z.number().int() }).strict(), output: ArtistMerged },
  /** The `limit` latest merges of these kinds, newest first, each saying whether it can be undone now, and how many there are. */
  'catalogue:merges': {
    input: z.object({ kinds: z.array(MergeKind).min(1), limit: z.number().int().min(1).max(MOST_MERGES_AT_ONCE) }).strict(),
    output: MergeHistory,
  },
  /** Takes a merge back: what it folded returns with its lines, spellings and links. */
  'catalogue:undoMerge': { input: z.object({ mergeId: z.number().int() }).strict(), output: MergeUndone },
  /** Merges many recordings under review, each into its own target, as a job (its result: RecordingsMerged); each merge is kept apart in the history. */
  'catalogue:mergeMany': { input: z.object({ merges: z.array(RecordingPairing).min(1).max(MOST_MERGES_AT_ONCE) }).strict(), output: JobRef },
  /** Undoes merges newest first as a job (its result: ManyMergesUndone): all of them, or none when one cannot be. */
  'catalogue:undoMerges': { input: z.object({ mergeIds: z.array(z.number().int()).min(1).max(MOST_MERGES_AT_ONCE) }).strict(), output: JobRef },
  'dropFolder:get': { input: NoInput, output: DropFolderState },
  /** Electron's folder dialog; in the browser the folder is typed and sent with dropFolder:set. */
  'dropFolder:choose': { input: NoInput, output: DropFolderState },
  'dropFolder:set': { input: z.object({ folder: z.string().min(1).max(4096).nullable() }).strict(), output: DropFolderState },
  /** A staged file's first rows as split with the sniffed (or the given) delimiter, encoding and sheet. */
  'mapping:inspect': { input: MappingInspectRequest, output: MappingInspection },
  /** A dry run of the staged file read with this mapping, in the Import page's preview shape. */
  'mapping:preview': { input: z.object({ stagedId: z.string().max(64), mapping: MappingSpec }).strict(), output: ImportPreview },
  /** Saves a mapping for its header; saving one for the same header again makes the next version. */
  'mapping:save': {
    input: z.object({ name: MappingName, mapping: MappingSpec }).strict(),
    output: z.object({ mappingId: z.number().int(), version: z.number().int() }),
  },
  'mapping:list': { input: NoInput, output: z.object({ mappings: z.array(SavedMappingSummary) }) },
  /** Renames a saved mapping, all its versions; the imports it read are listed under the new name. */
  'mapping:rename': { input: MappingRenameRequest, output: z.object({ mappingId: z.number().int(), name: z.string() }) },
  /** Deletes a saved mapping: files with its header are no longer read by it; its imports stay. */
  'mapping:delete': { input: z.object({ mappingId: z.number().int() }).strict(), output: MappingDeleted },
  /** Earning share, long tail, new releases against back catalogue and longevity over a window. */
  'analytics:catalogueHealth': { input: CatalogueHealthRequest, output: CatalogueHealth },
  /** Releases aligned by days since their first sale: 7, 30 and 90 days and a cumulative curve. */
  'analytics:releaseComparison': { input: ReleaseComparisonRequest, output: ReleaseComparison },
  /** Each import against the totals its file states about itself. */
  'analytics:reconciliation': { input: NoAnalyticsInput, output: StatementReconciliation },
  /** Platform × sale month: which months have data, which are missing, late or not due yet. */
  'analytics:completeness': { input: CompletenessRequest, output: Completeness },
} satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

export type Channels = typeof CHANNELS;
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ChannelParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Channels[K]['output']>;
