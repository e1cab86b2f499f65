import { describe, expect, it, vi } from 'vitest';
import type { OwnDataset } from '../data/ownData';
import type { StoredOwnData } from '../data/ownDataStorage';
import { createAppStore } from '../state/store';
import { restoreOwnData } from './startup';

const dataset: OwnDataset = {
  name: 'alumni.csv',
  kind: 'csv',
  files: { organizations: [], moves: [], compensation: [], events: [] } as unknown as OwnDataset['files'],
  loadedAt: '2026-12-02T00:00:00Z',
};

/** A store whose storage took longer than the 1 s patience: the article's data is shown, the storage not heard. */
async function afterPatience() {
  const store = createAppStore();
  const storage = slowStorage();
  const done = restoreOwnData(store, 1000, storage.load);
  await vi.advanceTimersByTimeAsync(1000);
  return { store, storage, done };
}

/** A storage that answers when told to. */
function slowStorage() {
  let answer: (value: StoredOwnData | null) => void = () => undefined;
  const load = () => new Promise<StoredOwnData | null>((resolve) => (answer = resolve));
  return { load, answer: (value: StoredOwnData | null) => answer(value) };
}

describe('restoring the reader’s dataset at start-up', () => {
  it('shows the stored dataset when storage answers in time', async () => {
    const store = createAppStore();
    await restoreOwnData(store, 1000, () => Promise.resolve({ dataset, active: true }));
    expect(store.getState()).toMatchObject({ dataRestored: true, dataSource: 'own', ownData: dataset });
  });

  it('reads a dataset stored as its source again, with the choices it was read with, and shows it', async () => {
    const store = createAppStore();
    const source = { name: 'alumni.csv', text: 'from,to\nA,B\n', choices: {}, loadedAt: dataset.loadedAt };
    const rebuilt: string[] = [];
    await restoreOwnData(
      store,
      1000,
      () => Promise.resolve({ source, active: true }),
      (s) => {
        rebuilt.push(s.text);
        return Promise.resolve(dataset);
      },
    );
    expect(rebuilt).toEqual([source.text]);
    expect(store.getState()).toMatchObject({ dataRestored: true, dataSource: 'own', ownData: dataset });
    // A source that cannot be read any more: the article's data, as on a first visit.
    const other = createAppStore();
    await restoreOwnData(
      other,
      1000,
      () => Promise.resolve({ source, active: true }),
      () => Promise.reject(new Error('no')),
    );
    expect(other.getState()).toMatchObject({ dataRestored: true, dataSource: 'article', ownData: null });
  });

  it('does not hold the page for a slow storage, and keeps what arrives late one click away', async () => {
    vi.useFakeTimers();
    try {
      const { store, storage, done } = await afterPatience();
      expect(store.getState()).toMatchObject({ dataRestored: true, dataSource: 'article', ownData: null });
      storage.answer({ dataset, active: true });
      await done;
      // Kept, not swapped in under the reader.
      expect(store.getState()).toMatchObject({ dataSource: 'article', ownData: dataset });
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not replace a dataset the reader opened while storage was slow', async () => {
    vi.useFakeTimers();
    try {
      const { store, storage, done } = await afterPatience();
      const opened = { ...dataset, name: 'hires.csv' };
      store.getState().showDataset(opened);
      storage.answer({ dataset, active: true });
      await done;
      expect(store.getState()).toMatchObject({ dataSource: 'own', ownData: opened });
    } finally {
      vi.useRealTimers();
    }
  });
});
