/**
 * What the page sets up before and beside React, so nothing waits on React's first render or on storage: the
 * key that starts presenting (listening from the moment the script runs), the reader's own dataset restored from
 * IndexedDB in the background (data requests wait for it; the page does not), and the ready signal — `<html
 * data-ready="true">` once every chart on screen has drawn (or settled empty or failed) and none is laying out,
 * which tests and tools wait on.
 */
import type { StoreApi, UseBoundStore } from 'zustand';
import type { OwnDataset } from '../data/ownData';
import { loadOwnData, type StoredOwnData, type StoredSource } from '../data/ownDataStorage';
import { enterFullscreen } from '../present/fullscreen';
import { takeParam } from '../state/url';
import { localStorageOrNull } from './preferences';
import type { AppState, PanelStatus } from '../state/store';

type Store = UseBoundStore<StoreApi<AppState>>;

/** True when a key press is meant for a form field, a dialog or a menu rather than the page. */
function inField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.closest('dialog[open]') !== null;
}

/** P (without modifiers, outside form fields and dialogs) starts presenting, full screen where allowed. */
export function startPresentKey(store: Store, win: Window = window): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'p' && event.key !== 'P') return;
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || inField(event.target))
      return;
    if (store.getState().presenting) return;
    event.preventDefault();
    store.getState().startPresenting(0);
    // Requested inside the key press, as browsers require; refused or missing means a full-window deck.
    void enterFullscreen();
  };
  win.addEventListener('keydown', onKey);
  return () => win.removeEventListener('keydown', onKey);
}

/** How long storage may take before the article's data is shown instead, in ms. */
const STORAGE_PATIENCE_MS = 3000;

/**
 * Reads a stored source again in the import worker (off the page, with the choices it was read with), without
 * storing it anew. Rejects when it cannot be read.
 */
async function rebuildFromSource(source: StoredSource): Promise<OwnDataset> {
  const { ImportClient } = await import('../data/import/importClient');
  const client = new ImportClient();
  try {
    const summary = await client.read(source.name, source.text, source.choices);
    const { dataset } = await client.take(summary, false);
    return { ...dataset, loadedAt: source.loadedAt };
  } finally {
    client.terminate();
  }
}

/**
 * Looks for the reader's stored dataset and puts it in the store (or says there is none); never rejects. A
 * storage slower than `patience` (a busy machine) does not hold the page: the article's data is shown, and the
 * stored dataset, when it does arrive, is kept one click away ("Show your data again") unless the reader has
 * opened another meanwhile — never lost, never swapped in under the reader. A dataset stored as its source is read
 * again first (data requests wait for it; a large one takes a second or two, off the page).
 */
export async function restoreOwnData(
  store: Store,
  patience = STORAGE_PATIENCE_MS,
  load: () => Promise<StoredOwnData | null> = loadOwnData,
  rebuild: (source: StoredSource) => Promise<OwnDataset> = rebuildFromSource,
): Promise<void> {
  const datasetOf = async (stored: StoredOwnData | null): Promise<OwnDataset | null> => {
    if (!stored) return null;
    if ('dataset' in stored) return stored.dataset;
    try {
      return await rebuild(stored.source);
    } catch {
      // The stored text can no longer be read (an older format, say): the article's data, as on a first visit.
      return null;
    }
  };
  const loading = load();
  const stored = await Promise.race([
    loading,
    new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), patience)),
  ]);
  if (stored !== 'late') {
    store.getState().restoreDataset(await datasetOf(stored), stored?.active ?? false);
    return;
  }
  store.getState().restoreDataset(null, false);
  const late = await datasetOf(await loading);
  if (late && !store.getState().ownData) store.setState({ ownData: late });
}

/** True when every mounted panel has settled: drawn, empty or failed, and not laying out anew. */
export function allSettled(panels: Record<string, PanelStatus>): boolean {
  const statuses = Object.values(panels);
  return statuses.length > 0 && statuses.every((p) => p.status !== 'pending' && !p.busy);
}

/** Keeps `<html data-ready>` in step with the panels; returns the unsubscribe. */
export function startReadySignal(store: Store, root: HTMLElement = document.documentElement): () => void {
  const apply = (state: AppState) => {
    const ready = String(allSettled(state.panels));
    if (root.dataset.ready !== ready) root.dataset.ready = ready;
  };
  apply(store.getState());
  return store.subscribe(apply);
}

/** Where the reader's deck is kept between visits. */
const DECK_KEY = 'ai-talent-flows.deck';

/**
 * Restores the reader's deck and keeps it stored: a deck in the link (`?deck=`, see `present/deck.ts`) wins over
 * the stored one and becomes the story presented; otherwise the deck kept in localStorage comes back as it was.
 * The link's deck is decoded by a module loaded on demand; until it is, the presentation waits on it (the story is
 * pending), so a deck's link never flashes the article's story. A deck that cannot be read is named in a notice.
 * Returns the search string without `deck`, for the URL reader (which would call it unknown).
 */
export function startDeck(
  store: Store,
  search: string,
  storage: Storage | null = localStorageOrNull(),
): string {
  const { value: linked, rest } = takeParam(search, 'deck');
  if (linked === null) {
    try {
      const kept = storage?.getItem(DECK_KEY);
      if (kept) {
        const deck = JSON.parse(kept) as AppState['deck'];
        if (deck && Array.isArray(deck.slides)) store.setState({ deck });
      }
    } catch {
      // A damaged entry is a deck lost, not a page that fails to start.
    }
  } else {
    store.setState({ customStory: { raw: undefined, file: 'deck link' } });
    void import('../present/deck').then(
      ({ decodeDeck, deckToStory }) => {
        try {
          const deck = decodeDeck(linked);
          store.setState({ deck, customStory: { raw: deckToStory(deck), file: 'deck link' } });
        } catch (error) {
          store.setState({ customStory: null });
          store
            .getState()
            .addNotices([{ key: 'notices.badDeck', values: { message: (error as Error).message } }]);
        }
      },
      () => store.setState({ customStory: null }),
    );
  }
  store.subscribe((state, previous) => {
    if (state.deck === previous.deck) return;
    try {
      if (state.deck) storage?.setItem(DECK_KEY, JSON.stringify(state.deck));
      else storage?.removeItem(DECK_KEY);
    } catch {
      store.getState().addNotices([{ key: 'notices.deckNotSaved' }]);
    }
  });
  return rest;
}
