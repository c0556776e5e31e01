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

/** What "Replace" would put this file in the place of: "the earlier import and april.tsv". */
export function overlapTargets(earlierImports: number, stagedAbove: string[]): string {
  const earlier = earlierImports === 0 ? [] : [earlierImports === 1 ? 'the earlier import' : `the ${earlierImports} earlier imports`];
  return listText([...earlier, ...stagedAbove]);
}
