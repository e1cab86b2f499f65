/**
 * The one store of shared view state (zustand), made of typed slices: the filter (companies, date range), the
 * chart options the URL carries, the hovered company that every panel highlights, and notices for the user.
 * Loaded data is not here (TanStack Query owns it) and nothing derived is stored.
 */
import { create, type StateCreator } from 'zustand';
import type { PanelExporter } from '../export/exporter';
import { DEFAULT_URL_STATE, type BarMetric, type SankeyDetail } from './url';

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

/** Options of single charts that a link should reopen: bar metric, Sankey grouping. */
export interface OptionsSlice {
  metric: BarMetric;
  detail: SankeyDetail;
  setMetric(metric: BarMetric): void;
  setDetail(detail: SankeyDetail): void;
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
  /** A story the user opened from a file (raw JSON and its file name), played instead of `data/story.json`. */
  customStory: { raw: unknown; file: string } | null;
  setCustomStory(story: { raw: unknown; file: string } | null): void;
  startPresenting(step?: number): void;
  stopPresenting(): void;
  setStep(step: number): void;
}

/** Messages for the user, e.g. URL parameters that were dropped. */
export interface NoticesSlice {
  notices: string[];
  addNotices(notices: string[]): void;
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

/** The whole store. */
export type AppState = FiltersSlice &
  OptionsSlice &
  HoverSlice &
  NoticesSlice &
  ExportersSlice &
  PresentationSlice;

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
  setMetric: (metric) => set({ metric }),
  setDetail: (detail) => set({ detail }),
});

const hoverSlice: StateCreator<AppState, [], [], HoverSlice> = (set) => ({
  hovered: null,
  pinned: null,
  setHovered: (hovered) => set((s) => (s.hovered === hovered ? s : { hovered })),
});

const noticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  addNotices: (notices) => set((s) => ({ notices: [...new Set([...s.notices, ...notices])] })),
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

/** Creates a store; the app uses one ({@link useAppStore}), tests make their own. */
export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...filtersSlice(...a),
    ...optionsSlice(...a),
    ...hoverSlice(...a),
    ...noticesSlice(...a),
    ...exportersSlice(...a),
    ...presentationSlice(...a),
  }));

/** The app's store. */
export const useAppStore = createAppStore();
