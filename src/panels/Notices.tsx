/**
 * Notices for the user, e.g. URL parameters that were dropped or corrected, with a dismiss button.
 */
import { useState } from 'react';
import { useLocale } from '../i18n/useLocale';
import { useAppStore } from '../state/store';

/** Notices listed before "…and N more". */
const SHOWN = 5;

/** The notice area; renders nothing without notices. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotices);
  const { t } = useLocale();
  const [all, setAll] = useState(false);
  if (!notices.length) return null;
  // A link with hundreds of junk parameters must not push the charts off the screen.
  const shown = all ? notices : notices.slice(0, SHOWN);
  return (
    <div className="notices" role="status">
      <ul>
        {shown.map((n) => (
          <li key={JSON.stringify(n)}>{t(n.key, n.values)}</li>
        ))}
        {shown.length < notices.length && (
          <li>
            {t('notices.more', { count: notices.length - shown.length })}{' '}
            <button type="button" className="link-button" onClick={() => setAll(true)}>
              {t('notices.showAll')}
            </button>
          </li>
        )}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
