import type { StagedStanding } from './staged-standing';

/**
 * The staged files counted in one line, every file in some part of it: "169 files, 156 ready to
 * import, 3 waiting for an answer, 6 picked twice, 4 rejected". The waiting part is apart, as the
 * panel makes it a way to the first file waiting.
 */
export interface StagedSummary {
  /** "169 files, 156 ready to import". */
  lead: string;
  /** "3 waiting for an answer", or null when none waits. */
  waiting: string | null;
  /** The other counts, each after a comma: ", 6 picked twice, 4 rejected". */
  rest: string;
}

interface SummaryCounts {
  total: number;
  standing: Record<StagedStanding, number>;
  /** Of the files standing refused, those whose upload or check failed, so the rest were rejected by their check. */
  notChecked: number;
  /** Files sent that hold a statement a file above holds too. */
  holdingTwice: number;
}

export function stagedSummary({ total, standing, notChecked, holdingTwice }: SummaryCounts): StagedSummary {
  const others: [number, string][] = [
    [standing.twice, 'picked twice'],
    [standing.replaced, 'replaced by a file below'],
    [holdingTwice, 'holding a statement picked twice'],
    [standing.imported, 'already imported'],
    [standing.refused - notChecked, 'rejected'],
    [notChecked, 'not checked'],
    [standing.strict, 'to be refused in strict mode'],
    [standing.working, 'still being checked'],
  ];
  return {
    lead: `${total === 1 ? '1 file' : `${total} files`}, ${standing.ready} ready to import`,
    waiting: standing.answer > 0 ? `${standing.answer} waiting for an answer` : null,
    rest: others
      .filter(([count]) => count > 0)
      .map(([count, said]) => `, ${count} ${said}`)
      .join(''),
  };
}
