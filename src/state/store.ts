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

/** The company (top-level organisation id) under the pointer in any panel, highlighted in all of them. */
export interface HoverSlice {
  hovered: string | null;
  setHovered(id: string | null): void;
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
export type AppState = FiltersSlice & OptionsSlice & HoverSlice & NoticesSlice & ExportersSlice;

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

/** Creates a store; the app uses one ({@link useAppStore}), tests make their own. */
export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...filtersSlice(...a),
    ...optionsSlice(...a),
    ...hoverSlice(...a),
    ...noticesSlice(...a),
    ...exportersSlice(...a),
  }));

/** The app's store. */
export const useAppStore = createAppStore();
