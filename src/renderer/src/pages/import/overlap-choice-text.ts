/**
 * The words beside the overlap question's short choices ("Skip this file", "Replace", "Keep
 * both"). The question lists the earlier imports once, so the hints count them instead of naming
 * each again; the files above are named while there are one or two, as no list names them.
 */

/** Files above named one by one; more are counted. */
const ABOVE_NAMED = 2;

/** "a", "a and b", "a, b and c". */
function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function earlierText(count: number): string[] {
  if (count === 0) return [];
  return [count === 1 ? 'the earlier import' : `the ${count} earlier imports`];
}

function aboveText(stagedAbove: readonly string[]): string[] {
  return stagedAbove.length <= ABOVE_NAMED ? [...stagedAbove] : [`the ${stagedAbove.length} files above it`];
}

/** What else covers the period: "the earlier import and march.tsv", "the 11 earlier imports". */
export function othersText(earlier: number, stagedAbove: readonly string[]): string {
  return listText([...earlierText(earlier), ...aboveText(stagedAbove)]);
}

export function skipHint(earlier: number, stagedAbove: readonly string[]): string {
  return `keep ${othersText(earlier, stagedAbove)} instead`;
}

/**
 * Replace as the ticks under it stand: with some earlier imports unticked it counts those it
 * replaces, which the ticks below name. With none unticked, or all (the card then asks for a tick),
 * it is the plain question.
 */
export function replaceHint(earlier: readonly { importId: number }[], stagedAbove: readonly string[], kept: readonly number[]): string {
  const replaced = earlier.filter((overlap) => !kept.includes(overlap.importId)).length;
  if (replaced === 0 || replaced === earlier.length) return `for a corrected statement, in place of ${othersText(earlier.length, stagedAbove)}`;
  const ticked = `${replaced} of the ${earlier.length} earlier imports (those ticked below)`;
  return `for a corrected statement, in place of ${listText([ticked, ...aboveText(stagedAbove)])}`;
}

export function keepHint(earlier: number, stagedAbove: readonly string[]): string {
  if (earlier + stagedAbove.length === 1) return 'for a statement that adds to the earlier one';
  return `${listText(['this file', ...earlierText(earlier), ...aboveText(stagedAbove)])}, for statements that add to one another`;
}
