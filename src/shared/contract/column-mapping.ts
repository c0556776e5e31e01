import { z } from 'zod';

/**
 * A column mapping: how to read a statement layout the app has no built-in format for, written by
 * the user in the mapping wizard and saved for every later file with the same header. Stored as
 * JSON; `specVersion` lets a later shape migrate the saved ones forward.
 */

/** Delimiters the statement sniffer tries; a mapping names the one its files use. */
export const MAPPING_DELIMITERS = ['\t', ',', ';', '|'] as const;
export type MappingDelimiter = (typeof MAPPING_DELIMITERS)[number];

/** The text encodings the importer decodes statements in. */
export const MAPPING_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'shift_jis'] as const;
export type MappingEncoding = (typeof MAPPING_ENCODINGS)[number];

/** The kinds of sale a line can be; the same list as the platform catalogue's. */
export const MAPPED_SALE_TYPES = ['stream', 'download', 'ugc', 'physical', 'other'] as const;

/** The importer looks for a header in a file's first 20 rows, so a mapping's header sits there too. */
export const MAPPING_HEADER_ROWS = 20;

/** Rows the wizard shows of a file, and how much of each cell. */
export const INSPECTED_ROWS = 30;
export const INSPECTED_CELL_CHARS = 200;

/** A header name as the file prints it (spaces around it aside). */
const ColumnName = z.string().trim().min(1, 'a column name').max(500);

/** A field read from a column, or one value the user typed for every line of the file. */
function columnOrFixed<T extends z.ZodType<string>>(fixed: T) {
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('column'), column: ColumnName }).strict(),
    z.object({ kind: z.literal('fixed'), value: fixed }).strict(),
  ]);
}

export const CurrencyCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'a three-letter currency code such as USD or EUR')
  .transform((code) => code.toUpperCase());

/** Which column (or value) gives each part of a statement line. Optional ones may be null. */
export const MappedFields = z
  .object({
    salePeriod: ColumnName,
    reportingDate: ColumnName.nullable().default(null),
    platform: columnOrFixed(z.string().trim().min(1, 'a platform name').max(100)),
    territory: ColumnName.nullable().default(null),
    artist: ColumnName.nullable().default(null),
    title: ColumnName.nullable().default(null),
    releaseTitle: ColumnName.nullable().default(null),
    isrc: ColumnName.nullable().default(null),
    upc: ColumnName.nullable().default(null),
    quantity: ColumnName,
    amount: ColumnName,
    currency: columnOrFixed(CurrencyCode),
    saleType: columnOrFixed(z.enum(MAPPED_SALE_TYPES)).nullable().default(null),
  })
  .strict();
export type MappedFields = z.infer<typeof MappedFields>;
export type MappedFieldName = keyof MappedFields;

/** The fields that are a plain column (or nothing); platform, currency and sale type may be fixed. */
export const COLUMN_FIELDS = [
  'salePeriod', 'reportingDate', 'territory', 'artist', 'title', 'releaseTitle', 'isrc', 'upc', 'quantity', 'amount',
] as const satisfies readonly MappedFieldName[];

/** The columns a mapping reads, by field, for checks and for the wizard's "unused columns". */
export function mappedColumns(fields: MappedFields): { field: MappedFieldName; column: string }[] {
  const used: { field: MappedFieldName; column: string }[] = [];
  for (const field of COLUMN_FIELDS) {
    const column = fields[field];
    if (column !== null) used.push({ field, column });
  }
  for (const field of ['platform', 'currency', 'saleType'] as const) {
    const source = fields[field];
    if (source?.kind === 'column') used.push({ field, column: source.column });
  }
  return used;
}

export const MappingSpec = z
  .object({
    specVersion: z.literal(1).default(1),
    /** 1-based, counting the rows the file has (blank lines aside), as the wizard shows them. */
    headerRow: z.number().int().min(1).max(MAPPING_HEADER_ROWS),
    /** The header row's cells as printed: the fingerprint that recognises later files comes from it. */
    header: z.array(z.string().max(500)).min(2).max(1000),
    delimiter: z.enum(MAPPING_DELIMITERS),
    /** Decode the file so, over the importer's own guess; null to keep the guess. */
    encoding: z.enum(MAPPING_ENCODINGS).nullable().default(null),
    /** The workbook sheet the mapping was made on; null for delimited text. */
    sheet: z.string().min(1).max(255).nullable().default(null),
    fields: MappedFields,
    decimalSeparator: z.enum(['.', ',']).default('.'),
    /** How to read a date such as 03/04/2025: month first (US) or day first. */
    dateOrder: z.enum(['mdy', 'dmy']).default('mdy'),
  })
  .strict()
  .superRefine((spec, context) => {
    const names = new Set(spec.header.map((name) => name.trim()).filter((name) => name !== ''));
    if (names.size < 2) {
      context.addIssue({ code: 'custom', path: ['header'], message: 'the header row needs at least two named columns' });
    }
    for (const { field, column } of mappedColumns(spec.fields)) {
      if (!names.has(column)) {
        context.addIssue({ code: 'custom', path: ['fields', field], message: `"${column}" is not a column of the header row` });
      }
    }
  });
export type MappingSpec = z.infer<typeof MappingSpec>;
export type MappingSpecInput = z.input<typeof MappingSpec>;

/** A file's first rows as the importer splits them, for the wizard to map. */
export const MappingInspection = z.object({
  kind: z.enum(['text', 'workbook']),
  /** null for a workbook, whose cells carry no text encoding or delimiter. */
  encoding: z.enum(MAPPING_ENCODINGS).nullable(),
  delimiter: z.enum(MAPPING_DELIMITERS).nullable(),
  /** A workbook's sheets, in order, and the one the rows are from. */
  sheets: z.array(z.string()).optional(),
  sheet: z.string().nullable(),
  rows: z.array(z.array(z.string())),
  /** The row that looks most like a header (1-based), for the wizard to start from. */
  suggestedHeaderRow: z.number().int().min(1),
});
export type MappingInspection = z.infer<typeof MappingInspection>;

export const MappingInspectRequest = z
  .object({
    stagedId: z.string().max(64),
    delimiter: z.enum(MAPPING_DELIMITERS).optional(),
    encoding: z.enum(MAPPING_ENCODINGS).optional(),
    sheet: z.string().min(1).max(255).optional(),
  })
  .strict();
export type MappingInspectRequest = z.infer<typeof MappingInspectRequest>;

export const MappingName = z.string().trim().min(1, 'a name for the mapping').max(80);

export const SavedMappingSummary = z.object({
  mappingId: z.number().int(),
  name: z.string(),
  /** The latest version, the one imports use. */
  version: z.number().int(),
  /** The header names that recognise a file, as printed when the mapping was saved. */
  columns: z.array(z.string()),
  /** Short hash of the normalised, sorted column names: the same for a reordered export. */
  fingerprint: z.string(),
  /** When the latest version was saved. */
  createdAt: z.string(),
  /** Statements read by the mapping that are still imported (undone ones no longer count). */
  filesImported: z.number().int(),
  /** When the last of them was imported; null while none is. */
  lastUsedAt: z.string().nullable(),
});
export type SavedMappingSummary = z.infer<typeof SavedMappingSummary>;

export const MappingRenameRequest = z.object({ mappingId: z.number().int(), name: MappingName }).strict();
export type MappingRenameRequest = z.infer<typeof MappingRenameRequest>;

/** Deleting a mapping keeps the imports it read; the answer says how many. */
export const MappingDeleted = z.object({ mappingId: z.number().int(), name: z.string(), importsKept: z.number().int() });
export type MappingDeleted = z.infer<typeof MappingDeleted>;
