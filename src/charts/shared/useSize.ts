/**
 * The size of an element (its border box), from a ResizeObserver, so each chart lays out for the space it has.
 */
import { useLayoutEffect, useRef, useState } from 'react';

/** Width and height in CSS px. */
export interface Size {
  width: number;
  height: number;
}

/**
 * Returns a ref to attach to the measured element and its current size (0×0 until measured). With `track`
 * 'width' the height is left at 0 and changes of it cause no render: a chart laid out for its width alone must
 * not draw again because the text beside it (a credit line that names fewer sources) changed the panel's height.
 */
export function useSize<T extends HTMLElement>(
  track: 'both' | 'width' = 'both',
): [React.RefObject<T | null>, Size] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  // The size last set, checked before asking React: React skips a same-state update only for a component with no
  // render of its own in flight, and a panel has just rendered for the filter when its new text changes its height.
  const last = useRef(size);
  const heightToo = track === 'both';
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = (width: number, measuredHeight: number) => {
      const height = heightToo ? measuredHeight : 0;
      if (last.current.width === width && last.current.height === height) return;
      last.current = { width, height };
      setSize(last.current);
    };
    const rect = element.getBoundingClientRect();
    update(Math.round(rect.width), Math.round(rect.height));
    // Read sizes in the observer callback, and only set state when they changed, to avoid "ResizeObserver loop".
    // Border-box sizes, like getBoundingClientRect above, so padding never makes the two disagree.
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize?.[0];
      if (box) update(Math.round(box.inlineSize), Math.round(box.blockSize));
      else if (entry)
        update(
          Math.round(entry.target.getBoundingClientRect().width),
          Math.round(entry.target.getBoundingClientRect().height),
        );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [heightToo]);
  return [ref, size];
}
