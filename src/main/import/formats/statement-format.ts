import type { StatementLineDraft } from '../statement-line';
import type { SKIP_LINE } from '../statement-line';

export interface FormatMatch {
  variant: string;
  /** 0..1: the share of the format's fingerprint columns found in the header. */
  confidence: number;
  unknownColumns: string[];
}

export type LineMapper = (fields: string[]) => StatementLineDraft | typeof SKIP_LINE;

/** A distributor's statement layout: how to recognise its header and read its lines. */
export interface StatementFormat {
  id: string;
  name: string;
  recognise(header: string[]): FormatMatch | null;
  mapper(header: string[], match: FormatMatch): LineMapper;
}
