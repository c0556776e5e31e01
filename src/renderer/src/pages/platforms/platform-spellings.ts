import type { PlatformAliasChange } from '../../../../shared/contract/platform-aliases';

/** Said wherever a spelling changes: nobody should expect their history to move with it. */
export const ONLY_LATER_STATEMENTS = 'Lines already imported keep their platform.';

export function spellingAddedText(change: PlatformAliasChange): string {
  return `Statements imported from now on that print “${change.alias}” count as ${change.platform}. ${ONLY_LATER_STATEMENTS}`;
}

export function spellingRemovedText(change: PlatformAliasChange): string {
  return `“${change.alias}” no longer leads to ${change.platform}: a statement imported from now on that prints it shows up as a platform of its own. ${ONLY_LATER_STATEMENTS}`;
}

export function removeSpellingLabel(alias: string, platform: string): string {
  return `Remove the spelling “${alias}” of ${platform}`;
}

/**
 * Which of a row's remaining remove buttons takes the focus once the spelling at `index` is gone:
 * the one that took its place, else the new last one; null when none is left.
 */
export function nextSpellingIndex(index: number, remaining: number): number | null {
  return remaining === 0 ? null : Math.min(index, remaining - 1);
}
