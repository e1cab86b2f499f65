/**
 * Entry of the interactive HTML export (`export/html.ts` writes the file): reads the data, view, language and
 * theme the page carries in `<script type="application/json" id="ai-talent-flows-data">`, and mounts the linked
 * charts. Nothing is fetched: the data is provided to the queries, the fonts and styles are in the page.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppBoundary } from '../app/AppBoundary';
import { startReadySignal } from '../app/startup';
import type { OwnDataset } from '../data/ownData';
import { provideData } from '../data/queries';
import type { DataFiles } from '../data/schema';
import type { Lang } from '../i18n/locale';
import { useAppStore, type ThemeChoice } from '../state/store';
import { applyUrlToStore } from '../state/urlSync';
import '../app/styles.css';
import { Standalone } from './Standalone';

/** What the exported page carries (see `export/html.ts`). */
export interface StandalonePayload {
  /** The data files, as the app had them (validated). */
  files: Partial<DataFiles>;
  /** A dataset of the reader's own, without its files (those are `files`); absent for the article's data. */
  own?: Omit<OwnDataset, 'files'>;
  /** The view, as the explorer's query string. */
  search: string;
  lang: Lang;
  theme: ThemeChoice;
  /** When the file was made, ISO 8601. */
  exported: string;
}

const payload = JSON.parse(
  document.getElementById('ai-talent-flows-data')?.textContent ?? 'null',
) as StandalonePayload;
useAppStore.setState({ lang: payload.lang, theme: payload.theme });
if (payload.own) {
  const files = payload.files as OwnDataset['files'];
  useAppStore.getState().restoreDataset({ ...payload.own, files, checked: true }, true);
} else {
  provideData(payload.files);
  useAppStore.getState().restoreDataset(null, false);
}
applyUrlToStore(useAppStore, payload.search);
startReadySignal(useAppStore);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AppBoundary>
        <Standalone exported={payload.exported} dataName={payload.own?.name} />
      </AppBoundary>
    </QueryClientProvider>
  </StrictMode>,
);
