import { nameKey } from '../import/identifiers';
import { isSwap, oneSlipApart } from '../../shared/catalogue/edit-distance';

/**
 * At or above this, two names are offered as the same one: every word paired with a variant of
 * itself (spelling, plural, one letter in a long word), or one word more in a title of three or more
 * words. One word more in a shorter name ("Harbour Lights" / "Harbour Lights Forever", 0.80) or a
 * word of its own on each side ("Blue Monday" / "Blue Tuesday", 0.50) stays below it.
 */
export const SIMILAR_SCORE = 0.85;

/** How close two names are, 0 to 1, and what differs between them, in words. */
export interface NameSimilarity {
  score: number;
  /** "British/American spelling: Harbor/Harbour", "plural: Light/Lights"; empty when only case, accents or punctuation differ. */
  differences: string[];
}

interface Word {
  /** As printed, for reasons. */
  shown: string;
  /** As compared: accents and case set aside, "&" read as "and". */
  key: string;
  /** The key with British, American and sound-alike spellings made one. */
  spelled: string;
  isNumber: boolean;
}

/** What is known of a name from its key alone, before it is split into words. */
export interface NameOutline {
  /** Its numbers, sorted and joined: names whose numbers differ are never close. */
  numbers: string;
  /** Its words other than articles and "and", run together: equal for names that differ only by spacing. */
  joined: string;
}

/** A name split into words once, to be compared with many others. */
export interface PreparedName {
  words: Word[];
  /** The words other than articles and "and". */
  content: Word[];
  outline: NameOutline;
}

const FILLERS = new Set(['the', 'a', 'an', 'and']);
const NUMBER_WORDS = new Set(
  ('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen '
    + 'twenty thirty forty fifty sixty seventy eighty ninety hundred thousand first second third fourth fifth sixth seventh eighth ninth tenth').split(' '),
);
/** Roman numerals of two letters or more: "I" alone is far more often the word. */
const ROMAN = /^(?=[ivx]{2,}$)x{0,3}(ix|iv|v?i{0,3})$/;

/** Spellings that say the same word: the first rule that changes only one side names the difference. */
const SPELLINGS: { pattern: RegExp; to: string; kind: string }[] = [
  { pattern: /ight/g, to: 'ite', kind: 'sound-alike spelling' },
  { pattern: /([^aeiou])our/g, to: '$1or', kind: 'British/American spelling' },
  { pattern: /([bt])re(s?)$/, to: '$1er$2', kind: 'British/American spelling' },
  { pattern: /iz(e|es|ed|ing|ation)$/, to: 'is$1', kind: 'British/American spelling' },
  { pattern: /ogue(s?)$/, to: 'og$1', kind: 'British/American spelling' },
  { pattern: /ll(ed|ing|er)$/, to: 'l$1', kind: 'British/American spelling' },
];

function isNumber(key: string): boolean {
  return /\d/.test(key) || NUMBER_WORDS.has(key) || ROMAN.test(key);
}

/** Spelled forms of words met before: a catalogue says its words again and again, and each form takes six replacements. */
const spelledWords = new Map<string, string>();
/** Enough for a large catalogue's words; past it, the forms start over rather than grow without end. */
const SPELLED_WORDS_KEPT = 100_000;

function spelled(key: string): string {
  if (key.length < 4) return key;
  let form = spelledWords.get(key);
  if (form === undefined) {
    form = SPELLINGS.reduce((text, rule) => text.replace(rule.pattern, rule.to), key);
    if (spelledWords.size >= SPELLED_WORDS_KEPT) spelledWords.clear();
    spelledWords.set(key, form);
  }
  return form;
}

function word(shown: string, key: string): Word {
  return { shown, key, spelled: spelled(key), isNumber: isNumber(key) };
}

