import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../state/store';
import { loadDataFiles } from '../test/fixtures';
import { dataFileQuery, NotInDatasetError } from './queries';

describe('data file queries with one’s own dataset', () => {
  afterEach(() => useAppStore.setState({ dataSource: 'article', ownData: null, dataRestored: false }));

  it('fail at once, without retries, for a file the dataset does not have (so panels do not wait on it)', async () => {
    const { organizations, people, moves, figures, events, sources } = loadDataFiles();
    useAppStore.setState({
      dataRestored: true,
      dataSource: 'own',
      ownData: {
        name: 'mine.csv',
        kind: 'csv',
        loadedAt: '2026-12-02T00:00:00Z',
        files: { organizations, people, moves, figures, events, sources },
        checked: true,
      },
    });
    const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 10_000 } } });
    await expect(client.fetchQuery(dataFileQuery('article'))).rejects.toThrow(NotInDatasetError);
    // One attempt only (a retry would wait 10 s, past the test's time).
    expect(client.getQueryState(['data', 'article'])?.fetchFailureCount).toBe(1);
    await expect(client.fetchQuery(dataFileQuery('moves'))).resolves.toBe(moves);
  });
});
