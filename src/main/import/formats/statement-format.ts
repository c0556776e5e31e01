import type { DateOrderEvidence } from '../../../shared/period/date-order-sniff';
import type { GaugeReading, SKIP_LINE, StatementLineDraft } from '../statement-line';
import type { StatedTotal } from '../stated-totals';
import type { StatementEncoding } from '../text-encoding';

export interface FormatMatch {
  variant: string;
  /** 0..1: the share of the format's fingerprint columns found in the header. */
  confidence: number;
  unknownColumns: string[];
}

/** What a format may know besides the header. */
export interface FormatContext {
  /** Rows above the header: Apple's key/value preamble, SoundCloud's account rows. */
  preamble: string[][];
  /** The file's own name (Spotify for Artists puts the window and track title only there). */
  fileName: string;
  /** The user opted in to keeping buyer names, e-mails and addresses (Bandcamp). */
  keepPersonalData: boolean;
  /** How the file orders numeric dates (see withDateOrder); unknown: month first, as US statements write. */
  dates?: DateOrderEvidence;
}

/**
 * Reads one row. Returns a statement line, gauge readings (audience figures that must never be
 * summed), or SKIP_LINE for rows that are not sales (totals, payouts). Throws LineRejection with
 * the column and the reason when the row cannot be read.
 */
export type LineMapper = (fields: string[]) => StatementLineDraft | GaugeReading[] | typeof SKIP_LINE;

/** A header column a layout requires: its name, or the spellings any one of which will do. */
export type FingerprintColumn = string | readonly string[];

/** The columns recognise requires, all of them; `variant` names the variant when a layout's variants differ in them. */
export interface LayoutFingerprint {
  variant?: string;
  columns: readonly FingerprintColumn[];
}

/** A distributor's statement layout: how to recognise its header and read its lines. */
export interface StatementFormat {
  id: string;
  name: string;
  /**
   * What recognise requires of a header, said as data: the preview counts the columns a
   * recognised header has, and a file no layout recognises is told which layout it comes closest
   * to and what it lacks. Absent where recognition is no plain column set (Spotify for Artists,
   * saved mappings).
   */
  fingerprints?: readonly LayoutFingerprint[];
  /**
   * The text encoding this layout's files come in, over the sniffer's guess. Only a saved column
   * mapping says so: its user saw the file decoded (a Shift_JIS body under an English header
   * cannot be told from Windows-1252 by the header alone).
   */
  encoding?: StatementEncoding;
  recognise(header: string[], context: FormatContext): FormatMatch | null;
  mapper(header: string[], match: FormatMatch, context: FormatContext): LineMapper;
  /**
   * For layouts whose files print their own totals: reads the figures of a totals or trailer
   * row, one the pipeline recognised by its first cell (`Total`, `Total_Amount`, `Gesamt`,
   * `合計`; see isTotalsLabel), so the import can be reconciled with the file's own figures.
   */
  statedTotals?(header: string[], match: FormatMatch, context: FormatContext): StatedTotalsReader;
  /**
   * A heading inside the statement (Bandcamp's "pending payments" above the pending sales): it
   * is skipped and counted, never read as a line or rejected as one cut short.
   */
  isSectionRow?(fields: string[]): boolean;
  /**
   * The layout's rows can open with a title (a song, a playlist) and its files print no totals
   * row: a row whose first cell reads "Total" is then a title like any other, never skipped.
   */
  titlesFirst?: true;
}

/**
 * The figures a totals row states (money with its currency, units, a row count); none when the
 * row states nothing the import can be checked against. Throws LineRejection when a figure it
 * prints cannot be read.
 */
export type StatedTotalsReader = (fields: string[]) => StatedTotal[];
