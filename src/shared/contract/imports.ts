import { z } from 'zod';
import { ReplacedImport } from './replaced-imports';

/** A file the user picked or dropped, held by the core until it is imported or dropped. */
export const StagedFile = z.object({
  stagedId: z.string(),
  fileName: z.string(),
  byteLength: z.number().int(),
});
export type StagedFile = z.infer<typeof StagedFile>;

export const LineProblem = z.object({ line: z.number().int().nullable(), reason: z.string() });

/** An earlier import of the same source whose sale period overlaps this file's. */
export const OverlappingImport = z.object({
  importId: z.number().int(),
  fileName: z.string(),
  importedAt: z.string(),
  saleFrom: z.string(),
  saleTo: z.string(),
  /** Its lines and earnings per original currency (exact decimals): what replacing it would take away. */
  imported: z.number().int(),
  amounts: z.record(z.string(), z.string()),
});

/**
 * A statement's source and periods as the overlap rule reads them (`statementsOverlap`): the
 * layout's id, inclusive yyyymmdd day numbers (null where the lines print none), how it is cut,
 * and the territory codes its lines were stored with (null where not known).
 */
export const StatementSpan = z.object({
  formatId: z.string(),
  saleFrom: z.number().int().nullable(),
  saleTo: z.number().int().nullable(),
  reportingFrom: z.number().int().nullable(),
  reportingTo: z.number().int().nullable(),
  basis: z.enum(['sale', 'reporting', 'unknown']),
  territories: z.array(z.string()).nullable(),
});

/** A total the file states about itself (a totals row, Apple's trailer, a DDEX FOOT count) next to what was read. */
export const ReconciliationCheck = z.object({
  label: z.string(),
  measure: z.enum(['amount', 'quantity', 'lines', 'records']),
  currency: z.string().nullable(),
  line: z.number().int().nullable(),
  stated: z.string(),
  found: z.string(),
});

/** Every stated total checked, and those of them that disagree. */
export const Reconciliation = z.object({ checked: z.array(ReconciliationCheck), mismatches: z.array(ReconciliationCheck) });
export type Reconciliation = z.infer<typeof Reconciliation>;

export const OverlapChoice = z.enum(['skip', 'replace', 'keepBoth']);
export type OverlapChoice = z.infer<typeof OverlapChoice>;

export const ImportMode = z.enum(['lenient', 'strict']);

/** A statement layout's id (`distrokid`, `mapping:…`), to read a file as that layout. */
export const FormatId = z.string().min(1).max(100);

/** A workbook sheet's name, to import that sheet alone. */
export const SheetName = z.string().min(1).max(255);

/** Another layout that fits a file as well as the one it was read as. */
export const FormatAlternative = z.object({ formatId: z.string(), name: z.string(), variant: z.string() });
export type FormatAlternative = z.infer<typeof FormatAlternative>;

/**
 * How the header told the file's layout: a built-in layout by the share of its fingerprint
 * columns the header has; a saved column mapping by the header having exactly its columns.
 */
export const HeaderMatch = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fingerprint'), found: z.number().int(), total: z.number().int() }),
  z.object({ kind: z.literal('savedMapping'), columns: z.number().int() }),
]);
export type HeaderMatch = z.infer<typeof HeaderMatch>;

/**
 * The built-in layout a header no layout recognises comes closest to: it has `found` of the
 * `total` columns of the layout's fingerprint and lacks `missing`. `tiedWith` names the layouts it
 * resembles exactly as much.
 */
export const ClosestLayout = z.object({
  format: z.string(),
  variant: z.string().nullable(),
  found: z.number().int(),
  total: z.number().int(),
  missing: z.array(z.string()),
  tiedWith: z.array(z.string()),
});
export type ClosestLayout = z.infer<typeof ClosestLayout>;

/**
 * A file of a multi-file DDEX DSR report whose other files are not all imported: the report
 * (`report`: its sender and MessageId, else the file name its files share; `named`: as sentences
 * name it), this file's place, and the files of it the store does not hold (`missing`).
 */
