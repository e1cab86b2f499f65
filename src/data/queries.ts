/**
 * TanStack Query options for the data files: fetched over HTTP from `data/` next to the app (the build ships
 * them), parsed and validated inside `queryFn`, so what reaches a view is typed and checked.
 */
import { queryOptions } from '@tanstack/react-query';
import type { DataFileName, DataFiles } from './schema';
import { DATA_FILE_NAMES } from './shapes';
import { DataValidationError, markConsistent } from './issues';
import { useAppStore } from '../state/store';

/** A data file that could not be fetched or read (HTTP error, network failure, not JSON). */
export class DataLoadError extends Error {
  readonly file: string;
  constructor(file: string, reason: string) {
    super(`data/${file}: ${reason}`);
    this.name = 'DataLoadError';
    this.file = file;
  }
}

/**
 * A file the chosen dataset does not have (one's own data has no `article.json`): final, never retried — panels
 * that can do without it draw at once instead of waiting out the retries.
 */
export class NotInDatasetError extends DataLoadError {
  constructor(file: string, dataset: string) {
    super(file, `not part of ${dataset}`);
    this.name = 'NotInDatasetError';
  }
}

/** How long a data request may take before it counts as failed, in ms. */
const FETCH_TIMEOUT_MS = 20_000;

/**
 * Fetches a data file and parses its JSON.
 * @throws DataLoadError naming the file and what went wrong: network failure, timeout, HTTP status, empty,
 * a web page instead of JSON, or JSON cut short.
 */
async function fetchJson(file: string, signal: AbortSignal): Promise<unknown> {
  // A timer of our own rather than AbortSignal.timeout: it also covers a body that stalls half-way, and it runs
  // on setTimeout, which tests can fast-forward.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), FETCH_TIMEOUT_MS);
  const timedOut = () =>
    new DataLoadError(file, `the server did not answer within ${FETCH_TIMEOUT_MS / 1000} seconds`);
  let response: Response;
  let text: string;
  try {
    // no-cache revalidates with the server, so Retry picks up a file that was fixed.
    response = await fetch(`${import.meta.env.BASE_URL}data/${file}`, {
      signal: AbortSignal.any([signal, timeout.signal]),
      cache: 'no-cache',
    });
    if (!response.ok)
      throw new DataLoadError(file, `the server answered ${response.status} ${response.statusText}`.trim());
    text = await response.text();
  } catch (error) {
    if (error instanceof DataLoadError || signal.aborted) throw error;
    if (timeout.signal.aborted) throw timedOut();
    throw new DataLoadError(file, `could not be fetched (${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
  try {
    return JSON.parse(text);
  } catch {
    const reason =
      text.trim() === ''
        ? 'the file is empty'
        : /^\s*</.test(text)
          ? 'the server sent a web page instead of JSON (is the data deployed next to the app?)'
          : 'the file is not valid JSON (it may be cut short)';
    throw new DataLoadError(file, reason);
  }
}

/** Query options for `data/story.json`, the presentation's story, as raw JSON (validated per step with the organisations). */
export const storyQuery = queryOptions<unknown, Error>({
  queryKey: ['data', 'story'],
  queryFn: ({ signal }) => fetchJson('story.json', signal),
  staleTime: Infinity,
  retry: (failures, error) => !(error instanceof DataValidationError) && failures < 2,
});

/** Resolves once start-up has looked for the reader's stored dataset (so the article's data never flashes first). */
function datasetRestored(): Promise<void> {
  if (useAppStore.getState().dataRestored) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useAppStore.subscribe((state) => {
      if (!state.dataRestored) return;
      stop();
      resolve();
    });
  });
}

/**
 * The raw content of a data file from where the reader chose: the article's data over HTTP, or the dataset they
 * opened (which has no `article.json`: its credit names their file instead).
 * @throws DataLoadError as {@link fetchJson} does, or for `article.json` of one's own dataset.
 */
/** Data carried by the page itself (the interactive HTML export), checked when it was exported; else null. */
let provided: Partial<DataFiles> | null = null;

/**
 * Makes the data queries answer with `files` instead of fetching (the interactive HTML export carries its data
 * in the page and must make no request). The files were validated by the app that exported them.
 */
export function provideData(files: Partial<DataFiles>): void {
  provided = files;
  markConsistent(files as DataFiles);
}

async function loadRaw(name: DataFileName, signal: AbortSignal): Promise<unknown> {
  if (provided) {
    if (provided[name] === undefined) throw new NotInDatasetError(DATA_FILE_NAMES[name], 'this page');
    return provided[name];
  }
  await datasetRestored();
  const { dataSource, ownData } = useAppStore.getState();
  if (dataSource === 'own' && ownData) {
    if (name === 'article') throw new NotInDatasetError(DATA_FILE_NAMES.article, ownData.name);
    return ownData.files[name];
  }
  return fetchJson(DATA_FILE_NAMES[name], signal);
}

/**
 * Query options for one data file. Network faults are retried; a file that fails validation is not (it will
 * not get better), and its error lists file, record and field. Switching datasets resets every `['data']` query
 * (see `OpenData`), so the key need not name the dataset.
 */
export function dataFileQuery<N extends DataFileName>(name: N) {
  return queryOptions<DataFiles[N], Error>({
    queryKey: ['data', name],
    queryFn: async ({ signal }) => {
      // Carried by the page: checked when exported, and no schema code is loaded for it.
      if (provided) return (await loadRaw(name, signal)) as DataFiles[typeof name];
      // The schema (and zod) loads alongside the first file rather than before the first paint.
      const [{ parseDataFile }, raw] = await Promise.all([import('./validate'), loadRaw(name, signal)]);
      // The reader's own data was checked as it was read (in the import worker): not again, on the page.
      const { dataSource, ownData } = useAppStore.getState();
      if (dataSource === 'own' && ownData?.checked) {
        markConsistent(ownData.files);
        return raw as DataFiles[typeof name];
      }
      return parseDataFile(name, raw);
    },
    staleTime: Infinity,
    retry: (failures, error) =>
      !(error instanceof DataValidationError) && !(error instanceof NotInDatasetError) && failures < 2,
  });
}
