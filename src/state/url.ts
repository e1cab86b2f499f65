/**
 * The URL is a serialisation of the shared view state: `?company=google,meta&from=2023-01&to=2024-02`.
 * Parsing never throws: anything it cannot read is dropped and reported as a notice for the user.
 */
import { isIsoAtPrecision, SLUG_PATTERN } from '../data/shapes';

import { DETAILS, METRICS, type BarMetric, type SankeyDetail } from '../data/shapes';

/** A message for the user: a catalog key and its values, translated when shown. */
export interface Notice {
  key: string;
  values?: Record<string, string | number>;
}

export { DETAILS, METRICS, type BarMetric, type SankeyDetail };

/** The part of the store the URL carries. Dates are months, `YYYY-MM`, inclusive. */
export interface UrlState {
  companies: string[];
  from: string | null;
  to: string | null;
  metric: BarMetric;
  detail: SankeyDetail;
  /** How many organisations the Sankey shows per side before folding the rest into "Other"; 0 = all, null = auto. */
  top: number | null;
  /** Presentation mode, and its step (1-based, as the URL shows it). */
  present: boolean;
  step: number;
  /** Language and theme, when the URL names them (otherwise the stored or default choice applies). */
  lang?: 'en' | 'zh-Hant' | undefined;
  theme?: 'light' | 'dark' | 'system' | undefined;
}

/** The state of a URL without parameters. */
export const DEFAULT_URL_STATE: UrlState = {
  companies: [],
  from: null,
  to: null,
  metric: 'pay',
  detail: 'companies',
  top: null,
  present: false,
  step: 1,
};

const KNOWN = new Set([
  'company',
  'from',
  'to',
  'metric',
  'detail',
  'top',
  'present',
  'step',
  'lang',
  'theme',
]);

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Reads `YYYY-MM` (or `YYYY`, taken as its first or last month) into a month, or null when it is not a date. */
function parseMonth(value: string, end: 'from' | 'to'): string | null {
  if (isIsoAtPrecision(value, 'month')) return value;
  if (isIsoAtPrecision(value, 'year')) return `${value}-${end === 'from' ? '01' : '12'}`;
  return null;
}

/**
 * Parses a query string into URL state, with one notice per thing it dropped or corrected. Tolerates malformed
 * percent-encoding, unknown and repeated parameters, empty values and reversed date ranges.
 * `knownCompanies`, when given, drops ids that are not organisations in the data.
 */
