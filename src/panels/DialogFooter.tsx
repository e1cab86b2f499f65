/**
 * The end of the app's small dialogs (Your slides, Embed): their actions, a Close button, and a status line that
 * says what an action did ("Link copied."). Also the clipboard write they share.
 */
import type { ReactNode, RefObject } from 'react';
import type { Translate } from '../charts/shared/format';

/** Writes `text` to the clipboard; the message to show: `done`, or how to copy by hand when it is refused. */
export async function copyWithMessage(text: string, done: string, t: Translate): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return done;
  } catch {
    return t('deck.copyRefused');
  }
}

/** The actions (`children`), then Close for `dialog`, then the status line with `message`. */
export function DialogFooter({
  dialog,
  message,
  t,
  children,
}: {
  dialog: RefObject<HTMLDialogElement | null>;
  message: string;
  t: Translate;
  children: ReactNode;
}) {
  return (
    <>
      <div className="deck-actions">
        {children}
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('deck.close')}
        </button>
      </div>
      <p role="status" className="deck-status">
        {message}
      </p>
    </>
  );
}
