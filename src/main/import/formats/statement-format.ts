import type { GaugeReading, SKIP_LINE, StatementLineDraft } from '../statement-line';

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
}

/**
 * Reads one row. Returns a statement line, gauge readings (audience figures that must never be
 * summed), or SKIP_LINE for rows that are not sales (totals, payouts). Throws LineRejection with
 * the column and the reason when the row cannot be read.
 */
export type LineMapper = (fields: string[]) => StatementLineDraft | GaugeReading[] | typeof SKIP_LINE;

/** A distributor's statement layout: how to recognise its header and read its lines. */
export interface StatementFormat {
  id: string;
  name: string;
  recognise(header: string[], context: FormatContext): FormatMatch | null;
  mapper(header: string[], match: FormatMatch, context: FormatContext): LineMapper;
}
