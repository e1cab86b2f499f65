/**
 * The URL is a serialisation of the shared view state: `?company=google,meta&from=2023-01&to=2024-02`.
 * Parsing never throws: anything it cannot read is dropped and reported as a notice for the user.
 */
import { isIsoAtPrecision, SLUG_PATTERN } from '../data/schema';

import { DETAILS, METRICS, type BarMetric, type SankeyDetail } from '../data/schema';

export { DETAILS, METRICS, type BarMetric, type SankeyDetail };

/** The part of the store the URL carries. Dates are months, `YYYY-MM`, inclusive. */
export interface UrlState {
  companies: string[];
  from: string | null;
  to: string | null;
  metric: BarMetric;
  detail: SankeyDetail;
  /** Presentation mode, and its step (1-based, as the URL shows it). */
  present: boolean;
  step: number;
}

/** The state of a URL without parameters. */
export const DEFAULT_URL_STATE: UrlState = {
  companies: [],
  from: null,
  to: null,
  metric: 'pay',
  detail: 'companies',
  present: false,
  step: 1,
};

const KNOWN = new Set(['company', 'from', 'to', 'metric', 'detail', 'present', 'step']);

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
): { state: UrlState; notices: string[] } {
  const state: UrlState = { ...DEFAULT_URL_STATE, companies: [] };
  const notices: string[] = [];
  const seen = new Set<string>();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    // Company lists are decoded item by item, so one badly encoded id does not take the others with it.
    const value = key === 'company' ? rawValue : decode(rawValue)?.trim();
    if (key === null || value === undefined) {
      notices.push(`Ignored a URL parameter that is not valid percent-encoding: "${pair.slice(0, 60)}"`);
      continue;
    }
    if (!KNOWN.has(key)) {
      notices.push(`Ignored the unknown URL parameter "${key.slice(0, 40)}"`);
      continue;
    }
    if (seen.has(key)) {
      notices.push(`Ignored a repeated "${key}" parameter; the first one is used`);
      continue;
    }
    seen.add(key);
    if (value === '') continue;
    switch (key) {
      case 'company': {
        for (const raw of value.split(',')) {
          const id = decode(raw)?.trim().toLowerCase();
          if (id === undefined) {
            notices.push(`Ignored a company that is not valid percent-encoding: "${raw.slice(0, 40)}"`);
            continue;
          }
          for (const part of id.split(',')) {
            const slug = part.trim();
            if (slug === '' || state.companies.includes(slug)) continue;
            if (!SLUG_PATTERN.test(slug))
              notices.push(`Ignored the malformed company "${slug.slice(0, 40)}"`);
            else if (knownCompanies && !knownCompanies.has(slug))
              notices.push(`Ignored the unknown company "${slug}"`);
            else state.companies.push(slug);
          }
        }
        break;
      }
      case 'from':
      case 'to': {
        const month = parseMonth(value, key);
        if (month) state[key] = month;
        else notices.push(`Ignored "${key}=${value.slice(0, 30)}": dates are written YYYY-MM, e.g. 2023-10`);
        break;
      }
      case 'metric':
        if ((METRICS as readonly string[]).includes(value)) state.metric = value as BarMetric;
        else notices.push(`Ignored "metric=${value.slice(0, 30)}": use ${METRICS.join(', ')}`);
        break;
      case 'detail':
        if ((DETAILS as readonly string[]).includes(value)) state.detail = value as SankeyDetail;
        else notices.push(`Ignored "detail=${value.slice(0, 30)}": use ${DETAILS.join(' or ')}`);
        break;
      case 'present':
        if (value === '1' || value === 'true') state.present = true;
        else if (value !== '0' && value !== 'false')
          notices.push(`Ignored "present=${value.slice(0, 30)}": use present=1`);
        break;
      case 'step':
        if (/^\d{1,3}$/.test(value) && Number(value) >= 1) state.step = Number(value);
        else notices.push(`Ignored "step=${value.slice(0, 30)}": steps are numbered from 1`);
        break;
    }
  }
  if (state.from && state.to && state.from > state.to) {
    [state.from, state.to] = [state.to, state.from];
    notices.push(`Swapped the dates: "from" came after "to" (now ${state.from} to ${state.to})`);
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
  if (state.present) params.push('present=1', `step=${state.step}`);
  return params.length ? `?${params.join('&')}` : '';
}
