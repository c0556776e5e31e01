import { useLayoutEffect, useState, type RefObject } from 'react';

/** An element's height as laid out, followed as it changes: a sentence comes or goes, a line wraps. */
export function useMeasuredHeight(ref: RefObject<HTMLElement | null>): number | null {
  const [height, setHeight] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
