import { z } from 'zod';

/** The most quarantined lines listed, checked or corrected at once. */
export const MOST_LINES_AT_ONCE = 500;
/** The longest corrected record taken: a statement line is a few hundred characters, a long one a few thousand. */
export const LONGEST_CORRECTED_LINE = 20_000;

const ImportId = z.number().int().positive();
const LineNumber = z.number().int().positive();

export const QuarantinedLinesRequest = z.object({ importId: ImportId }).strict();

/**
 * A line an import quarantined: its number in the file, why, and the record as the file printed it;
 * `tried` is the last correction that still did not read, with why, null until one is tried.
 */
export const QuarantinedLine = z.object({
  line: LineNumber,
  reason: z.string(),
  raw: z.string(),
  tried: z.object({ text: z.string(), reason: z.string() }).nullable(),
});
export type QuarantinedLine = z.infer<typeof QuarantinedLine>;

/**
 * An import's quarantined lines: those waiting for correction, the first MOST_LINES_AT_ONCE of
 * `total`; those the user set aside, the first MOST_LINES_AT_ONCE of `setAsideTotal`; and whether
 * they can be corrected here: `notCorrectable` says why not (an import made before lines could be
 * corrected, a DDEX file, an audience export), null when they can.
 */
/**
 * How a quarantined line's text is split into the import's columns, for correcting it cell by
 * cell: a text file's line is a record as the file writes it (`quoted`: cells holding the
 * delimiter are in double quotes), a sheet's row its cells joined by the delimiter as they are.
 */
export const QuarantinedRecordLayout = z.object({ columns: z.array(z.string()), delimiter: z.string(), quoted: z.boolean() });
export type QuarantinedRecordLayout = z.infer<typeof QuarantinedRecordLayout>;

export const QuarantinedLines = z.object({
  importId: ImportId,
  fileName: z.string(),
  /** Null when the lines cannot be corrected here (`notCorrectable` says why). */
  record: QuarantinedRecordLayout.nullable(),
  total: z.number().int(),
  lines: z.array(QuarantinedLine),
  setAsideTotal: z.number().int(),
  setAside: z.array(QuarantinedLine),
  notCorrectable: z.string().nullable(),
});
export type QuarantinedLines = z.infer<typeof QuarantinedLines>;

/** One quarantined line as the user corrected it: the whole record, delimiters and all. */
export const LineCorrection = z
  .object({
    line: LineNumber,
    text: z.string().max(LONGEST_CORRECTED_LINE, `a corrected line of at most ${LONGEST_CORRECTED_LINE.toLocaleString('en')} characters`),
  })
  .strict();
export type LineCorrection = z.infer<typeof LineCorrection>;

/** A request about some of one import's quarantined lines: at least one, at most MOST_LINES_AT_ONCE, each once. */
function linesOfOneImport<Item extends z.ZodType>(item: Item, lineOf: (value: z.infer<Item>) => number, atLeastOne: string) {
  return z
    .object({
      importId: ImportId,
      lines: z
        .array(item)
        .min(1, atLeastOne)
        .max(MOST_LINES_AT_ONCE, `at most ${MOST_LINES_AT_ONCE} lines at once`)
        .refine((lines) => new Set(lines.map(lineOf)).size === lines.length, 'each line once'),
    })
    .strict();
}

export const CorrectionRequest = linesOfOneImport(LineCorrection, (correction) => correction.line, 'at least one corrected line');
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;

/**
 * How a corrected line reads: as a statement line (`sample`, in the shape the preview shows its
 * first lines in) or still refused, with the reason.
 */
export const CorrectedLineVerdict = z.discriminatedUnion('reads', [
  z.object({ line: LineNumber, reads: z.literal(true), sample: z.record(z.string(), z.string()) }),
  z.object({ line: LineNumber, reads: z.literal(false), reason: z.string() }),
]);
export type CorrectedLineVerdict = z.infer<typeof CorrectedLineVerdict>;

/**
 * Another import of the same source whose periods a correction makes its import's periods meet,
 * where they did not before: a corrected line dated outside the import's periods widens them.
 */
export const WidenedOverlap = z.object({ importId: ImportId, fileName: z.string(), importedAt: z.string(), saleFrom: z.string(), saleTo: z.string() });
export type WidenedOverlap = z.infer<typeof WidenedOverlap>;

/** The overlaps a correction makes (or would make), and a sentence on the periods it widens, naming the overlaps and what to do; null when it widens none. */
const OverlapsMade = { overlaps: z.array(WidenedOverlap), widenedPeriodNotice: z.string().nullable() };

/** What checking corrections found, with the overlaps importing them would make; nothing was written. */
export const CorrectionCheck = z.object({ importId: ImportId, lines: z.array(CorrectedLineVerdict), ...OverlapsMade });
export type CorrectionCheck = z.infer<typeof CorrectionCheck>;

/**
 * What correcting did: the lines that read now joined the import under their own line numbers
 * (`corrected`), the others stay quarantined with the reason given for each; `message` says both.
 * Correcting is never refused for an overlap it makes: `overlaps` names it instead.
 */
export const CorrectionOutcome = z.object({
  importId: ImportId,
  corrected: z.number().int(),
  stillQuarantined: z.number().int(),
  lines: z.array(CorrectedLineVerdict),
  message: z.string(),
  ...OverlapsMade,
});
export type CorrectionOutcome = z.infer<typeof CorrectionOutcome>;

/** Quarantined lines of one import, by number: to set aside, or to bring back to wait for correction. */
export const QuarantinedLineChoice = linesOfOneImport(LineNumber, (line) => line, 'at least one line');
export type QuarantinedLineChoice = z.infer<typeof QuarantinedLineChoice>;

/** What setting aside or bringing back did: how many lines changed (one already so is left as it is), in a sentence. */
export const SetAsideChange = z.object({ importId: ImportId, changed: z.number().int(), message: z.string() });
export type SetAsideChange = z.infer<typeof SetAsideChange>;
