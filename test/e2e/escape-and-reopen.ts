import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Escape on the open `dialog`, then at once Enter on the button the focus went back to, `rounds`
 * times: the dialog opens again each time, with the focus in it. A dialog the browser closed by
 * itself on Escape gave the focus back a task before its close event told the page, and an Enter
 * pressed between was lost often but not every time: one round alone would pass by luck.
 */
export async function escapeAndReopen(page: Page, dialog: Locator, rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    // A dialog whose reopening was lost is closed, though its element may stay in the page a while.
    const openWithFocus = () => dialog.evaluateAll((elements) => elements.some((element) => element.hasAttribute('open') && element.contains(element.ownerDocument.activeElement)));
    await expect.poll(openWithFocus, { timeout: 5_000 }).toBe(true);
  }
}
