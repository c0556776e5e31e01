import type { Page } from 'playwright-core';
import { displayedCents } from './exact-figures';
import { goTo } from './workstation-in-browser';

/** The Overview's all-time revenue, in cents as shown. */
export async function allTimeRevenueCents(page: Page): Promise<bigint> {
  await goTo(page, 'Overview', 'Overview');
  await page.getByRole('radio', { name: 'All time' }).check();
  await page.getByRole('region', { name: 'Revenue', exact: true }).getByText('no earlier period to compare').waitFor();
  return displayedCents((await page.getByTestId('kpi-revenue').textContent()) ?? '');
}
