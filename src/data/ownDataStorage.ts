/**
 * Keeps the reader's own dataset across reloads in IndexedDB (through idb-keyval), and whether it is the one
 * shown, under two keys: the dataset and the small flag (written by the page when the reader switches). A dataset
 * the app's reader made is kept as what the reader opened — its text and how it was read (separator, header,
 * number and date format, the part each column plays) — and read again on the next visit, off the page: storing
 * a few megabytes of text takes milliseconds where 100,000 records took most of a second, and reading them back
 * would block the page. Storage may be refused (private windows, quota): then the dataset lasts for the visit and
 * the reader is told.
 */
import { del, get, set } from 'idb-keyval';
import type { ImportChoices, OwnDataset } from './ownData';

const DATASET = 'ai-talent-flows:own-dataset';
const ACTIVE = 'ai-talent-flows:own-dataset-active';

/** What the reader opened, to be read again: the text, its name, and the choices it was read with. */
export interface StoredSource {
  name: string;
  text: string;
  choices: Partial<ImportChoices>;
  /** When it was first loaded, ISO 8601 (kept, so the dataset is the same one). */
  loadedAt: string;
}

/** What is stored: the dataset (as records, or as its source to read again) and whether it is shown. */
export type StoredOwnData =
  { dataset: OwnDataset; active: boolean } | { source: StoredSource; active: boolean };

/** The stored dataset, or null when there is none or storage cannot be read. */
export async function loadOwnData(): Promise<StoredOwnData | null> {
  try {
    const [stored, active] = await Promise.all([
      get<OwnDataset | StoredSource | { dataset: OwnDataset; active: boolean }>(DATASET),
      get<boolean>(ACTIVE),
    ]);
    if (!stored) return null;
    if ('text' in stored && typeof stored.text === 'string')
      return { source: stored, active: active ?? true };
    // Stored before the two keys: the dataset and its flag together.
    if ('dataset' in stored) return stored.dataset?.files ? stored : null;
    return 'files' in stored && stored.files ? { dataset: stored, active: active ?? true } : null;
  } catch {
    return null;
  }
}

/**
 * Stores the dataset (or removes it, for null) and whether it is shown.
 * @returns false when the browser refused to store it.
 */
export async function saveOwnData(stored: StoredOwnData | null): Promise<boolean> {
  try {
    if (stored)
      await Promise.all([
        set(DATASET, 'source' in stored ? stored.source : stored.dataset),
        set(ACTIVE, stored.active),
      ]);
    else await Promise.all([del(DATASET), del(ACTIVE)]);
    return true;
  } catch {
    return false;
  }
}

/** Stores only whether the stored dataset is shown (switching datasets copies nothing large). */
export async function saveOwnDataActive(active: boolean): Promise<boolean> {
  try {
    await set(ACTIVE, active);
    return true;
  } catch {
    return false;
  }
}
