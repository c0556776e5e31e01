import type { DsrRecord } from './dsr-record';

/** The counts FOOT states and the counts the reader found, for one file. */
export interface DsrFooterFacts {
  /** Lines in the file, as FOOT counts them: HEAD, FOOT, `#` lines and empty records included. */
  lines: number;
  summaryRecords: number;
  /** Block ids in the order the file first has them. */
  blockIds: string[];
  /** What FOOT says, by cell name; a count FOOT leaves empty is absent. */
  stated: Partial<Record<FootCount, number>>;
  footLine: number | null;
}

/** The counts a FOOT record may state, in the order the standard lists them. */
export const FOOT_COUNTS = [
  'NumberOfLinesInFile', 'NumberOfLinesInReport', 'NumberOfSummaryRecords', 'NumberOfBlocksInFile', 'NumberOfBlocksInReport',
] as const;
export type FootCount = (typeof FOOT_COUNTS)[number];

/** One count FOOT states, next to what the reader counted. */
export interface FootComparison {
  count: FootCount;
  stated: number;
  found: number;
  /** What was counted, for a message: `lines`, `summary records`, `blocks (the report is this one file)`. */
  what: string;
}

/**
 * Counts what FOOT will be checked against, line by line. Blank lines at the very end are not
 * counted: an editor's trailing newline is not an "empty record" the sender meant to send.
 */
export class DsrFooterTally {
  private lines = 0;
  private blankRun = 0;
  private summaryRecords = 0;
  private readonly blockIds: string[] = [];
  private readonly blockSet = new Set<string>();
  private lastBlock: string | null = null;
  private foot: DsrRecord | null = null;
  private readonly problems: string[] = [];

  line(blank: boolean): void {
    if (blank) {
      this.blankRun++;
      return;
    }
    this.lines += this.blankRun + 1;
    this.blankRun = 0;
  }

  summary(): void {
    this.summaryRecords++;
  }

  block(id: string, line: number): void {
    if (id === this.lastBlock) return;
    if (this.blockSet.has(id)) this.problems.push(`block ${id} is split: it appears again at line ${line} after other blocks`);
    else {
      this.blockSet.add(id);
      this.blockIds.push(id);
    }
    this.lastBlock = id;
  }

  footer(record: DsrRecord): void {
    if (this.foot) this.problems.push(`a second ${record.type} record at line ${record.line}`);
    else this.foot = record;
  }

  afterFooter(record: DsrRecord): void {
    this.problems.push(`${record.type} record at line ${record.line} comes after the ${this.foot?.type ?? 'FOOT'} record`);
  }

  facts(): DsrFooterFacts {
    const stated: DsrFooterFacts['stated'] = {};
    for (const name of FOOT_COUNTS) {
      const text = this.foot?.text(name) ?? '';
      if (/^\d+$/.test(text)) stated[name] = Number(text);
    }
    return { lines: this.lines, summaryRecords: this.summaryRecords, blockIds: [...this.blockIds], stated, footLine: this.foot?.line ?? null };
  }

  /** FOOT's counts that disagree with the file, each with both numbers. */
  check(part: { n: number; of: number } | null): string[] {
    if (!this.foot) return [...this.problems, 'the file has no FOOT record (is it cut short?)'];
    const problems = [...this.problems];
    for (const name of FOOT_COUNTS) {
      const text = this.foot.text(name);
      if (text !== '' && !/^\d+$/.test(text)) problems.push(`FOOT ${name} "${text}" is not a whole number`);
    }
    for (const c of this.comparisons(part)) {
      if (c.stated !== c.found) problems.push(`FOOT says ${c.count} = ${c.stated}, but the file has ${c.found} ${c.what}`);
    }
    return problems;
  }

  /** Every count FOOT states that this file alone can be checked against, with what was counted. */
  comparisons(part: { n: number; of: number } | null): FootComparison[] {
    const facts = this.facts();
    const out: FootComparison[] = [];
    const compare = (count: FootCount, found: number, what: string): void => {
      const stated = facts.stated[count];
      if (stated !== undefined) out.push({ count, stated, found, what });
    };
    compare('NumberOfLinesInFile', facts.lines, 'lines');
    compare('NumberOfSummaryRecords', facts.summaryRecords, 'summary records');
    compare('NumberOfBlocksInFile', facts.blockIds.length, 'blocks');
    // The report-wide counts can be checked here only when this file is the whole report.
    if (part === null) {
      compare('NumberOfLinesInReport', facts.lines, 'lines (the report is this one file)');
      compare('NumberOfBlocksInReport', facts.blockIds.length, 'blocks (the report is this one file)');
    }
    return out;
  }
}