/** A name split into words as printed and as compared, "&" read as "and". */
export function prepareName(text: string): PreparedName {
  const words: Word[] = [];
  for (const [shown] of text.matchAll(/[\p{L}\p{M}\p{N}]+|&/gu)) {
    if (shown === '&') words.push(word(shown, 'and'));
    else for (const key of nameKey(shown).split(' ')) if (key !== '') words.push(word(shown, key));
  }
  return { words, content: words.filter((w) => !isFiller(w)), outline: outlineOf(words.map((w) => w.key).join(' ')) };
}

/** The outline of a name from its key (nameKey's words): cheaper than preparing it, and the same. */
export function outlineOf(key: string): NameOutline {
  const keys = key.split(' ').filter((k) => k !== '');
  const content = keys.filter((k) => !FILLERS.has(k));
  return {
    // Numbers name different songs ("Part 1", "Part 2"): they must agree exactly, whatever else does.
    numbers: keys.filter(isNumber).sort().join(' '),
    joined: content.join(''),
  };
}

function isFiller(w: Word): boolean {
  return FILLERS.has(w.key);
}

function joined(words: Word[]): string {
  return words.map((w) => w.key).join('');
}

/**
 * Keys under which a name is filed for searching many names: a name can reach SIMILAR_SCORE with
 * another only when one of its words relates to one of the other's (see `relate`) or both run
 * together alike, and related words always share a key here — the word, its spelled form, its
 * singular, and the word with any one letter left out (which two words one slip apart, a slip in
 * the first letter included, both give). Kept beside `relate` so the two change together.
 */
export function nearSpellings(key: string): string[] {
  const keys = key.split(' ').filter((k) => k !== '');
  const content = keys.filter((k) => !FILLERS.has(k));
  // A name of articles alone ("The The") is compared word for word.
  const words = content.length > 0 ? content : keys;
  const found = new Set<string>([`=${words.join('')}`]);
  for (const k of words) {
    found.add(k);
    found.add(spelled(k));
    if (k.endsWith('ies')) found.add(`${k.slice(0, -3)}y`);
    if (k.endsWith('es')) found.add(k.slice(0, -2));
    // A plural in "s" of a word of three letters or more, or one slip in a word of five or more.
    if (k.length >= 4) for (let i = 0; i < k.length; i++) found.add(k.slice(0, i) + k.slice(i + 1));
  }
  return [...found];
}

/** Which kind of spelling two words of one spelled form differ by: the first rule that changes only one of them. */
function spellingKind(a: string, b: string): string {
  for (const rule of SPELLINGS) {
    const nextA = a.replace(rule.pattern, rule.to);
    const nextB = b.replace(rule.pattern, rule.to);
    if ((nextA !== a) !== (nextB !== b)) return rule.kind;
    a = nextA;
    b = nextB;
  }
  return 'spelling';
}

function isPlural(one: string, many: string): boolean {
  if (one.length < 3) return false;
  return (many === `${one}s` && !one.endsWith('s')) || many === `${one}es` || (one.endsWith('y') && many === `${one.slice(0, -1)}ies`);
}

/** How far one word stands for another: 1 the same, less for a variant, null for a different word. */
function relate(a: Word, b: Word): { weight: number; note: string | null } | null {
  if (a.key === b.key) return { weight: 1, note: null };
  if (a.isNumber || b.isNumber) return null;
  const pair = `${a.shown}/${b.shown}`;
  if (a.spelled === b.spelled) return { weight: 0.95, note: `${spellingKind(a.key, b.key)}: ${pair}` };
  if (isPlural(a.key, b.key) || isPlural(b.key, a.key)) return { weight: 0.9, note: `plural: ${pair}` };
  // In a short word one letter makes another word (Love/Lover, Hold/Gold); in a long one it is a slip.
  if (Math.min(a.key.length, b.key.length) >= 5 && oneSlipApart(a.key, b.key)) {
    return { weight: 0.85, note: `${isSwap(a.key, b.key) ? 'two letters swapped' : 'differs by one letter'}: ${pair}` };
  }
  return null;
}

