/**
 * The JavaScript a first visit loads: the entry script of `dist/index.html` and the modules it preloads, raw and
 * gzipped (level 9, as a static host would serve them). Lazy chunks (export, presentation, CSV parser,
 * subsetting) are not counted: they load when used.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the initial load. */
export interface LoadedFile {
  file: string;
  raw: number;
  gzip: number;
}

/** The initial JavaScript of a build in `dist`: each file and the totals, in bytes. */
export function initialJs(dist = 'dist'): { files: LoadedFile[]; raw: number; gzip: number } {
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]!.replace(/^\.?\//, ''));
  const files = [...new Set(refs)].map((file) => {
    const bytes = readFileSync(resolve(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}
