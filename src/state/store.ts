/**
 * The one store of shared view state (zustand), made of typed slices: the view (the filter and every chart's
 * options, as `view.ts` lists them), language and theme, the hovered company that every panel highlights,
 * presentation mode, notices for the user, which dataset is shown, and what each mounted panel is doing. Loaded
 * data is not here (TanStack Query owns it) and nothing derived is stored.
 */
import { create, type StateCreator } from 'zustand';
import type { Size } from '../charts/spec';
import type { Lang } from '../i18n/locale';
import type { OwnDataset } from '../data/ownData';
import type { Deck } from '../present/deck';
import type { Notice } from './fields';
import { fieldsOfKind, INITIAL_VIEW, type ThemeChoice, type View } from './view';

export type { ThemeChoice };

/**
 * The view (see `view.ts`) and the ways to change it. Every change goes through {@link ViewSlice.setView}, which
 * keeps it well formed: companies once each, a reversed month range put in order.
 */
export interface ViewSlice {
  setView(patch: Partial<View>): void;
  /** Adds the company if absent, removes it if present. */
  toggleCompany(id: string): void;
  /** Sets the month range; a reversed range is put in order. */
  setRange(from: string | null, to: string | null): void;
  /** Resets every filter field (companies and dates), keeping the charts' options. */
  clearFilters(): void;
}

/** Language and theme (kept across visits by `app/preferences.ts`). */
export interface DisplaySlice {
  lang: Lang;
  theme: ThemeChoice;
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
  before: View | null;
  /**
   * Set when the next URL change should replace the current history entry rather than add one: a step shown on
   * arrival (from a link) is the same place, not a new one. Cleared by the URL sync.
   */
  urlReplace: boolean;
  /** A story the user opened from a file (raw JSON and its file name), played instead of `data/story.json`. */
  customStory: { raw: unknown; file: string } | null;
  setCustomStory(story: { raw: unknown; file: string } | null): void;
  /**
   * The reader's own deck, made from their views (see `present/deck.ts`); kept in localStorage. Null until they
   * add a slide or open a deck's link.
   */
  deck: Deck | null;
  /** Which chart the deck editor was opened to add as a slide (null: opened to edit), or closed (undefined). */
  deckEditor: { adding: string | null } | undefined;
  setDeck(deck: Deck | null): void;
  openDeckEditor(adding: string | null): void;
  closeDeckEditor(): void;
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
 * Which data the views show: the article's (fetched from `data/`) or a dataset the reader opened (kept in
 * IndexedDB, see `data/ownDataStorage.ts`). The data itself is served to the views by TanStack Query.
 */
export interface DataSourceSlice {
  dataSource: 'article' | 'own';
  /** The reader's dataset, if they opened one (kept while the article's data is shown, to switch back). */
  ownData: OwnDataset | null;
  /** False until stored data has been looked for at start-up; data requests wait for it, the page does not. */
  dataRestored: boolean;
  /** Shows `dataset` (or, with null, the article's data), clearing a filter that would not apply to it. */
  showDataset(dataset: OwnDataset | null): void;
  /** Sets the stored dataset without changing the filter (restoring it on start-up). */
  restoreDataset(dataset: OwnDataset | null, active: boolean): void;
}

/** What a mounted panel is doing: loading, drawn, empty, failed; and laying out anew (busy) or not. */
export interface PanelStatus {
  status: 'pending' | 'ready' | 'empty' | 'error';
  busy: boolean;
}

/**
 * The panels on screen — each chart's status (so the page can say when every chart is ready) and the size it is
 * laid out at in the explorer (so "Export all" draws each chart as its panel shows it, mounted or not).
 */
export interface PanelsSlice {
  panels: Record<string, PanelStatus>;
  chartSizes: Record<string, Size>;
  setPanelStatus(id: string, status: PanelStatus | null): void;
  setChartSize(id: string, size: Size): void;
}

/** The whole store. */
export type AppState = View &
  ViewSlice &
  DisplaySlice &
  HoverSlice &
  NoticesSlice &
  PresentationSlice &
  DataSourceSlice &
  PanelsSlice;

