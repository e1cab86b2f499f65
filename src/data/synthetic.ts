/**
 * Synthetic datasets in the app's schema, for scale tests and benchmarks: `orgs` organisations whose sizes follow
 * a power law (a few large companies, a long tail), `links` distinct from→to flows with heavy-tailed counts,
 * dated events and pay figures. Deterministic for a seed (d3-random's LCG). Not the article's data: every record
 * says it is generated.
 */
import { randomLcg } from 'd3-random';
import type { OwnFiles } from './ownData';

/** Options of {@link generateDataset}. */
export interface SyntheticOptions {
  orgs: number;
  /** Distinct from→to pairs (flows between organisations, before any grouping); at most orgs × (orgs − 1). */
  links: number;
  seed: number;
}

const WORDS = [
  'Neural',
  'Vector',
  'Quantum',
  'Latent',
  'Deep',
  'Sparse',
  'Tensor',
  'Gradient',
  'Signal',
  'Prism',
];
const KINDS = ['Labs', 'AI', 'Systems', 'Research', 'Robotics', 'Networks', 'Compute', 'Dynamics'];

/** The name of synthetic organisation `i` ("Neural Labs 1"). */
const orgName = (i: number) =>
  `${WORDS[i % WORDS.length]} ${KINDS[Math.floor(i / WORDS.length) % KINDS.length]} ${i + 1}`;

/** Draws organisation indexes with power-law weights: organisation i has weight 1 / (i + 1)^0.9. */
function powerLawPicker(count: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < count; i++) cumulative.push((sum += 1 / (i + 1) ** 0.9));
  return () => {
    const r = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** A dataset of `orgs` organisations and `links` flows; see the module comment. */
export function generateDataset({ orgs, links, seed }: SyntheticOptions): OwnFiles {
  const random = randomLcg(seed);
  const provenance = (n: number) => ({ lines: [n], sources: ['synthetic'], note: `Generated record ${n}` });
  const organizations = Array.from({ length: orgs }, (_, i) => {
    const name = orgName(i);
    return {
      id: name.toLowerCase().replace(/ /g, '-'),
      name,
      kind: 'company' as const,
      provenance: provenance(i + 1),
    };
  });
  const pick = powerLawPicker(orgs, random);
  const wanted = Math.min(links, orgs * (orgs - 1));
  const pairs = new Set<number>();
  const moves = [];
  for (let attempts = 0; moves.length < wanted && attempts < wanted * 50; attempts++) {
    // Past the dense head, pick uniformly so the requested number of distinct pairs is reachable.
    const from = attempts < wanted * 5 ? pick() : Math.floor(random() * orgs);
    const to = attempts < wanted * 5 ? pick() : Math.floor(random() * orgs);
    if (from === to || pairs.has(from * orgs + to)) continue;
    pairs.add(from * orgs + to);
    const year = 2015 + Math.floor(random() * 10);
    const month = 1 + Math.floor(random() * 12);
    moves.push({
      id: `move-${moves.length + 1}`,
      count: Math.max(1, Math.round(1 / (random() ** 1.5 + 0.02))),
      from: organizations[from]!.id,
      to: organizations[to]!.id,
      kind: 'joined' as const,
      when: { date: `${year}-${String(month).padStart(2, '0')}`, precision: 'month' as const },
      provenance: provenance(moves.length + 1),
    });
  }
  const events = Array.from({ length: Math.max(1, Math.round(wanted / 100)) }, (_, i) => {
    const org = organizations[pick()]!;
    const year = 2015 + Math.floor(random() * 10);
    const month = 1 + Math.floor(random() * 12);
    return {
      id: `event-${i + 1}`,
      when: { date: `${year}-${String(month).padStart(2, '0')}`, precision: 'month' as const },
      kind: 'company' as const,
      title: `${org.name} milestone ${i + 1}`,
      orgs: [org.id],
      people: [],
      provenance: provenance(i + 1),
    };
  });
  const figures = organizations.slice(0, Math.min(orgs, 40)).map((org, i) => ({
    id: `${org.id}-pay`,
    metric: 'average-annual-pay' as const,
    subject: org.id,
    label: `${org.name} average annual pay`,
    value: Math.round(150_000 + random() * 750_000),
    unit: 'USD per year' as const,
    provenance: provenance(i + 1),
  }));
  return {
    sources: [{ id: 'synthetic', name: 'Synthetic data', kind: 'article', provenance: provenance(1) }],
    organizations,
    people: [],
    moves,
    figures,
    events,
  };
}

/**
 * A CSV in the app's own column schema (`person,from,to,date,count,source`) with `rows` rows between `orgs`
 * organisations drawn by the same power law: what a large newsroom or HR table looks like. Pairs repeat (their
 * counts add up); every tenth row names a person. Deterministic for a seed.
 */
export function generateCsv({ orgs, rows, seed }: { orgs: number; rows: number; seed: number }): string {
  const random = randomLcg(seed);
  const pick = powerLawPicker(orgs, random);
  const lines = ['person,from,to,date,count,source'];
  while (lines.length <= rows) {
    const from = pick();
    const to = pick();
    if (from === to) continue;
    const n = lines.length;
    const year = 2015 + Math.floor(random() * 10);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const person = n % 10 === 0 ? `Person ${n}` : '';
    const count = person ? 1 : Math.max(1, Math.round(1 / (random() ** 1.5 + 0.05)));
    lines.push(`${person},${orgName(from)},${orgName(to)},${year}-${month},${count},Synthetic`);
  }
  return lines.join('\n') + '\n';
}
