/**
 * Language and theme switches, shared by the explorer's header and the interactive HTML export; the choices are
 * kept in the URL and local storage (in the explorer).
 */
import { LANGS, type Lang } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';
import { useAppStore, type ThemeChoice } from '../state/store';

/** Language and theme switches; the choices are kept in the URL and local storage. */
export function DisplaySettings() {
  const { t } = useLocale();
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const setLang = useAppStore((s) => s.setLang);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <div className="display-settings" role="group" aria-label={t('app.settings')}>
      <label>
        {t('app.language')}
        <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`langName.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('app.theme')}
        <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
          <option value="light">{t('app.themeLight')}</option>
          <option value="dark">{t('app.themeDark')}</option>
          <option value="system">{t('app.themeSystem')}</option>
        </select>
      </label>
    </div>
  );
}
