/**
 * Keyboard navigation inside a chart, as pure functions: a key press and the focused mark give the next focused
 * mark. The chart is one tab stop; these decide where the arrow keys go once it has focus. Each chart supplies a
 * {@link MoveFocus}; lists of marks share {@link listMove}.
 */

/** A navigation key, named by what it asks for rather than by its key code. */
export type NavKey = 'up' | 'down' | 'left' | 'right' | 'first' | 'last';

/** Where the focus goes from `current` (a mark id, or null for the chart itself) on `key`; null means nowhere. */
export type MoveFocus = (current: string | null, key: NavKey) => string | null;

const KEYS: Readonly<Record<string, NavKey>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
};

/** The navigation key a `KeyboardEvent.key` stands for, or null for any other key. */
export function navKeyOf(key: string): NavKey | null {
  return KEYS[key] ?? null;
}

/**
 * Moves along marks in reading order: down and right go to the next, up and left to the previous, Home and End
 * to the ends. Stops at the ends rather than wrapping, so a screen-reader user hears where the chart ends. From
 * the chart itself (no mark focused) any arrow starts at the first mark, End at the last.
 */
export function listMove(ids: readonly string[], current: string | null, key: NavKey): string | null {
  if (ids.length === 0) return null;
  const last = ids.length - 1;
  if (key === 'first') return ids[0]!;
  if (key === 'last') return ids[last]!;
  const index = current === null ? -1 : ids.indexOf(current);
  if (index < 0) return ids[0]!;
  const step = key === 'down' || key === 'right' ? 1 : -1;
  return ids[Math.min(last, Math.max(0, index + step))]!;
}
