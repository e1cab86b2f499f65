/**
 * Playwright runs the end-to-end specs in real Chromium against the production build served by `vite preview`,
 * the same static files any host would serve — and `dev.spec.ts` against the development server (`npm start`),
 * where React StrictMode runs every effect twice.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const executablePath = findChromium();
const port = 4183;
const devPort = 4184;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  // No retries, in CI too: a test that passes only on a second try is a bug in the test or the app.
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 1000 },
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
    timezoneId: 'UTC',
    locale: 'en-US',
  },
  projects: [
    { name: 'build', testIgnore: 'dev.spec.ts' },
    { name: 'dev', testMatch: 'dev.spec.ts', use: { baseURL: `http://127.0.0.1:${devPort}` } },
  ],
  webServer: [
    {
      command: `npx vite build --logLevel warn && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      cwd: '..',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx vite --port ${devPort} --strictPort --host 127.0.0.1 --logLevel warn`,
      cwd: '..',
      url: `http://127.0.0.1:${devPort}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
