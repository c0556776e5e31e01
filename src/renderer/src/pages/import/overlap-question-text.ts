/** "a.csv", "a.csv and b.csv", "a.csv, b.csv and c.csv". */
function listText(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The question's title: what else covers the file's period. Earlier imports are counted (the list
 * below names them with their dates); files picked with it are named, since nothing else on the
 * page says which card they are.
 */
export function overlapLegend(earlierImports: number, stagedAbove: string[]): string {
  const parts: string[] = [];
  if (earlierImports > 0) parts.push(earlierImports === 1 ? 'an earlier import' : `${earlierImports} earlier imports`);
  if (stagedAbove.length > 0) parts.push(`${listText(stagedAbove)}, which ${stagedAbove.length === 1 ? 'is' : 'are'} imported first`);
  return `Same period as ${parts.join(' and ')}`;
}

/** Under Replace, an earlier import left unticked: it stays beside this file, so the period both cover counts twice. */
export function keptBesideText(fileName: string, period: string | null): string {
  return `${fileName} stays: ${period ?? 'the period both cover'} is then counted in both.`;
}

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The "keep" choice for the real number of statements: "Keep both", "Keep all three", "Keep all 12". */
export function keepAllLabel(earlierImports: string[], stagedAbove: string[]): string {
  const statements = earlierImports.length + stagedAbove.length + 1;
  return statements === 2 ? 'Keep both' : `Keep all ${COUNT_WORDS[statements] ?? statements}`;
}
