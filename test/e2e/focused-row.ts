import type { Page } from 'playwright-core';

/**
 * Where the keyboard focus is: "Import history row 26" (the caption of the table and the place of
 * the row in its body), or, outside any row, the tag of what holds it ("body").
 */
export function focusedRow(page: Page): Promise<string> {
  return page.locator('body').evaluate((body) => {
    const focused = body.ownerDocument.activeElement;
    const row = focused?.closest('tbody > tr');
    if (!focused || !row) return focused?.tagName.toLowerCase() ?? 'nothing';
    const caption = row.closest('table')?.querySelector('caption')?.textContent ?? 'A table';
    return `${caption} row ${[...(row.parentElement?.children ?? [])].indexOf(row) + 1}`;
  });
}
