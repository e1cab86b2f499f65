/**
 * Keeps the address bar and the store in step: the URL is read once at start-up, then every store change that
 * the URL carries is written back with `history.replaceState` (no new history entry per hover or brush).
 */
import type { StoreApi, UseBoundStore } from 'zustand';
import { viewOf, type AppState } from './store';
import { parseUrlState, serializeUrlState, type UrlState } from './url';

type Store = UseBoundStore<StoreApi<AppState>>;

/** The URL-carried part of the store. */
export function urlStateOf(state: AppState): UrlState {
  return {
    ...viewOf(state),
    present: state.presenting,
    step: state.step + 1,
    lang: state.lang,
    theme: state.theme,
  };
}

/** The store fields a URL state sets (the step is 0-based in the store, 1-based in the URL). */
function storeStateOf({ present, step, lang, theme, ...view }: UrlState): Partial<AppState> {
  // Language and theme change only when the URL names them; otherwise the stored choice stays.
  return {
    ...view,
    presenting: present,
    step: step - 1,
    ...(lang ? { lang } : {}),
    ...(theme ? { theme } : {}),
  };
}

/** Reads `search` into the store and reports what was dropped as notices. */
export function applyUrlToStore(store: Store, search: string): void {
  const { state, notices } = parseUrlState(search);
  store.setState(storeStateOf(state));
  if (notices.length) store.getState().addNotices(notices);
}

/**
 * Once the organisations are known, drops selected ids that are not among them, with a notice, so a stale link
 * still opens (showing everything it can) instead of an empty view.
 */
export function dropUnknownCompanies(store: Store, known: ReadonlySet<string>): void {
  const { companies } = store.getState();
  const unknown = companies.filter((id) => !known.has(id));
  if (!unknown.length) return;
  store.getState().setView({ companies: companies.filter((id) => known.has(id)) });
  store
    .getState()
    .addNotices(unknown.map((id) => ({ key: 'notices.unknownCompany', values: { value: id.slice(0, 40) } })));
}

/**
 * Writes the store to the URL on every change it carries, as a new history entry, so Back undoes a filter change
 * rather than leaving the app; Back and Forward read the URL back into the store. The first write only tidies the
 * URL it started from (`replaceState`). Returns the function that stops both.
 */
export function startUrlSync(store: Store, win: Window = window): () => void {
  let last: string | null = null;
  let scheduled = false;
  const write = (state: AppState) => {
    const search = serializeUrlState(urlStateOf(state));
    if (search === last) {
      if (state.urlReplace) store.setState({ urlReplace: false });
      return;
    }
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (last === null || state.urlReplace) win.history.replaceState(win.history.state, '', url);
    else win.history.pushState(null, '', url);
    last = search;
    if (state.urlReplace) store.setState({ urlReplace: false });
  };
  const onPopState = () => {
    const { state } = parseUrlState(win.location.search);
    // The store now matches the URL: record it first so the change is not pushed again.
    last = serializeUrlState(state);
    store.setState(storeStateOf(state));
  };
  write(store.getState());
  // Changes made together (a presentation step sets its filter right after its number) make one history entry.
  const unsubscribe = store.subscribe(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      write(store.getState());
    });
  });
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}

/**
 * Once the data's dated span is known (`first`, `last` as `YYYY-MM`), drops a bound of the URL's date range that
 * lies wholly outside it (a `from` after the last dated record, a `to` before the first), with a notice, so a
 * link from another dataset does not open an empty view without saying why.
 */
export function dropDatesOutsideData(store: Store, first: string, last: string): void {
  const { from, to, setRange, addNotices } = store.getState();
  const dropFrom = from !== null && from > last;
  const dropTo = to !== null && to < first;
  if (!dropFrom && !dropTo) return;
  setRange(dropFrom ? null : from, dropTo ? null : to);
  addNotices(
    [dropFrom && `from=${from}`, dropTo && `to=${to}`]
      .filter((v): v is string => typeof v === 'string')
      .map((value) => ({ key: 'notices.dateOutsideData', values: { value, first, last } })),
  );
}
