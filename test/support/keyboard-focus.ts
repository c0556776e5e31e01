import type { Locator, Page } from 'playwright-core';

/**
 * The focused element as a test reads it: what it is, its accessible name (taken as a screen reader
 * takes it: aria-labelledby, aria-label, a label, the text), whether a ring shows.
 */
export interface Focused {
  tag: string;
  name: string;
  inBody: boolean;
  ring: boolean;
}

export function focused(page: Page): Promise<Focused> {
  return page.locator('body').evaluate((body) => {
    const document = body.ownerDocument;
    const element = document.activeElement;
    const style = element ? document.defaultView!.getComputedStyle(element) : null;
    const outlined = style !== null && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const labelledBy = element?.getAttribute('aria-labelledby')?.split(' ').map((id: string) => document.getElementById(id)?.textContent ?? '').join(' ');
    const label = element && 'labels' in element ? (element.labels as { textContent: string | null }[] | null)?.[0]?.textContent : null;
    return {
      tag: element?.tagName ?? 'none',
      name: (labelledBy ?? element?.getAttribute('aria-label') ?? label ?? element?.textContent ?? '').trim().slice(0, 80),
      inBody: element === null || element === body,
      ring: outlined || (style !== null && style.boxShadow !== 'none'),
    };
  });
}

/** Whether `locator`'s element holds the focus. */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === element.ownerDocument.activeElement);
}

/** Whether the focus is inside `locator`'s element. */
export function focusWithin(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.contains(element.ownerDocument.activeElement));
}
