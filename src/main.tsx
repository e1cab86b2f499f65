/**
 * Entry point: reads the URL into the store before the first render (so a shared link never flashes the
 * unfiltered view), starts the URL sync, listens for the present key, looks for the reader's stored data in the
 * background, starts loading the charts' code, and mounts the app with its query client at once — nothing here
 * waits.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppBoundary } from './app/AppBoundary';
import { useAppStore } from './state/store';
import { applyUrlToStore, startUrlSync } from './state/urlSync';
import { takeParam } from './state/url';
import { startPreferenceSync, storedPreferences } from './app/preferences';
import { restoreOwnData, startDeck, startPresentKey, startReadySignal } from './app/startup';
import { loadChartCode } from './panels/ChartPanel';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-tc/400.css';
import '@fontsource/noto-sans-tc/700.css';
import './app/styles.css';

// The presenter window (?presenter=1) is its own page: it does not read or write the explorer's URL state.
const params = new URLSearchParams(window.location.search);
const stepParam = params.get('step') ?? '';
const presenterStep =
  params.get('presenter') === '1'
    ? Math.max(0, (/^\d{1,3}$/.test(stepParam) ? Number(stepParam) : 1) - 1)
    : null;
// The chrome-less view for embedding (?embed=<chart>|all): no URL sync (its clicks must not fill the host page's
// history), no stored dataset (an embed shows the article's data), no present key.
const embedded = takeParam(window.location.search, 'embed');
const embed = presenterStep === null ? embedded.value : null;
// Stored preferences first; a link's ?lang= or ?theme= then takes precedence (the presenter window reads its own).
useAppStore.setState(storedPreferences());
if (presenterStep !== null) {
  const lang = params.get('lang');
  if (lang === 'zh-Hant' || lang === 'en') useAppStore.setState({ lang });
}
// The reader's own dataset, if they opened one: data requests wait for it (IndexedDB answers in a few ms; a
// storage that hangs is given up on), the first render does not.
if (embed !== null) {
  useAppStore.getState().restoreDataset(null, false);
  applyUrlToStore(useAppStore, embedded.rest);
  startReadySignal(useAppStore);
} else void restoreOwnData(useAppStore);
if (presenterStep === null && embed === null) {
  // The reader's deck: from the link's ?deck= (which the URL reader leaves alone) or as they left it.
  applyUrlToStore(useAppStore, startDeck(useAppStore, window.location.search));
  startUrlSync(useAppStore);
  // Keys pressed as soon as the page shows are heard: the listener does not wait for React.
  startPresentKey(useAppStore);
  startReadySignal(useAppStore);
}
startPreferenceSync(useAppStore);
// The code that draws charts is not needed before the data is in: it loads now, beside the data the first render
// asks for, instead of in front of the first paint. (A failure is shown, with Retry, in the panels.)
loadChartCode().catch(() => undefined);

// The presenter window is its own page, loaded only there.
const PresenterView = lazy(() =>
  import('./present/PresenterView').then((m) => ({ default: m.PresenterView })),
);
const Embed = lazy(() => import('./embed/Embed').then((m) => ({ default: m.Embed })));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { refetchOnWindowFocus: false, retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000) },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AppBoundary>
        {embed !== null ? (
          <Suspense>
            <Embed embed={embed} />
          </Suspense>
        ) : presenterStep === null ? (
          <App />
        ) : (
          <Suspense>
            <PresenterView initialStep={presenterStep} />
          </Suspense>
        )}
      </AppBoundary>
    </QueryClientProvider>
  </StrictMode>,
);