/** Pairs the words of two names, closest pairs first, each word used once. */
function pairWords(a: Word[], b: Word[]): { total: number; notes: string[]; pairedA: Set<number>; pairedB: Set<number> } {
  const pairs: { i: number; j: number; weight: number; note: string | null }[] = [];
  a.forEach((wa, i) => b.forEach((wb, j) => {
    const relation = relate(wa, wb);
    if (relation) pairs.push({ i, j, ...relation });
  }));
  pairs.sort((x, y) => y.weight - x.weight || Math.abs(x.i - x.j) - Math.abs(y.i - y.j));
  const pairedA = new Set<number>();
  const pairedB = new Set<number>();
  const found: typeof pairs = [];
  for (const pair of pairs) {
    if (pairedA.has(pair.i) || pairedB.has(pair.j)) continue;
    pairedA.add(pair.i);
    pairedB.add(pair.j);
    found.push(pair);
  }
  found.sort((x, y) => x.i - y.i);
  return { total: found.reduce((sum, pair) => sum + pair.weight, 0), notes: found.flatMap((pair) => (pair.note ? [pair.note] : [])), pairedA, pairedB };
}

/** Articles and "and" said by one name and not the other: each costs a little and is named. */
function fillerNotes(a: Word[], b: Word[]): { notes: string[]; extra: number } {
  const notes: string[] = [];
  let extra = 0;
  const left = [...b];
  for (const word of a) {
    const index = left.findIndex((other) => other.key === word.key);
    if (index >= 0) {
      if ((word.shown === '&') !== (left[index]!.shown === '&')) notes.push('“&” for “and”');
      left.splice(index, 1);
    } else {
      notes.push(`“${word.shown}” only in one`);
      extra++;
    }
  }
  for (const word of left) {
    notes.push(`“${word.shown}” only in one`);
    extra++;
  }
  return { notes, extra };
}

/**
 * How close two titles or two artist names are, by their words: spelling variants, plurals,
 * dropped articles, "&" for "and", one slipped letter in a long word. Names whose numbers differ
 * are never close ("Part 1" / "Part 2"); null then, and when no word pairs at all.
 */
export function nameSimilarity(a: string, b: string): NameSimilarity | null {
  return compareNames(prepareName(a), prepareName(b));
}

/** As nameSimilarity, for names prepared once and compared with many. */
export function compareNames(a: PreparedName, b: PreparedName): NameSimilarity | null {
  if (a.outline.numbers !== b.outline.numbers) return null;
  let [contentA, contentB, joinedA, joinedB] = [a.content, b.content, a.outline.joined, b.outline.joined];
  let fillers = fillerNotes(a.words.filter(isFiller), b.words.filter(isFiller));
  if (contentA.length === 0 || contentB.length === 0) {
    // A name of articles alone ("The The") is compared word for word.
    [contentA, contentB, fillers] = [a.words, b.words, { notes: [], extra: 0 }];
    [joinedA, joinedB] = [joined(contentA), joined(contentB)];
  }
  const penalty = 0.03 * fillers.extra;
  if (joinedA === joinedB) {
    const spaced = contentA.length !== contentB.length;
    return { score: (spaced ? 0.95 : 1) - penalty, differences: [...(spaced ? ['spacing or punctuation'] : []), ...fillers.notes] };
  }
  const paired = pairWords(contentA, contentB);
  if (paired.total === 0) return null;
  const unpaired = [...contentA.filter((_, i) => !paired.pairedA.has(i)), ...contentB.filter((_, j) => !paired.pairedB.has(j))];
  const score = (2 * paired.total) / (contentA.length + contentB.length) - penalty;
  return { score: Math.max(0, score), differences: [...paired.notes, ...unpaired.map((w) => `“${w.shown}” only in one`), ...fillers.notes] };
}
