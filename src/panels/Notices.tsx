/**
 * Notices for the user, e.g. URL parameters that were dropped or corrected, with a dismiss button.
 */
import { useLocale } from '../i18n/useLocale';
import { useAppStore } from '../state/store';

/** The notice area; renders nothing without notices. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotices);
  const { t } = useLocale();
  if (!notices.length) return null;
  return (
    <div className="notices" role="status">
      <ul>
        {notices.map((n) => (
          <li key={JSON.stringify(n)}>{t(n.key, n.values)}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
