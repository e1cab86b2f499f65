/**
 * The interactive HTML export's page: the charts of the view that was exported, linked as in the explorer (a click
 * filters every panel, the filter bar narrows them), with tooltips, keyboard access, notes, and the language and
 * theme switches — and no header actions that need the app (opening data, exporting, presenting).
 */
import { useEffect } from 'react';
import { ALL_CHARTS } from '../charts/index';
import { chartThemeFor, ChartThemeContext } from '../charts/shared/theme';
import { useResolvedTheme } from '../app/preferences';
import { useLocale } from '../i18n/useLocale';
import { ChartPanel } from '../panels/ChartPanel';
import { DisplaySettings } from '../panels/DisplaySettings';
import { FilterBar } from '../panels/FilterBar';
import { EmbedContext } from '../panels/sizing';
import { useAppStore } from '../state/store';

/** See the module comment. `exported` is when the file was made, shown under the title. */
export function Standalone({ exported, dataName }: { exported: string; dataName: string | undefined }) {
  const { t, fmt } = useLocale();
  const resolvedTheme = useResolvedTheme(useAppStore((s) => s.theme));
  useEffect(() => {
    document.documentElement.dataset.theme = resolvedTheme;
  }, [resolvedTheme]);
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <ChartThemeContext.Provider value={chartThemeFor(resolvedTheme)}>
      <EmbedContext.Provider value={true}>
        <header className="app-header">
          <div className="app-title">
            <h1>{t('app.title')}</h1>
            <div className="app-actions">
              <DisplaySettings />
            </div>
          </div>
          <p>
            {dataName ? t('standalone.ownData', { name: dataName }) : t('app.tagline')}{' '}
            {t('standalone.exported', { date: fmt.isoDate(exported.slice(0, 10)) })}
          </p>
        </header>
        <FilterBar />
        <main className="panels" id="charts" tabIndex={-1}>
          {ALL_CHARTS.map((spec) => (
            <ChartPanel key={spec.id} spec={spec} />
          ))}
        </main>
      </EmbedContext.Provider>
    </ChartThemeContext.Provider>
  );
}
