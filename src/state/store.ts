/**
 * The one store of shared view state (zustand), made of typed slices: the filter (companies, date range), the
 * chart options the URL carries, the hovered company that every panel highlights, and notices for the user.
 * Loaded data is not here (TanStack Query owns it) and nothing derived is stored.
 */
import { create, type StateCreator } from 'zustand';
import type { PanelExporter } from '../export/exporter';
import type { Lang } from '../i18n/locale';
import type { OwnDataset } from '../data/ownData';
import { DEFAULT_URL_STATE, type BarMetric, type Notice, type SankeyDetail } from './url';

/** Selected companies (organisation ids; empty = all) and an inclusive month range (`YYYY-MM`). */
export interface FiltersSlice {
  companies: string[];
  from: string | null;
  to: string | null;
  /** Adds the company if absent, removes it if present. */
  toggleCompany(id: string): void;
  setCompanies(ids: string[]): void;
  /** Sets the month range; a reversed range is put in order. */
  setRange(from: string | null, to: string | null): void;
  /** Clears companies and dates. */
  clearFilters(): void;
}

/** The display theme: light, dark, or whatever the system prefers. */
export type ThemeChoice = 'light' | 'dark' | 'system';

/** Options a link should reopen: bar metric, Sankey grouping, language and theme. */
export interface OptionsSlice {
  metric: BarMetric;
  detail: SankeyDetail;
  /** Organisations the Sankey shows per side before "Other"; 0 = all, null = decided by the data's size. */
  top: number | null;
  lang: Lang;
  theme: ThemeChoice;
  setMetric(metric: BarMetric): void;
  setDetail(detail: SankeyDetail): void;
  setTop(top: number | null): void;
  setLang(lang: Lang): void;
  setTheme(theme: ThemeChoice): void;
}

/**
 * The company (top-level organisation id) under the pointer in any panel, highlighted in all of them, and the one
 * a presentation step pins when nothing is hovered.
 */
export interface HoverSlice {
  hovered: string | null;
  pinned: string | null;
  setHovered(id: string | null): void;
}

/**
 * Presentation mode: whether it is on, the current step (0-based), and the view from before it started, which
 * leaving restores.
 */
export interface PresentationSlice {
  presenting: boolean;
  step: number;
  before: Pick<AppState, 'companies' | 'from' | 'to' | 'metric' | 'detail'> | null;
  /**
   * Set when the next URL change should replace the current history entry rather than add one: a step shown on
   * arrival (from a link) is the same place, not a new one. Cleared by the URL sync.
   */
  urlReplace: boolean;
  /** A story the user opened from a file (raw JSON and its file name), played instead of `data/story.json`. */
  customStory: { raw: unknown; file: string } | null;
  setCustomStory(story: { raw: unknown; file: string } | null): void;
  startPresenting(step?: number): void;
  stopPresenting(): void;
  setStep(step: number): void;
}

/** Messages for the user, e.g. URL parameters that were dropped. */
export interface NoticesSlice {
  notices: Notice[];
  addNotices(notices: Notice[]): void;
  dismissNotices(): void;
}

/**
 * The exports each panel currently offers, by panel, so "Export all" can gather them without panels talking to
 * each other. Functions, not data: nothing here is derived from or written to the URL.
 */
export interface ExportersSlice {
  exporters: Partial<Record<PanelExporter['id'], PanelExporter>>;
  registerExporter(exporter: PanelExporter): void;
  unregisterExporter(id: PanelExporter['id']): void;
}

/**
 * Which data the views show: the article's (fetched from `data/`) or a dataset the reader opened (kept in
 * IndexedDB, see `data/ownDataStorage.ts`). The data itself is served to the views by TanStack Query.
 */
export interface DataSourceSlice {
  dataSource: 'article' | 'own';
  /** The reader's dataset, if they opened one (kept while the article's data is shown, to switch back). */
  ownData: OwnDataset | null;
  /** Shows `dataset` (or, with null, the article's data), clearing a filter that would not apply to it. */
  showDataset(dataset: OwnDataset | null): void;
  /** Sets the stored dataset without changing the filter (restoring it on start-up). */
  restoreDataset(dataset: OwnDataset | null, active: boolean): void;
}

