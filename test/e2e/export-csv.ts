import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Export… on the page, the dialog's choices made by `choose`, Save; the file downloaded and its bytes. */
export async function exportCsv(page: Page, choose: (dialog: Locator) => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to CSV' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await choose(dialog);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save' }).click()]);
  const path = await download.path();
  await dialog.getByRole('status').filter({ hasText: 'Downloading' }).waitFor();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  return { download, bytes: readFileSync(path) };
}