export function parseUrlState(
  search: string,
  knownCompanies?: ReadonlySet<string>,
): { state: UrlState; notices: Notice[] } {
  const state: UrlState = { ...DEFAULT_URL_STATE, companies: [] };
  const notices: Notice[] = [];
  const seen = new Set<string>();
  // Dates as written (a year or a month): a reversed range is swapped before years become months, so
  // from=2024&to=2023 means all of 2023 and 2024, not December to January.
  const written: { from?: string; to?: string } = {};
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    // Company lists are decoded item by item, so one badly encoded id does not take the others with it.
    const value = key === 'company' ? rawValue : decode(rawValue)?.trim();
    if (key === null || value === undefined) {
      notices.push({ key: 'notices.badEncoding', values: { value: pair.slice(0, 60) } });
      continue;
    }
    if (!KNOWN.has(key)) {
      notices.push({ key: 'notices.unknownParam', values: { value: key.slice(0, 40) } });
      continue;
    }
    if (seen.has(key)) {
      notices.push({ key: 'notices.repeatedParam', values: { value: key } });
      continue;
    }
    seen.add(key);
    if (value === '') continue;
    switch (key) {
      case 'company': {
        for (const raw of value.split(',')) {
          const id = decode(raw)?.trim().toLowerCase();
          if (id === undefined) {
            notices.push({ key: 'notices.badCompanyEncoding', values: { value: raw.slice(0, 40) } });
            continue;
          }
          for (const part of id.split(',')) {
            const slug = part.trim();
            if (slug === '' || state.companies.includes(slug)) continue;
            if (!SLUG_PATTERN.test(slug))
              notices.push({ key: 'notices.malformedCompany', values: { value: slug.slice(0, 40) } });
            else if (knownCompanies && !knownCompanies.has(slug))
              notices.push({ key: 'notices.unknownCompany', values: { value: slug } });
            else state.companies.push(slug);
          }
        }
        break;
      }
      case 'from':
      case 'to': {
        const month = parseMonth(value, key);
        if (month) {
          state[key] = month;
          written[key] = value;
        } else notices.push({ key: 'notices.badDate', values: { value: `${key}=${value.slice(0, 30)}` } });
        break;
      }
      case 'metric':
        if ((METRICS as readonly string[]).includes(value)) state.metric = value as BarMetric;
        else notices.push({ key: 'notices.badMetric', values: { value: `metric=${value.slice(0, 30)}` } });
        break;
      case 'detail':
        if ((DETAILS as readonly string[]).includes(value)) state.detail = value as SankeyDetail;
        else notices.push({ key: 'notices.badDetail', values: { value: `detail=${value.slice(0, 30)}` } });
        break;
      case 'top':
        if (value === 'all') state.top = 0;
        else if (/^\d{1,3}$/.test(value) && Number(value) >= 1) state.top = Number(value);
        else notices.push({ key: 'notices.badTop', values: { value: `top=${value.slice(0, 30)}` } });
        break;
      case 'present':
        if (value === '1' || value === 'true') state.present = true;
        else if (value !== '0' && value !== 'false')
          notices.push({ key: 'notices.badPresent', values: { value: `present=${value.slice(0, 30)}` } });
        break;
      case 'lang':
        if (value === 'en' || value === 'zh-Hant') state.lang = value;
        else if (/^zh/i.test(value)) state.lang = 'zh-Hant';
        else notices.push({ key: 'notices.badLang', values: { value: `lang=${value.slice(0, 30)}` } });
        break;
      case 'theme':
        if (value === 'light' || value === 'dark' || value === 'system') state.theme = value;
        else notices.push({ key: 'notices.badTheme', values: { value: `theme=${value.slice(0, 30)}` } });
        break;
      case 'step':
        if (/^\d{1,3}$/.test(value) && Number(value) >= 1) state.step = Number(value);
        else notices.push({ key: 'notices.badStep', values: { value: `step=${value.slice(0, 30)}` } });
        break;
    }
  }
  // A step means something only in a presentation: without `present` it is dropped, so the tidied URL reads back the same.
  if (!state.present && state.step !== DEFAULT_URL_STATE.step) {
    notices.push({ key: 'notices.stepWithoutPresent', values: { value: `step=${state.step}` } });
    state.step = DEFAULT_URL_STATE.step;
  }
  if (state.from && state.to && state.from > state.to) {
    const from = parseMonth(written.to!, 'from')!;
    const to = parseMonth(written.from!, 'to')!;
    [state.from, state.to] = [from, to];
    notices.push({ key: 'notices.swappedDates', values: { from, to } });
  }
  return { state, notices };
}

/** Writes URL state as a query string (with `?`), leaving out defaults; empty string when all are defaults. */
export function serializeUrlState(state: UrlState): string {
  const params: string[] = [];
  // Commas are kept literal so the link stays readable: `company=google,meta`.
  if (state.companies.length) params.push(`company=${state.companies.map(encodeURIComponent).join(',')}`);
  if (state.from) params.push(`from=${state.from}`);
  if (state.to) params.push(`to=${state.to}`);
  if (state.metric !== DEFAULT_URL_STATE.metric) params.push(`metric=${state.metric}`);
  if (state.detail !== DEFAULT_URL_STATE.detail) params.push(`detail=${state.detail}`);
  if (state.top !== null) params.push(`top=${state.top === 0 ? 'all' : state.top}`);
  if (state.present) params.push('present=1', `step=${state.step}`);
  if (state.lang && state.lang !== 'en') params.push(`lang=${state.lang}`);
  if (state.theme && state.theme !== 'system') params.push(`theme=${state.theme}`);
  return params.length ? `?${params.join('&')}` : '';
}
