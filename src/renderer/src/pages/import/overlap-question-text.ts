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

/**
 * The Replace choice as the ticks under it stand: with some earlier imports unticked it says which
 * are replaced and which are kept, each by name; with all ticked, or none, it is the plain question.
 */
export function replaceLabel(earlier: readonly { importId: number; fileName: string }[], stagedAbove: string[], kept: readonly number[]): string {
  const replaced = earlier.filter((overlap) => !kept.includes(overlap.importId)).map((overlap) => overlap.fileName);
  const stays = earlier.filter((overlap) => kept.includes(overlap.importId)).map((overlap) => overlap.fileName);
  if (stays.length === 0 || replaced.length === 0) return `Replace ${overlapTargets(earlier.map((overlap) => overlap.fileName), stagedAbove)}`;
  // Named even when alone: beside the one kept, "the earlier import" would not say which.
  const targets = replaced.length === 1 && stagedAbove.length === 0 ? `the earlier import ${replaced[0]}` : overlapTargets(replaced, stagedAbove);
  return `Replace ${targets}, keep ${listText(stays)}`;
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

/** Why one would keep them all, naming each when there are more than two. */
export function keepAllHint(earlierImports: string[], stagedAbove: string[]): string {
  if (earlierImports.length + stagedAbove.length === 1) return 'for a statement that adds to the earlier one';
  return `this file, ${overlapTargets(earlierImports, stagedAbove)}, for statements that add to one another`;
}
