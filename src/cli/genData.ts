/**
 * `npm run gen:data -- --orgs 500 --links 10000 --seed 1 [--out file.json]`: writes a synthetic dataset in the
 * app's schema (see `src/data/synthetic.ts`), to open with "Open data…" or to benchmark with.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateDataset } from '../data/synthetic';

const { values } = parseArgs({
  options: {
    orgs: { type: 'string', default: '500' },
    links: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const [orgs, links, seed] = [values.orgs, values.links, values.seed].map(Number) as [number, number, number];
if (![orgs, links, seed].every(Number.isInteger) || orgs < 2 || links < 1) {
  console.error('usage: npm run gen:data -- --orgs <≥2> --links <≥1> --seed <integer> [--out file.json]');
  process.exit(2);
}
const out = values.out ?? `synthetic-${orgs}-orgs-${links}-links-seed-${seed}.json`;
const dataset = generateDataset({ orgs, links, seed });
writeFileSync(out, JSON.stringify(dataset));
console.log(
  `${out}: ${dataset.organizations.length} organisations, ${dataset.moves.length} moves, ` +
    `${dataset.events.length} events, ${dataset.figures.length} figures`,
);
