/**
 * Keeps the reader's own dataset across reloads in IndexedDB (through idb-keyval), with whether it is the one
 * shown. IndexedDB rather than local storage: a 10,000-move dataset is megabytes, past local storage's quota.
 * Storage may be refused (private windows, quota): then the dataset lasts for the visit and the reader is told.
 */
import { del, get, set } from 'idb-keyval';
import type { OwnDataset } from './ownData';

const KEY = 'ai-talent-flows:own-dataset';

/** What is stored: the dataset and whether it is shown. */
export interface StoredOwnData {
  dataset: OwnDataset;
  active: boolean;
}

/** The stored dataset, or null when there is none or storage cannot be read. */
export async function loadOwnData(): Promise<StoredOwnData | null> {
  try {
    const stored = await get<StoredOwnData>(KEY);
    return stored && stored.dataset?.files ? stored : null;
  } catch {
    return null;
  }
}

/**
 * Stores the dataset (or removes it, for null).
 * @returns false when the browser refused to store it.
 */
export async function saveOwnData(stored: StoredOwnData | null): Promise<boolean> {
  try {
    if (stored) await set(KEY, stored);
    else await del(KEY);
    return true;
  } catch {
    return false;
  }
}
