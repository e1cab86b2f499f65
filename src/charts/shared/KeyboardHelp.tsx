/**
 * What a chart says to keyboard users: the focused mark, announced politely, and the keys, shown under the chart
 * while it has focus (sighted keyboard users need them as much as screen-reader users, who hear them in the
 * chart's description).
 */

/** Props of {@link KeyboardHelp}. */
export interface KeyboardHelpProps {
  /** The focused mark's name and position, or '' for none. */
  announcement: string;
  /** The keys, in the reader's language. */
  hint: string;
}

/** A live region for the focused mark and the visible key hint; renders no visible box until the chart has focus. */
export function KeyboardHelp({ announcement, hint }: KeyboardHelpProps) {
  return (
    <>
      <p className="sr-only" aria-live="polite" data-mark-announcement>
        {announcement}
      </p>
      <p className="keyboard-hint" aria-hidden="true">
        {hint}
      </p>
    </>
  );
}
