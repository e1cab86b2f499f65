/**
 * The parts of the data's definition that the first page load needs — slugs, dates at a precision, the options a
 * URL may name, the data files' names — without zod, so the schema (and zod with it) loads with the data instead
 * of before the first paint. `schema.ts` re-exports all of it.
 */

/** Lowercase slug: letters, digits and single hyphens (`character-ai`, `sakana-ai`). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turns a display name into the stable id the data uses: accents folded, lowercase, runs of anything else turned
 * into `-` (`Character.AI` → `character-ai`, `Maja Trębacz` → `maja-trebacz`).
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** How finely a date is known: `year` (2015), `month` (2023-10) or `day` (2024-01-23). */
export const PRECISIONS = ['year', 'month', 'day'] as const;
/** How finely a date is known; see {@link PRECISIONS}. */
export type Precision = (typeof PRECISIONS)[number];

const DATE_SHAPES: Record<Precision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
};

/** The years a date may name: the article's history starts in 1872; anything far outside is a typo. */
export const YEAR_RANGE = { min: 1000, max: 2999 } as const;

/**
 * True when `iso` is a real calendar date written at exactly `precision`, in {@link YEAR_RANGE} (rejects
 * `2023-13`, `2023-02-30`, `0099`).
 */
export function isIsoAtPrecision(iso: string, precision: Precision): boolean {
  if (!DATE_SHAPES[precision].test(iso)) return false;
  const [y, m = 1, d = 1] = iso.split('-').map(Number) as [number, number?, number?];
  if (y < YEAR_RANGE.min || y > YEAR_RANGE.max) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one, in UTC so no time zone shifts it.
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

/** The most people one move may count; larger numbers are typos (and would not draw). */
export const MAX_COUNT = 10_000_000;

/** The file of each data set under `data/`. */
export const DATA_FILE_NAMES = {
  article: 'article.json',
  sources: 'sources.json',
  organizations: 'organizations.json',
  people: 'people.json',
  moves: 'moves.json',
  figures: 'figures.json',
  events: 'events.json',
} as const;
