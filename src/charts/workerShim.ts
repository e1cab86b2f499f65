/**
 * Runs first in the chart worker, in development only. The React plugin's hot-reload runtime, which the dev server
 * imports into every component module (a chart's spec brings its `Marks`), writes to `window` when it loads; a
 * worker has only `self`. Production builds carry no such runtime, so they never need this.
 */
if (import.meta.env.DEV && typeof window === 'undefined')
  (globalThis as unknown as { window: typeof globalThis }).window = globalThis;
