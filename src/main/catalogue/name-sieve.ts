import { nearSpellings } from './name-similarity';

/**
 * Names filed under their near spellings (`nearSpellings`), for finding the few of many that may
 * be close to one name without comparing it with all of them: a typo anywhere in a word, its first
 * letter included, still shares a key with the word it stands for.
 */
export class NameSieve<T> {
  private readonly filed = new Map<string, T[]>();

  add(key: string, item: T): void {
    for (const spelling of nearSpellings(key)) {
      const list = this.filed.get(spelling);
      if (list) list.push(item);
      else this.filed.set(spelling, [item]);
    }
  }

  /** The items filed under any near spelling of the key: every one that may be close, each once. */
  near(key: string): Set<T> {
    const found = new Set<T>();
    for (const spelling of nearSpellings(key)) for (const item of this.filed.get(spelling) ?? []) found.add(item);
    return found;
  }
}
