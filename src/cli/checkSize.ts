/**
 * `npm run check:size` (part of `npm test`): builds the app and fails if the initial JavaScript, gzipped, grows
 * past CEILING_KB. The budget is 120 KB; the build is above it (docs/PERFORMANCE.md says by how much and
 * why), so the ceiling holds the line where it is rather than let it drift further.
 */
import { execSync } from 'node:child_process';
import { initialJs } from '../../e2e/bench/size';

/** The budget the product aims for, in KB gzipped. */
const BUDGET_KB = 120;
/** What the test enforces today, in KB gzipped: the measured size plus a little room for noise between builds. */
const CEILING_KB = 175;

execSync('npx vite build --logLevel error', { stdio: 'inherit' });
const { files, gzip, raw } = initialJs();
for (const f of files)
  console.log(
    `  ${f.file.padEnd(40)} ${(f.raw / 1024).toFixed(1).padStart(7)} KB  ${(f.gzip / 1024).toFixed(1).padStart(6)} KB gzipped`,
  );
const kb = gzip / 1024;
console.log(
  `Initial JavaScript: ${(raw / 1024).toFixed(1)} KB, ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB, ceiling ${CEILING_KB} KB).`,
);
if (kb > CEILING_KB) {
  console.error(
    `Initial JavaScript grew past the ${CEILING_KB} KB ceiling: load the new code on demand, or justify raising it.`,
  );
  process.exit(1);
}