export const ReportPartWaiting = z.object({
  report: z.string(),
  named: z.string(),
  part: z.number().int(),
  of: z.number().int(),
  missing: z.array(z.number().int()),
});
export type ReportPartWaiting = z.infer<typeof ReportPartWaiting>;

/** How a statement of a preview is told from the others picked with it (see `ImportPreview.statements`). */
const PreviewStatementFacts = z.object({
  sha256: z.string().optional(),
  part: z.string().optional(),
  figures: z
    .object({ lines: z.number().int(), importable: z.number().int(), quantity: z.number(), amounts: z.record(z.string(), z.string()) })
    .optional(),
});

/**
 * What importing a file would do, worked out by importing it inside a transaction that is then
 * rolled back: the same checks, counts and totals as the real import, with nothing written.
 */
export const ImportPreview = z.object({
  stagedId: z.string(),
  fileName: z.string(),
  status: z.enum(['ready', 'duplicate', 'rejected']),
  message: z.string(),
  format: z.string().nullable(),
  variant: z.string().nullable(),
  /** How its header matched the layout it was read as; absent for a layout that declares no fingerprint (DDEX, Spotify for Artists). */
  headerMatch: HeaderMatch.optional(),
  /** For a file refused because no layout recognises it: the layout its header comes closest to, when it is close (half its fingerprint or more). */
  closestLayout: ClosestLayout.optional(),
  /** Other layouts that fit the file as well: it may be previewed and imported as one of them instead. */
  alternatives: z.array(FormatAlternative).optional(),
  /** A workbook's statement sheets in its order (absent for any other file): one of them may be imported alone. */
  sheets: z.array(z.string()).optional(),
  encoding: z.string().nullable(),
  lines: z.number().int(),
  importable: z.number().int(),
  rejected: z.number().int(),
  quantity: z.number(),
  /** Earned amount per original currency, exact decimals. */
  amounts: z.record(z.string(), z.string()),
  saleFrom: z.string().nullable(),
  saleTo: z.string().nullable(),
  reportingFrom: z.string().nullable(),
  reportingTo: z.string().nullable(),
  /** The first statement lines as the app reads them: one object per line, column → text. */
  sample: z.array(z.record(z.string(), z.string())),
  problems: z.array(LineProblem),
  unknownColumns: z.array(z.string()),
  overlaps: z.array(OverlappingImport),
  /** For a file already imported: the imports that hold the same content, to say when and as what. */
  duplicateOf: z.array(z.number().int()).optional(),
  /**
   * Each statement that would be imported (a zip or a workbook holds several), for the Import page
   * to compare files picked together, which the dry run cannot: it sees only what is stored. Its
   * span is what the overlap rule reads; a DDEX report file has none, since it overlaps nothing.
   * `sha256` is the statement's content as the importer tells one imported already: the same
   * statement picked twice is imported once, a DDEX report file too. `part` names it inside its
   * file ('' for a file that is one statement), and `figures` are its share of the preview's, so a
   * card can say what is left once a statement picked twice is set apart.
   */
  // The spanned form first: a union keeps the first form that fits, and the other would drop the span.
  statements: z.array(z.union([StatementSpan.extend(PreviewStatementFacts.shape), PreviewStatementFacts])),
  /** Sentences about the file as a whole, e.g. a sales-date and a reporting-date report mixed. */
  warnings: z.array(z.string()),
  /** The file's own totals checked against its lines; `mismatches` are the checks that disagree. */
  reconciliation: Reconciliation.optional(),
  /**
   * Its DDEX report files whose reports wait for files the store lacks, each warned about in
   * `warnings` in `reportPartText`'s words (after the file's name inside a zip, when the zip's
   * other files do not say the same): the Import page rewords the warning when those files are
   * staged with it.
   */
  reportParts: z.array(ReportPartWaiting).optional(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportStartRequest = z.object({
  // A file sent without an answer to the overlap question is skipped when it meets an earlier
  // import of its period: keeping both would count that period twice.
  files: z
    .array(
      z
        .object({
          stagedId: z.string().max(64),
          onOverlap: OverlapChoice.default('skip'),
          // Under Replace, the earlier imports (from the file's preview) to replace; the others stay. Every one when absent.
          replace: z.array(z.number().int().positive()).min(1).max(500).optional(),
          formatId: FormatId.optional(),
          sheet: SheetName.optional(),
        })
        .refine((file) => file.replace === undefined || file.onOverlap === 'replace', {
          message: 'Earlier imports to replace can only be given with onOverlap "replace".',
          path: ['replace'],
        }),
    )
    .min(1)
    .max(500),
  mode: ImportMode.default('lenient'),
});
export type ImportStartRequest = z.infer<typeof ImportStartRequest>;

export const ImportBatchSummary = z.object({
  importId: z.number().int(),
  fileName: z.string(),
  format: z.string(),
  variant: z.string(),
  importedAt: z.string(),
  lines: z.number().int(),
  imported: z.number().int(),
  /** The lines it quarantined, set aside or not. */
  rejected: z.number().int(),
  /** Of those, the lines the user set aside as never to import: they no longer wait for correction. */
  setAside: z.number().int(),
  /** The gauge readings the import stored; `imported` counts a row of them once, however many it holds. */
  readings: z.number().int(),
  /** The statement lines the import stored (a gauge file stores none). */
  statementLines: z.number().int(),
  quantity: z.number(),
  amounts: z.record(z.string(), z.string()),
  saleFrom: z.string().nullable(),
  saleTo: z.string().nullable(),
  /** The earlier imports this one replaced (an overlap answered with Replace). */
  replaced: z.array(ReplacedImport),
  /**
   * Set when this version reads the statement otherwise than the version that imported it did:
   * why, in a sentence, and, when it cannot be read again from here (its archived original
   * missing), why not.
   */
  readAgain: z.object({ why: z.string(), cannot: z.string().nullable() }).nullable(),
});
export type ImportBatchSummary = z.infer<typeof ImportBatchSummary>;

export const FxRate = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code'),
  /** How much one unit of `currency` is worth in the base currency, as an exact decimal. */
  rate: z.string().regex(/^(?=.*[1-9])\d+(\.\d{1,12})?$/, 'a positive decimal rate, at most 12 decimals'),
});
export type FxRate = z.infer<typeof FxRate>;

/**
 * What saving rates did: the rates saved, and the lines a changed rate converted or left without a
 * base amount because at it they would be past what the store holds (out of base totals, with the
 * lines waiting for a rate).
 */
export const FxRatesSaved = z.object({ saved: z.number().int(), linesConverted: z.number().int(), linesUnconvertible: z.number().int() });
export type FxRatesSaved = z.infer<typeof FxRatesSaved>;

/**
 * What making another currency the base did: the rates on file set aside (each was worth of a unit
 * in the old base currency; they come back if it is made the base again), the rates brought back
 * from when the new one was the base, and the lines that wait for a rate in it.
 */
export const BaseCurrencyChanged = z.object({
  baseCurrency: z.string(),
  ratesSetAside: z.number().int(),
  ratesBroughtBack: z.number().int(),
  linesWaiting: z.number().int(),
});
export type BaseCurrencyChanged = z.infer<typeof BaseCurrencyChanged>;

export const PlatformSummary = z.object({
  platformId: z.number().int(),
  name: z.string(),
  saleType: z.string(),
  aliases: z.array(z.string()),
  lines: z.number().int(),
});
export type PlatformSummary = z.infer<typeof PlatformSummary>;

export const RecordingRef = z.object({
  recordingId: z.number().int(),
  title: z.string(),
  artist: z.string(),
  /** Null for a recording no statement named an artist for. */
  artistId: z.number().int().nullable(),
  isrc: z.string().nullable(),
});

/** A recording that may be the one under review: how close, out of 100, and why in words. */
export const RecordingSuggestion = RecordingRef.extend({ scorePercent: z.number().int(), reason: z.string() });

/** A recording met without an ISRC, waiting for the user: merge it into another, or keep it. */
export const RecordingUnderReview = z.object({
  recordingId: z.number().int(),
  title: z.string(),
  artist: z.string(),
  artistId: z.number().int().nullable(),
  lines: z.number().int(),
  /** Base-currency revenue of its lines, exact decimal. */
  revenue: z.string(),
  /** Its lines no FX rate converts yet, left out of `revenue`, and their currencies. */
  unconverted: z.object({ lines: z.number().int(), currencies: z.array(z.string()) }),
  candidate: RecordingSuggestion.nullable(),
  reason: z.string(),
  /** Close titles (or close artists' titles) found when the queue is read, closest first; suggestions only. */
  suggestions: z.array(RecordingSuggestion),
});
export type RecordingUnderReview = z.infer<typeof RecordingUnderReview>;

/** An earlier import a statement the drop folder took met: the one covering its period, or the one it replaced. */
export const DropFolderImportRef = z.object({ importId: z.number().int(), fileName: z.string() });
export type DropFolderImportRef = z.infer<typeof DropFolderImportRef>;

/** What became of one statement of a file the drop folder took (a zip or workbook holds several). */
export const DropFolderStatement = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('imported'),
    file: z.string(),
    /** The import it made: the panel says when it has left the history since (undone or replaced). */
    importId: z.number().int().nullable(),
    lines: z.number().int(),
    quarantined: z.number().int(),
    /** Earned per original currency, exact decimals. */
    amounts: z.record(z.string(), z.string()),
    /** The earlier imports of the same file it took the place of: the statement was saved over, corrected. */
    replaced: z.array(DropFolderImportRef),
  }),
  z.object({ outcome: z.literal('skipped'), file: z.string(), coveredBy: z.array(DropFolderImportRef) }),
  z.object({ outcome: z.literal('duplicate'), file: z.string() }),
  z.object({ outcome: z.literal('refused'), file: z.string(), line: z.number().int().nullable(), reason: z.string() }),
]);
export type DropFolderStatement = z.infer<typeof DropFolderStatement>;

