/**
 * Loads the data files one panel needs and checks the references between them, so each panel has its own
 * loading and error state and a broken file only takes down the panels that need it. Files a panel can do without
 * (the article's metadata for its credit line, say) are optional: their failure does not fail the panel.
 */
import { useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { dataFileQuery } from './queries';
import type { DataFileName, DataFiles } from './schema';
import { checkReferences, DataValidationError } from './issues';

/** The loaded files: every required one, and the optional ones that loaded. */
export type LoadedFiles<R extends DataFileName, O extends DataFileName> = Pick<DataFiles, R> &
  Partial<Pick<DataFiles, O>>;

/** The state of a set of data files: loading, failed (with the first error), or ready and cross-checked. */
export type DataFilesState<R extends DataFileName, O extends DataFileName = never> =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'success'; data: LoadedFiles<R, O> };

/**
 * Fetches and validates the `required` and `optional` files; see {@link DataFilesState}. Both lists must be
 * stable (module constants), as they key the memoised result.
 */
export function useDataFiles<R extends DataFileName, O extends DataFileName = never>(
  required: readonly R[],
  optional: readonly O[] = [],
): DataFilesState<R, O> {
  const client = useQueryClient();
  const names = useMemo((): DataFileName[] => [...required, ...optional], [required, optional]);
  // combine's result is structurally shared, so its arrays keep their identity until a file's content changes.
  const { data, errors, settled } = useQueries({
    queries: names.map((name) => dataFileQuery(name)),
    combine: (results) => ({
      data: results.map((r) => r.data),
      errors: results.map((r) => r.error),
      settled: results.map((r) => r.data !== undefined || r.isError),
    }),
  });
  return useMemo((): DataFilesState<R, O> => {
    // Retry refetches every data file: a cross-file error is fixed by fetching files that did load.
    const retry = () => void client.refetchQueries({ queryKey: ['data'], type: 'all' });
    // A file that loaded once and then failed a refetch keeps its data (TanStack Query holds on to it), so what
    // the user sees stays on screen; only a file with nothing to show fails the panel.
    const requiredError = required.map((_, i) => (data[i] === undefined ? errors[i] : null)).find((e) => e);
    if (requiredError) return { status: 'error', error: requiredError, retry };
    if (!settled.every(Boolean)) return { status: 'pending' };
    const files = Object.fromEntries(
      names.map((name, i) => [name, data[i]]).filter(([, d]) => d !== undefined),
    ) as LoadedFiles<R, O>;
    const issues = checkReferences(files);
    if (issues.length) return { status: 'error', error: new DataValidationError(issues), retry };
    return { status: 'success', data: files };
  }, [client, data, errors, settled, names, required]);
}

/**
 * The same files outside React (for "Export all", which draws charts that may not be on screen): from the query
 * cache, or fetched. A file that already failed is not fetched again. Returns null when a required file is
 * missing or the files do not fit together.
 */
export async function loadDataFiles<R extends DataFileName, O extends DataFileName = never>(
  client: QueryClient,
  required: readonly R[],
  optional: readonly O[] = [],
): Promise<LoadedFiles<R, O> | null> {
  const load = async (name: DataFileName): Promise<unknown> => {
    const query = dataFileQuery(name);
    const state = client.getQueryState(query.queryKey);
    if (state?.data !== undefined) return state.data;
    if (state?.status === 'error') return undefined;
    return client.fetchQuery(query).catch(() => undefined);
  };
  const names: DataFileName[] = [...required, ...optional];
  const loaded = await Promise.all(names.map(load));
  if (required.some((_, i) => loaded[i] === undefined)) return null;
  const files = Object.fromEntries(
    names.map((name, i) => [name, loaded[i]]).filter(([, d]) => d !== undefined),
  ) as LoadedFiles<R, O>;
  return checkReferences(files).length ? null : files;
}
