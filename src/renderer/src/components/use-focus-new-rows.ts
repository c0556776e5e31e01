import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * After a "Show more", the focus moves to the first row it brought, so a keyboard user goes on
 * from there and a screen reader reads the new rows: the last one takes its button away, which
 * would drop the focus to the top of the document. The row's header takes the focus (a
 * `<th scope="row" tabIndex={-1}>`): every row has one, where not every row has a button.
 * Returns what to call on "Show more" with the number of rows shown until then; the rows may
 * come later (read from the store) or at once.
 */
export function useFocusNewRows(table: RefObject<HTMLElement | null>): (shownBefore: number) => void {
  const firstNew = useRef<number | null>(null);

  useLayoutEffect(() => {
    const index = firstNew.current;
    if (index === null) return;
    const header = table.current?.querySelectorAll('tbody > tr')[index]?.querySelector<HTMLElement>('th[scope="row"]');
    if (!header) return;
    firstNew.current = null;
    header.focus();
  });

  return useCallback((shownBefore: number) => {
    firstNew.current = shownBefore;
  }, []);
}