/** The whole store. */
export type AppState = FiltersSlice &
  OptionsSlice &
  HoverSlice &
  NoticesSlice &
  ExportersSlice &
  PresentationSlice &
  DataSourceSlice;

const filtersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  companies: [],
  from: null,
  to: null,
  toggleCompany: (id) =>
    set((s) => ({
      companies: s.companies.includes(id) ? s.companies.filter((c) => c !== id) : [...s.companies, id],
    })),
  setCompanies: (ids) => set({ companies: [...new Set(ids)] }),
  setRange: (from, to) => set(from && to && from > to ? { from: to, to: from } : { from, to }),
  clearFilters: () => set({ companies: [], from: null, to: null }),
});

const optionsSlice: StateCreator<AppState, [], [], OptionsSlice> = (set) => ({
  metric: DEFAULT_URL_STATE.metric,
  detail: DEFAULT_URL_STATE.detail,
  top: DEFAULT_URL_STATE.top,
  lang: 'en',
  theme: 'system',
  setMetric: (metric) => set({ metric }),
  setDetail: (detail) => set({ detail }),
  setTop: (top) => set({ top }),
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
});

const hoverSlice: StateCreator<AppState, [], [], HoverSlice> = (set) => ({
  hovered: null,
  pinned: null,
  setHovered: (hovered) => set((s) => (s.hovered === hovered ? s : { hovered })),
});

const noticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  // The same notice twice (say, from two renders) is shown once.
  addNotices: (notices) =>
    set((s) => {
      const seen = new Set(s.notices.map((n) => JSON.stringify(n)));
      const added = notices.filter((n) => !seen.has(JSON.stringify(n)) && seen.add(JSON.stringify(n)));
      return added.length ? { notices: [...s.notices, ...added] } : s;
    }),
  dismissNotices: () => set({ notices: [] }),
});

const exportersSlice: StateCreator<AppState, [], [], ExportersSlice> = (set) => ({
  exporters: {},
  registerExporter: (exporter) => set((s) => ({ exporters: { ...s.exporters, [exporter.id]: exporter } })),
  unregisterExporter: (id) =>
    set((s) => {
      const exporters = { ...s.exporters };
      delete exporters[id];
      return { exporters };
    }),
});

const presentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (set) => ({
  presenting: false,
  step: 0,
  before: null,
  urlReplace: false,
  customStory: null,
  setCustomStory: (customStory) => set({ customStory, step: 0 }),
  startPresenting: (step) =>
    set((s) => ({
      presenting: true,
      step: step ?? s.step,
      before: s.presenting
        ? s.before
        : { companies: s.companies, from: s.from, to: s.to, metric: s.metric, detail: s.detail },
    })),
  // Leaving restores the view from before; a presentation opened from a link had none, so it returns to all data.
  stopPresenting: () =>
    set((s) => ({
      presenting: false,
      pinned: null,
      before: null,
      ...(s.before ?? { companies: [], from: null, to: null, metric: 'pay', detail: 'companies' }),
    })),
  setStep: (step) => set({ step: Math.max(0, step) }),
});

const dataSourceSlice: StateCreator<AppState, [], [], DataSourceSlice> = (set) => ({
  dataSource: 'article',
  ownData: null,
  showDataset: (dataset) =>
    set((s) => ({
      dataSource: dataset ? 'own' : 'article',
      ownData: dataset ?? s.ownData,
      companies: [],
      from: null,
      to: null,
      hovered: null,
    })),
  restoreDataset: (dataset, active) =>
    set({ ownData: dataset, dataSource: dataset && active ? 'own' : 'article' }),
});

/** Creates a store; the app uses one ({@link useAppStore}), tests make their own. */
export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...filtersSlice(...a),
    ...optionsSlice(...a),
    ...hoverSlice(...a),
    ...noticesSlice(...a),
    ...exportersSlice(...a),
    ...presentationSlice(...a),
    ...dataSourceSlice(...a),
  }));

/** The app's store. */
export const useAppStore = createAppStore();
