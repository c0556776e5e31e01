import type { DsrFooterFacts } from './dsr-footer';

/** What a cross-file check needs to know of one file of a report. */
export interface DdexReportPart {
  fileName: string;
  messageId: string;
  part: { n: number; of: number } | null;
  footer: DsrFooterFacts;
}

/**
 * Checks the files of a multi-file report together (DSR Part 1, clause 6.3): one message id,
 * every file from 1 to y exactly once, no block in two files, and the last file's report-wide
 * FOOT counts equal to the sums over all files. Returns the problems, each with its numbers.
 */
export function checkDdexReport(parts: readonly DdexReportPart[]): string[] {
  const problems: string[] = [];
  const ids = new Set(parts.map((p) => p.messageId));
  if (ids.size > 1) problems.push(`the files belong to different messages: ${[...ids].map((id) => `"${id}"`).join(', ')}`);
  const of = new Set(parts.map((p) => p.part?.of ?? 1));
  if (of.size > 1) problems.push(`the files disagree on how many files the report has: ${[...of].join(', ')}`);
  const total = Math.max(...of);
  for (let n = 1; n <= total; n++) {
    const found = parts.filter((p) => (p.part?.n ?? 1) === n).length;
    if (found === 0) problems.push(`file ${n} of ${total} is missing`);
    if (found > 1) problems.push(`file ${n} of ${total} is given ${found} times`);
  }
  const blockFiles = new Map<string, string[]>();
  for (const p of parts) for (const id of p.footer.blockIds) blockFiles.set(id, [...(blockFiles.get(id) ?? []), p.fileName]);
  for (const [id, files] of blockFiles) if (files.length > 1) problems.push(`block ${id} appears in more than one file: ${files.join(', ')}`);

  const last = parts.find((p) => (p.part?.n ?? 1) === total);
  const lines = parts.reduce((sum, p) => sum + p.footer.lines, 0);
  const blocks = parts.reduce((sum, p) => sum + p.footer.blockIds.length, 0);
  const stated = last?.footer.stated ?? {};
  if (stated.NumberOfLinesInReport !== undefined && stated.NumberOfLinesInReport !== lines) {
    problems.push(`the last file's FOOT says NumberOfLinesInReport = ${stated.NumberOfLinesInReport}, but the files have ${lines} lines together`);
  }
  if (stated.NumberOfBlocksInReport !== undefined && stated.NumberOfBlocksInReport !== blocks) {
    problems.push(`the last file's FOOT says NumberOfBlocksInReport = ${stated.NumberOfBlocksInReport}, but the files have ${blocks} blocks together`);
  }
  return problems;
}
