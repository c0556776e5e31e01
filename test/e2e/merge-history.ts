import type { Page } from 'playwright-core';

/** "5 Mar 2026, 14:05": when a merge was made or undone, in the browser's local time. */
export const LOCAL_TIME = /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d$/;

/** "Undone on 5 Mar 2026, 14:05". */
export const UNDONE_ON = /^Undone on \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d$/;

/**
 * Each row of the page's Merge history, newest first: what into what, its kind, when, the lines
 * moved, and its Undo button's name or, in words, why it has none.
 */
export async function mergeHistoryRows(page: Page): Promise<string[][]> {
  return page
    .getByRole('table', { name: 'Merge history' })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('.merge-what')?.textContent ?? '',
        row.querySelector('.merge-kind')?.textContent ?? '',
        ...[...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim()),
      ]),
    );
}
