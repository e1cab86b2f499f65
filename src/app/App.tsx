/**
 * The page: header, filter bar, notices and the three linked panels. Panels never talk to each other; they share
 * the store.
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { enterFullscreen } from '../present/fullscreen';
import { dataFileQuery } from '../data/queries';
import { ALL_CHART_METAS } from '../charts/metas';
import { ChartPanel } from '../panels/ChartPanel';
import { ExportAllButton } from '../panels/ExportAllButton';
import { FilterBar } from '../panels/FilterBar';
import { DataSourceBanner, OpenDataButton } from '../panels/OpenData';
import { Notices } from '../panels/Notices';
import { DisplaySettings } from '../panels/DisplaySettings';
import { LazyDialog } from '../panels/LazyDialog';
import { useAppStore } from '../state/store';
import { chartThemeFor, ChartThemeContext } from '../charts/shared/theme';
import { useLocale } from '../i18n/useLocale';
import { useResolvedTheme } from './preferences';
import { dropDatesOutsideData, dropUnknownCompanies } from '../state/urlSync';
import { monthSpan } from '../model/dates';

// The deck loads when someone presents, and the deck editor when someone makes slides: most visits never do.
const Presentation = lazy(() => import('../present/Presentation').then((m) => ({ default: m.Presentation })));
const DeckEditor = lazy(() => import('../present/DeckEditor').then((m) => ({ default: m.DeckEditor })));

/** The whole app. */
export function App() {
  const { t } = useLocale();
  const resolvedTheme = useResolvedTheme(useAppStore((s) => s.theme));
  useEffect(() => {
    document.documentElement.dataset.theme = resolvedTheme;
  }, [resolvedTheme]);
  const orgs = useQuery(dataFileQuery('organizations')).data;
  const moves = useQuery(dataFileQuery('moves')).data;
  const figures = useQuery(dataFileQuery('figures')).data;
  const events = useQuery(dataFileQuery('events')).data;
  const presenting = useAppStore((s) => s.presenting);
  const editingDeck = useAppStore((s) => s.deckEditor !== undefined);
  const closeDeckEditor = useAppStore((s) => s.closeDeckEditor);
  const startPresenting = useAppStore((s) => s.startPresenting);
  const present = () => {
    startPresenting(0);
    // Requested inside the click or key press, as browsers require; refused or missing means a full-window deck.
    void enterFullscreen();
  };
  useEffect(() => {
    if (orgs) dropUnknownCompanies(useAppStore, new Set(orgs.map((o) => o.id)));
  }, [orgs]);
  useEffect(() => {
    if (!moves || !figures || !events) return;
    const span = monthSpan([...moves, ...figures, ...events].map((r) => r.when));
    if (span) dropDatesOutsideData(useAppStore, span.first, span.last);
  }, [moves, figures, events]);
  return (
    <ChartThemeContext.Provider value={chartThemeFor(resolvedTheme)}>
      {/* While presenting, the explorer behind the deck is inert: no focus, no clicks, hidden from screen readers. */}
      <div className="explorer" inert={presenting}>
        {/* The first Tab stop: past the header and the filters, straight to the charts. */}
        <a className="skip-link" href="#charts">
          {t('app.skipToCharts')}
        </a>
        <header className="app-header">
          <div className="app-title">
            <h1>{t('app.title')}</h1>
            <div className="app-actions">
              <button type="button" onClick={present} title={t('app.presentHint')}>
                {t('app.present')}
              </button>
              <OpenDataButton />
              <ExportAllButton />
              <DisplaySettings />
            </div>
          </div>
          <p>{t('app.tagline')}</p>
        </header>
        <DataSourceBanner />
        <FilterBar />
        {!presenting && <Notices />}
        {!presenting && (
          <main className="panels" id="charts" tabIndex={-1}>
            {ALL_CHART_METAS.map((meta) => (
              <ChartPanel key={meta.id} spec={meta} />
            ))}
          </main>
        )}
      </div>
      {presenting && (
        <Suspense fallback={<p className="deck-loading">{t('present.loading')}</p>}>
          <Presentation />
        </Suspense>
      )}
      {editingDeck && !presenting && (
        <LazyDialog className="deck-editor" title={t('deck.title')} onClose={closeDeckEditor}>
          <DeckEditor />
        </LazyDialog>
      )}
    </ChartThemeContext.Provider>
  );
}
