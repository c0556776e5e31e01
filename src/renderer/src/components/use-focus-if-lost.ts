import { useLayoutEffect, type RefObject } from 'react';

/**
 * Gives the focus to `target` when `moment` changes and the focus is on nothing: the button that
 * led there went with what it was in (Import with the staged files, Cancel with the run), and a
 * keyboard user would otherwise start again at the top of the page. A focus elsewhere is left be.
 */
export function useFocusIfLost(target: RefObject<HTMLElement | null>, moment: unknown): void {
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) target.current?.focus();
  }, [target, moment]);
}
