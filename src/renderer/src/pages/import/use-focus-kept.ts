import { useLayoutEffect, useRef, type FocusEvent, type RefObject } from 'react';

/** Marks a card for the focus to land on; the panel's fallback when no card is left is marked `data-focus-fallback`. */
export const CARD_KEY = 'data-staged-key';

interface FocusWatch {
  onFocus(event: FocusEvent): void;
  onBlur(event: FocusEvent): void;
}

/**
 * When what had the focus in the panel is gone (a card removed, a button that did its work and
 * went), the focus moves to the card now in that place, or the card it was in, or the panel's
 * heading when no card is left: never back to the start of the page. Returns the panel's focus
 * handlers, which note where the focus is, and forget it when the user takes the focus elsewhere.
 */
export function useFocusKept(panel: RefObject<HTMLElement | null>, cardKeys: readonly string[]): FocusWatch {
  const last = useRef<{ element: Element; index: number } | null>(null);

  useLayoutEffect(() => {
    const was = last.current;
    const active = document.activeElement;
    if (!was || was.element.isConnected || (active !== null && active !== document.body)) return;
    last.current = null;
    const cards = panel.current?.querySelectorAll<HTMLElement>(`[${CARD_KEY}]`) ?? [];
    const target = was.index >= 0 && cards.length > 0 ? cards[Math.min(was.index, cards.length - 1)] : panel.current?.querySelector<HTMLElement>('[data-focus-fallback]');
    target?.focus();
  });

  return {
    onFocus(event) {
      const key = event.target.closest(`[${CARD_KEY}]`)?.getAttribute(CARD_KEY);
      last.current = { element: event.target, index: key ? cardKeys.indexOf(key) : -1 };
    },
    onBlur(event) {
      // The user took the focus out of the panel, or to the page's background. An element leaving the page is held on to.
      const to = event.relatedTarget;
      if (event.target.isConnected && (to === null || !panel.current?.contains(to))) last.current = null;
    },
  };
}
