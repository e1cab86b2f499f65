/**
 * `npm run check:size` (part of `npm test`): builds the app and fails if the initial JavaScript — the entry and
 * the chunks index.html preloads, gzipped — grows past the 120 KB budget. What the first paint does not need
 * loads on demand: the code that draws charts (beside the data), dialogs, exports and the presentation
 * (docs/PERFORMANCE.md lists what is where).
 */
import { execSync } from 'node:child_process';
import { initialJs } from '../../e2e/bench/size';

/** The budget, in KB gzipped. */
const BUDGET_KB = 120;

execSync('npx vite build --logLevel error', { stdio: 'inherit' });
const { files, gzip, raw } = initialJs();
for (const f of files)
  console.log(
    `  ${f.file.padEnd(40)} ${(f.raw / 1024).toFixed(1).padStart(7)} KB  ${(f.gzip / 1024).toFixed(1).padStart(6)} KB gzipped`,
  );
const kb = gzip / 1024;
console.log(
  `Initial JavaScript: ${(raw / 1024).toFixed(1)} KB, ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB).`,
);
if (kb > BUDGET_KB) {
  console.error(
    `Initial JavaScript grew past the ${BUDGET_KB} KB budget: load the new code on demand (a dialog, a chart's code).`,
  );
  process.exit(1);
}
