/**
 * A modal dialog whose content loads on demand, open from the moment it is asked for: the `<dialog>` and its
 * heading are part of the first script and open in the same commit as the click (a layout effect, before any
 * further key press is handled), while the content's code loads behind a "Loading…" line. So a key pressed right
 * after the click goes to the dialog, never to the page (P would otherwise start presenting).
 */
import {
  createContext,
  Suspense,
  useContext,
  useId,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';
import { useLocale } from '../i18n/useLocale';

/** The open dialog, for the content that closes it. */
const DialogContext = createContext<RefObject<HTMLDialogElement | null>>({ current: null });

/** The `<dialog>` the content is in (its `close()` ends the dialog, calling the shell's `onClose`). */
export function useDialog(): RefObject<HTMLDialogElement | null> {
  return useContext(DialogContext);
}

/** Props of {@link LazyDialog}. */
export interface LazyDialogProps {
  className: string;
  /** The heading, also the dialog's accessible name. */
  title: string;
  /** Called when the dialog closes (Escape, a Close button): the owner unmounts it. */
  onClose: () => void;
  children: ReactNode;
}

/** See the module comment. Mounted when the dialog is asked for, unmounted by `onClose`. */
export function LazyDialog({ className, title, onClose, children }: LazyDialogProps) {
  const { t } = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useLayoutEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className={className} aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{title}</h2>
      <DialogContext.Provider value={dialog}>
        <Suspense fallback={<p role="status">{t('panel.loadingPart')}</p>}>{children}</Suspense>
      </DialogContext.Provider>
    </dialog>
  );
}