export const DropFolderTake = z.object({
  fileName: z.string(),
  takenAt: z.string(),
  statements: z.array(DropFolderStatement),
  /** Why the file could not be imported at all (its import job failed); null when it was read. */
  problem: z.string().nullable(),
});
export type DropFolderTake = z.infer<typeof DropFolderTake>;

const PendingFile = z.object({
  /** The file's name in the folder, not its path. */
  fileName: z.string(),
  /** When the folder noticed it (ISO time), kept while it grows. */
  since: z.string(),
});

/** A file the folder has noticed and not listed as taken yet, and why it waits. */
export const DropFolderPending = z.discriminatedUnion('reason', [
  /** It changed in the last moments (2 s): it may still be copying. */
  PendingFile.extend({ reason: z.literal('settling') }),
  /**
   * It holds still but its end looks cut short (a copy that stalled): it waits longer for the rest,
   * then, still unchanged after `asItStandsAfterMs` (30 s), is imported as it stands and judged by its import.
   */
  PendingFile.extend({ reason: z.literal('cutShort'), why: z.string(), asItStandsAfterMs: z.number().int().positive() }),
  /** Handed to the importer behind another file. */
  PendingFile.extend({ reason: z.literal('queued') }),
  /** Being imported now. */
  PendingFile.extend({ reason: z.literal('importing') }),
]);
export type DropFolderPending = z.infer<typeof DropFolderPending>;

/** How many noticed files the state lists; a folder full of statements watched at first counts the rest. */
export const DROP_FOLDER_PENDING_LISTED = 20;

export const DropFolderState = z.object({
  folder: z.string().nullable(),
  watching: z.boolean(),
  /** Why watching stopped or failed, for the user. */
  problem: z.string().nullable(),
  /** The last files this folder took, newest first, kept across restarts: no one watches it, so the panel says what it did. */
  recent: z.array(DropFolderTake).max(10),
  /**
   * The files it has noticed and not listed in `recent` yet, in the order they will be: the one
   * being imported, those queued behind it, then the rest as they were noticed. Without them a
   * statement saved into the folder showed nothing for up to 30 s.
   */
  pending: z.array(DropFolderPending).max(DROP_FOLDER_PENDING_LISTED),
  /** How many more files are pending than `pending` lists. */
  pendingUnlisted: z.number().int().nonnegative(),
});
export type DropFolderState = z.infer<typeof DropFolderState>;
