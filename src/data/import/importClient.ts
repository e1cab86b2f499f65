/**
 * The page's side of the import worker (`import.worker.ts`): read a file or pasted text (with progress), read it
 * again with other settings or parts, and take the dataset to use. One worker per dialog session; a failure of the
 * worker itself (its script cannot load) is reported as an error, like a file that cannot be read.
 */
import type { ImportChoices, OwnDataProblem, OwnDataResult, OwnDataset, OwnFiles } from '../ownData';

/** What the page asks. */
export type ImportRequest =
  | { type: 'read'; id: number; name: string; text: string; choices?: Partial<ImportChoices> | undefined }
  | { type: 'reread'; id: number; choices: Partial<ImportChoices> }
  /** The dataset's files, in slices; `save` keeps it in IndexedDB too (not when it was just restored from there). */
  | { type: 'take'; id: number; save: boolean };

/** What a read gives the dialog: everything but the dataset's files (which stay in the worker until used). */
export type ImportSummary = Omit<OwnDataResult, 'dataset' | 'problems'> & {
  problems: OwnDataProblem[];
  /** All problems, of which the first 500 are listed. */
  problemCount: number;
  dataset: Omit<OwnDataset, 'files'>;
  counts: { moves: number; organizations: number };
};

/** What the worker answers. */
export type ImportResponse =
  | { type: 'progress'; id: number; share: number }
  | { type: 'summary'; id: number; summary: ImportSummary }
  | { type: 'slice'; id: number; file: string; items: unknown[] }
  | { type: 'taken'; id: number }
  | { type: 'saved'; id: number; saved: boolean }
  | { type: 'error'; id: number; message: string; known: boolean };

/** An import that failed: `known` when the file is the problem (not a table), rather than the worker. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly known: boolean,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** See the module comment. */
export class ImportClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly listeners = new Map<number, (message: ImportResponse) => void>();

  constructor(
    private readonly start: () => Worker = () =>
      new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' }),
  ) {}

  /** Reads a text; `onProgress` hears the share done (0–1). */
  read(name: string, text: string, choices?: Partial<ImportChoices>, onProgress?: (share: number) => void) {
    return this.ask({ type: 'read', id: this.nextId++, name, text, choices }, onProgress);
  }

  /** Reads the same text again with other settings or parts. */
  reread(choices: Partial<ImportChoices>, onProgress?: (share: number) => void) {
    return this.ask({ type: 'reread', id: this.nextId++, choices }, onProgress);
  }

  /**
   * The dataset of the last read, its files taken across in slices; `stored` settles when the worker has kept it
   * in IndexedDB (false if the browser refused).
   */
  take(summary: ImportSummary, save = true): Promise<{ dataset: OwnDataset; stored: Promise<boolean> }> {
    const id = this.nextId++;
    const files: Record<string, unknown[]> = {};
    let stored!: (saved: boolean) => void;
    const storedPromise = new Promise<boolean>((resolve) => (stored = resolve));
    return new Promise((resolve, reject) => {
      this.listen(id, (message) => {
        if (message.type === 'slice') {
          const list = (files[message.file] ??= []);
          for (const item of message.items) list.push(item);
        } else if (message.type === 'taken') {
          resolve({
            dataset: { ...summary.dataset, files: files as unknown as OwnFiles },
            stored: storedPromise,
          });
          if (!save) {
            this.listeners.delete(id);
            stored(true);
          }
        } else if (message.type === 'saved') {
          this.listeners.delete(id);
          stored(message.saved);
        } else if (message.type === 'error') {
          this.listeners.delete(id);
          stored(false);
          reject(new ImportError(message.message, message.known));
        }
      });
      this.post({ type: 'take', id, save });
    });
  }

  /** Stops the worker. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const listener of this.listeners.values())
      listener({ type: 'error', id: 0, message: 'the import was stopped', known: false });
    this.listeners.clear();
  }

  private ask(request: ImportRequest, onProgress?: (share: number) => void): Promise<ImportSummary> {
    return new Promise((resolve, reject) => {
      this.listen(request.id, (message) => {
        if (message.type === 'progress') onProgress?.(message.share);
        else if (message.type === 'summary') {
          this.listeners.delete(request.id);
          resolve(message.summary);
        } else if (message.type === 'error') {
          this.listeners.delete(request.id);
          reject(new ImportError(message.message, message.known));
        }
      });
      this.post(request);
    });
  }

  private listen(id: number, listener: (message: ImportResponse) => void) {
    this.listeners.set(id, listener);
  }

  private post(request: ImportRequest) {
    if (!this.worker) {
      const worker = this.start();
      worker.addEventListener('message', (event: MessageEvent<ImportResponse>) =>
        this.listeners.get(event.data.id)?.(event.data),
      );
      worker.addEventListener('error', (event: ErrorEvent) => {
        event.preventDefault();
        const reason = `the file reader failed: ${event.message || 'its script could not run'}`;
        const listeners = [...this.listeners.entries()];
        this.listeners.clear();
        this.worker?.terminate();
        this.worker = null;
        for (const [id, listener] of listeners)
          listener({ type: 'error', id, message: reason, known: false });
      });
      this.worker = worker;
    }
    this.worker.postMessage(request);
  }
}
