/**
 * Which Chromium the end-to-end tests drive: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else the
 * browser Playwright downloaded (where it could). With none, the run stops with one line saying how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for Chromium in containers and on machines without network (no sandbox as root, no background calls). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Path of the Chromium to use, or undefined for Playwright's own; exits the process when there is none. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined;
  console.error(
    'No Chromium found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
