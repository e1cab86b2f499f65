/**
 * Loads the data files one panel needs and checks the references between them, so each panel has its own
 * loading and error state and a broken file only takes down the panels that use it.
 */
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { dataFileQuery } from './queries';
import type { DataFileName, DataFiles } from './schema';
import { checkReferences, DataValidationError } from './validate';

/** The state of a set of data files: loading, failed (with the first error), or ready and cross-checked. */
export type DataFilesState<N extends DataFileName> =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'success'; data: Pick<DataFiles, N> };

/** Fetches and validates the named files; see {@link DataFilesState}. */
export function useDataFiles<N extends DataFileName>(names: readonly N[]): DataFilesState<N> {
  const client = useQueryClient();
  // combine's result is structurally shared, so `data` keeps its identity until a file's content changes.
  const { data, error } = useQueries({
    queries: names.map((name) => dataFileQuery(name)),
    combine: (results) => ({
      data: results.every((r) => r.isSuccess) ? results.map((r) => r.data) : null,
      error: results.find((r) => r.isError)?.error ?? null,
    }),
  });
  return useMemo((): DataFilesState<N> => {
    const retry = () =>
      void client.refetchQueries({
        queryKey: ['data'],
        type: 'all',
        predicate: (q) => q.state.status === 'error',
      });
    if (error) return { status: 'error', error, retry };
    if (!data) return { status: 'pending' };
    const files = Object.fromEntries(names.map((name, i) => [name, data[i]])) as Pick<DataFiles, N>;
    const issues = checkReferences(files);
    if (issues.length) return { status: 'error', error: new DataValidationError(issues), retry };
    return { status: 'success', data: files };
  }, [client, data, error, names]);
}
