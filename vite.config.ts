/// <reference types="vitest/config" />
/**
 * Vite builds the app; vite-plugin-static-copy serves `data/*.json` at `/data/` in development and copies them
 * into the build, so the production app fetches its data over HTTP from any static host. Vitest runs the unit
 * tests (Node by default; component tests opt into jsdom).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin } from 'vite';
import { viteStaticCopy } from 'vite-plugin-static-copy';

/**
 * The Content-Security-Policy of the built app: scripts, styles, data and fonts only from the app's own origin, no
 * inline script, no eval (WebAssembly compilation aside, for the font subsetter), nothing from another origin.
 * `data:` and `blob:` images are the exports being drawn to PNG. Added to the build only: the dev server injects
 * an inline script for hot reload. A `<meta>` carries it, so it holds on any static host.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  // Inline styles cannot run code, and exports need them: an exported SVG carries its own <style> (the embedded
  // fonts) and is parsed in the page to subset them.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Dynamic imports the interactive HTML export never takes (exporting, opening data, presenting, the schema that
 * checks fetched files): left as they are rather than pulled into its one script. d3-brush and the rest are
 * inlined.
 */
const APP_ONLY =
  /(export\/pipeline|embed\/EmbedDialog|OpenDataDialog|data\/import\/importClient|data\/ownData|\.\/validate|react-dom\/server|present\/)/;

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * After the app's build, builds the interactive HTML export's script and styles into `dist/standalone/` (one
 * IIFE, `page.js`, and one CSS file, `page.css`; no chunks, no worker), which the app inlines into the `.html` file it exports
 * (`export/html.ts`). The chart worker is swapped for a same-thread stub.
 */
function standaloneBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'standalone-build',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [
          react(),
          {
            name: 'standalone-app-only',
            resolveDynamicImport: (specifier) =>
              typeof specifier === 'string' && APP_ONLY.test(specifier) ? false : null,
          },
        ],
        resolve: {
          alias: [
            { find: /^.*\/charts\/workerClient$/, replacement: here('./src/standalone/workerStub.ts') },
          ],
        },
        define: { 'process.env.NODE_ENV': '"production"' },
        build: {
          outDir: `${outDir}/standalone`,
          emptyOutDir: true,
          target: 'es2022',
          copyPublicDir: false,
          lib: {
            entry: here('./src/standalone/main.tsx'),
            formats: ['iife'],
            name: 'AiTalentFlows',
            fileName: () => 'page.js',
            cssFileName: 'page',
          },
        },
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    viteStaticCopy({ targets: [{ src: 'data/*.json', dest: 'data' }] }),
    standaloneBuild(),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Font files stay files (fetched only when an export needs them), however small.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|wasm)$/.test(file) ? false : undefined),
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
