/// <reference types="vitest/config" />
/**
 * Vite builds the app; vite-plugin-static-copy serves `data/*.json` at `/data/` in development and copies them
 * into the build, so the production app fetches its data over HTTP from any static host. Vitest runs the unit
 * tests (Node by default; component tests opt into jsdom).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteStaticCopy } from 'vite-plugin-static-copy';

export default defineConfig({
  base: './',
  plugins: [react(), viteStaticCopy({ targets: [{ src: 'data/*.json', dest: 'data' }] })],
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
