/**
 * The keyboard half of a chart: the chart's `<svg>` is one tab stop, and this hook keeps which mark inside it
 * has the keyboard's attention. Focus stays on the `<svg>` (its role is `img`, whose children assistive
 * technology treats as one picture); the focused mark is drawn with a ring, shows its tooltip, and is
 * announced through a polite live region, so screen-reader users hear each mark as they move.
 */
import { useCallback, useState, type KeyboardEvent } from 'react';
import { navKeyOf, type MoveFocus } from './keyboard';

/** What a chart tells {@link useMarkFocus}. */
export interface MarkFocusOptions {
  /** Every focusable mark, in reading order (used to say "3 of 14" and to drop a mark that is gone). */
  ids: readonly string[];
  move: MoveFocus;
  /** What to announce for a mark: its accessible name. */
  describe: (id: string) => string;
  /** "3 of 14": the position of a mark, in the reader's language. */
  position: (index: number, count: number) => string;
  /** Enter or Space on a mark (the charts toggle its company in the filter). */
  onActivate?: (id: string) => void;
  /** Called whenever the focused mark changes, null when none is (the charts pass its company to the store). */
  onFocusMark?: (id: string | null) => void;
  /** Keys a chart handles itself (date keys, say); return true when the key was used. */
  onOtherKey?: (event: KeyboardEvent<SVGSVGElement>, focused: string | null) => boolean;
}

/** The focused mark, what to announce, and the props that make the chart's `<svg>` a keyboard stop. */
export interface MarkFocus {
  focused: string | null;
  announcement: string;
  /** Drops the keyboard's mark (a pointer hover takes over). */
  clear: () => void;
  svgProps: {
    tabIndex: 0;
    onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
    onBlur: () => void;
  };
}

/** See {@link MarkFocus}. A mark that disappears (the filter changed) stops being focused. */
export function useMarkFocus({
  ids,
  move,
  describe,
  position,
  onActivate,
  onFocusMark,
  onOtherKey,
}: MarkFocusOptions): MarkFocus {
  const [chosen, setChosen] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focused = chosen !== null && ids.includes(chosen) ? chosen : null;
  const focus = useCallback(
    (id: string | null) => {
      setChosen(id);
      onFocusMark?.(id);
    },
    [onFocusMark],
  );
  const clear = useCallback(() => {
    setChosen(null);
    setAnnouncement('');
  }, []);
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = navKeyOf(event.key);
    if (key) {
      event.preventDefault();
      const next = move(focused, key);
      if (next === null) return;
      focus(next);
      setAnnouncement(`${describe(next)}. ${position(ids.indexOf(next) + 1, ids.length)}`);
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && focused !== null) {
      event.preventDefault();
      onActivate?.(focused);
      return;
    }
    if (event.key === 'Escape' && focused !== null) {
      // Back to the chart as a whole; only a second Escape reaches the page (leaving a presentation).
      event.preventDefault();
      event.stopPropagation();
      focus(null);
      setAnnouncement('');
      return;
    }
    if (onOtherKey?.(event, focused)) event.preventDefault();
  };
  const onBlur = () => {
    if (chosen !== null) focus(null);
    setAnnouncement('');
  };
  return { focused, announcement, clear, svgProps: { tabIndex: 0, onKeyDown, onBlur } };
}
