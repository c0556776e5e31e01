const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/**
 * Dates and periods as file names print them: 2025-03, 2025_03_15, 202503, 03-2025, 2025Q1,
 * Q1-2025, H2 2024, March 2025, 2025: what changes from one statement of a layout to the next.
 */
const PERIOD = new RegExp(
  [
    String.raw`(?:19|20)\d{2}[-_. ]?(?:q[1-4]|h[12]|m?\d{1,2}(?:[-_. ]?\d{1,2})?)`,
    String.raw`(?:q[1-4]|h[12]|\d{1,2}(?:[-_. ]\d{1,2})?)[-_. ]?(?:19|20)\d{2}`,
    String.raw`(?:${MONTHS})[-_. ]?(?:19|20)?\d{2}`,
    String.raw`(?:19|20)\d{2}[-_. ]?(?:${MONTHS})`,
    String.raw`(?:19|20)\d{2}`,
  ].map((pattern) => String.raw`(?<![\p{L}\p{N}])(?:${pattern})(?![\p{L}\p{N}])`).join('|'),
  'giu',
);

/**
 * A first name for a saved mapping: the file's name without its extension and without the month
 * or period it covers ("coop-statement-2025-03.csv" → "coop-statement"), as a mapping reads every
 * statement of the layout, not the one file. A name that is nothing but a date is kept whole.
 */
export function layoutName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '');
  const stripped = stem
    .replace(PERIOD, ' ')
    .replace(/([-_. ])[-_. ]+/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/^[-_. ]+|[-_. ]+$/g, '');
  return (stripped === '' ? stem : stripped).slice(0, 80);
}