/** The fields `clearFilters` and a new dataset reset, at their initial values. */
const noFilter = (): Partial<View> =>
  Object.fromEntries(fieldsOfKind('filter').map((name) => [name, INITIAL_VIEW[name]])) as Partial<View>;

/** The view part of the state (every filter and option field). */
export function viewOf(state: AppState): View {
  return Object.fromEntries(
    Object.keys(INITIAL_VIEW).map((name) => [name, state[name as keyof View]]),
  ) as View;
}

const viewSlice: StateCreator<AppState, [], [], View & ViewSlice> = (set) => ({
  ...INITIAL_VIEW,
  setView: (patch) =>
    set((s) => {
      const next: Partial<View> = { ...patch };
      if (patch.companies) next.companies = [...new Set(patch.companies)];
      const from = 'from' in patch ? (patch.from ?? null) : s.from;
      const to = 'to' in patch ? (patch.to ?? null) : s.to;
      if (from && to && from > to) Object.assign(next, { from: to, to: from });
      return next;
    }),
  toggleCompany: (id) =>
    set((s) => ({
      companies: s.companies.includes(id) ? s.companies.filter((c) => c !== id) : [...s.companies, id],
    })),
  setRange: (from, to) => set(from && to && from > to ? { from: to, to: from } : { from, to }),
  clearFilters: () => set(noFilter()),
});

const displaySlice: StateCreator<AppState, [], [], DisplaySlice> = (set) => ({
  lang: 'en',
  theme: 'system',
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

const presentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (set) => ({
  presenting: false,
  step: 0,
  before: null,
  urlReplace: false,
  customStory: null,
  setCustomStory: (customStory) => set({ customStory, step: 0 }),
  deck: null,
  deckEditor: undefined,
  setDeck: (deck) => set({ deck }),
  openDeckEditor: (adding) => set({ deckEditor: { adding } }),
  closeDeckEditor: () => set({ deckEditor: undefined }),
  startPresenting: (step) =>
    set((s) => ({
      presenting: true,
      step: step ?? s.step,
      before: s.presenting ? s.before : viewOf(s),
    })),
  // Leaving restores the view from before; a presentation opened from a link had none, so it returns to all data.
  stopPresenting: () =>
    set((s) => ({ presenting: false, pinned: null, before: null, ...(s.before ?? INITIAL_VIEW) })),
  setStep: (step) => set({ step: Math.max(0, step) }),
});

const dataSourceSlice: StateCreator<AppState, [], [], DataSourceSlice> = (set) => ({
  dataSource: 'article',
  ownData: null,
  dataRestored: false,
  showDataset: (dataset) =>
    set((s) => ({
      dataSource: dataset ? 'own' : 'article',
      ownData: dataset ?? s.ownData,
      ...noFilter(),
      hovered: null,
    })),
  restoreDataset: (dataset, active) =>
    set({ ownData: dataset, dataSource: dataset && active ? 'own' : 'article', dataRestored: true }),
});

const panelsSlice: StateCreator<AppState, [], [], PanelsSlice> = (set) => ({
  panels: {},
  chartSizes: {},
  setPanelStatus: (id, status) =>
    set((s) => {
      const current = s.panels[id];
      if (status && current?.status === status.status && current.busy === status.busy) return s;
      if (!status && !current) return s;
      const panels = { ...s.panels };
      if (status) panels[id] = status;
      else delete panels[id];
      return { panels };
    }),
  setChartSize: (id, size) =>
    set((s) => {
      const current = s.chartSizes[id];
      if (current?.width === size.width && current.height === size.height) return s;
      return { chartSizes: { ...s.chartSizes, [id]: size } };
    }),
});

/** Creates a store; the app uses one ({@link useAppStore}), tests make their own. */
export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...viewSlice(...a),
    ...displaySlice(...a),
    ...hoverSlice(...a),
    ...noticesSlice(...a),
    ...presentationSlice(...a),
    ...dataSourceSlice(...a),
    ...panelsSlice(...a),
  }));

/** The app's store. */
export const useAppStore = createAppStore();
