/**
 * Keeps the reader's own dataset across reloads in IndexedDB (through idb-keyval), and whether it is the one
 * shown, under two keys: the dataset (megabytes at 100,000 rows, written once, by the import worker where it was
 * read, so the page never copies it) and the small flag (written by the page when the reader switches). IndexedDB
 * rather than local storage: a large dataset is past local storage's quota. Storage may be refused (private
 * windows, quota): then the dataset lasts for the visit and the reader is told.
 */
import { del, get, set } from 'idb-keyval';
import type { OwnDataset } from './ownData';

const DATASET = 'ai-talent-flows:own-dataset';
const ACTIVE = 'ai-talent-flows:own-dataset-active';

/** What is stored: the dataset and whether it is shown. */
export interface StoredOwnData {
  dataset: OwnDataset;
  active: boolean;
}

/** The stored dataset, or null when there is none or storage cannot be read. */
export async function loadOwnData(): Promise<StoredOwnData | null> {
  try {
    const [stored, active] = await Promise.all([
      get<OwnDataset | StoredOwnData>(DATASET),
      get<boolean>(ACTIVE),
    ]);
    // Stored before the two keys: the dataset and its flag together.
    if (stored && 'dataset' in stored) return stored.dataset?.files ? stored : null;
    return stored?.files ? { dataset: stored, active: active ?? true } : null;
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
    if (stored) await Promise.all([set(DATASET, stored.dataset), set(ACTIVE, stored.active)]);
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
