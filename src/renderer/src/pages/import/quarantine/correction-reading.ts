import type { CorrectedLineVerdict, LineCorrection, QuarantinedLine } from '../../../../../shared/contract/quarantine';

/** What a corrected line reads as, in the words and order of the preview's first lines. */
const SHOWN = ['Sale period', 'Platform', 'Territory', 'Title', 'Quantity', 'Earned'] as const;

export function readingParts(sample: Record<string, string>): { label: string; value: string }[] {
  return SHOWN.map((label) => ({ label, value: sample[label] || '—' }));
}

/** A line's text as its field opens: the last correction tried on it, where the user left off, else the line as printed. */
export function startingText(line: QuarantinedLine): string {
  return line.tried?.text ?? line.raw;
}

/**
 * The corrections to send: the listed lines edited since the dialog opened them, each as it now
 * stands. A line left as it opened would be refused again for the same reason, and counted so.
 */
export function correctionsOf(lines: readonly QuarantinedLine[], edits: ReadonlyMap<number, string>): LineCorrection[] {
  return lines.flatMap((line) => {
    const text = edits.get(line.line);
    return text === undefined || text === startingText(line) ? [] : [{ line: line.line, text }];
  });
}

/** The verdicts by line, for each line's field to show its own. */
export function verdictsByLine(verdicts: readonly CorrectedLineVerdict[]): Map<number, CorrectedLineVerdict> {
  return new Map(verdicts.map((verdict) => [verdict.line, verdict]));
}
