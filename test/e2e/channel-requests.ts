import type { Page } from 'playwright-core';

/** The requests the page makes on one channel from now on, counted as they are sent. */
export function channelRequests(page: Page, channel: string): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith(`/api/invoke/${channel}`)) sent.push(request.url());
  });
  return sent;
}
