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

/**
 * What "Replace" would put this file in the place of. One earlier import is "the earlier import"
 * (the list below names it); among several statements each is named, so "Keep all three" says
 * which three: "the earlier import feb.tsv and april.tsv".
 */
export function overlapTargets(earlierImports: string[], stagedAbove: string[]): string {
  if (earlierImports.length + stagedAbove.length === 1) return earlierImports.length === 1 ? 'the earlier import' : stagedAbove[0]!;
  const earlier = earlierImports.length === 0 ? [] : [`the earlier ${earlierImports.length === 1 ? 'import' : 'imports'} ${listText(earlierImports)}`];
  // "the earlier imports a.tsv and b.tsv, and c.tsv": the comma keeps c.tsv apart from the imports.
  if (earlierImports.length > 1 && stagedAbove.length > 0) return `${earlier[0]}, and ${listText(stagedAbove)}`;
  return listText([...earlier, ...stagedAbove]);
}

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The "keep" choice for the real number of statements: "Keep both", "Keep all three", "Keep all 12". */
export function keepAllLabel(earlierImports: string[], stagedAbove: string[]): string {
  const statements = earlierImports.length + stagedAbove.length + 1;
  return statements === 2 ? 'Keep both' : `Keep all ${COUNT_WORDS[statements] ?? statements}`;
}

/** Why one would keep them all, naming each when there are more than two. */
export function keepAllHint(earlierImports: string[], stagedAbove: string[]): string {
  if (earlierImports.length + stagedAbove.length === 1) return 'for a statement that adds to the earlier one';
  return `this file, ${overlapTargets(earlierImports, stagedAbove)}, for statements that add to one another`;
}
