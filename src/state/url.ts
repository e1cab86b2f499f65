/**
 * The URL is a serialisation of the view: `?company=google,meta&from=2023-01&to=2024-02&metric=hiring`. The
 * fields and their codecs are listed in `view.ts`; this module reads a whole query string with them (unknown,
 * repeated and empty parameters, broken encoding, a reversed range) and writes one back. Parsing never throws:
 * anything it cannot read is dropped and reported as a notice for the user.
 */
import { decodeParam, textParser, type Notice, type ParseContext, type ViewField } from './fields';
import { DISPLAY_FIELDS, INITIAL_VIEW, parseMonth, VIEW_FIELDS, type ThemeChoice, type View } from './view';

export type { Notice };

/** Everything the URL carries: the view, presentation mode and its step, and language and theme when named. */
export type UrlState = View & {
  /** Presentation mode, and its step (1-based, as the URL shows it). */
  present: boolean;
  step: number;
  /** Language and theme, when the URL names them (otherwise the stored or default choice applies). */
  lang?: 'en' | 'zh-Hant' | undefined;
  theme?: ThemeChoice | undefined;
};

/** The state of a URL without parameters. */
export const DEFAULT_URL_STATE: UrlState = { ...INITIAL_VIEW, present: false, step: 1 };

/** Presentation mode and its step: not part of the view, but a link should reopen them. */
const MODE_FIELDS = {
  present: {
    param: 'present',
    parse: textParser(
      'present',
      (text) =>
        text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : undefined,
      'notices.badPresent',
    ),
  },
  step: {
    param: 'step',
    parse: textParser(
      'step',
      (text) => (/^\d{1,3}$/.test(text) && Number(text) >= 1 ? Number(text) : undefined),
      'notices.badStep',
    ),
  },
};

type Codec = Pick<ViewField<unknown>, 'param' | 'parse'>;
/** Every field by its URL parameter, with the name it has in the state. */
const BY_PARAM = new Map<string, [string, Codec]>(
  Object.entries({ ...VIEW_FIELDS, ...MODE_FIELDS, ...DISPLAY_FIELDS } as Record<string, Codec>).map(
    ([name, field]) => [field.param, [name, field]],
  ),
);

/**
 * Parses a query string into URL state, with one notice per thing it dropped or corrected. Tolerates malformed
 * percent-encoding, unknown and repeated parameters, empty values and reversed date ranges.
 * `knownCompanies`, when given, drops ids that are not organisations in the data.
 */
export function parseUrlState(
  search: string,
  knownCompanies?: ReadonlySet<string>,
): { state: UrlState; notices: Notice[] } {
  const state: Record<string, unknown> = { ...DEFAULT_URL_STATE, companies: [] };
  const notices: Notice[] = [];
  const context: ParseContext = { knownCompanies };
  const seen = new Set<string>();
  // Values as written (a year or a month): a reversed range is swapped before years become months, so
  // from=2024&to=2023 means all of 2023 and 2024, not December to January.
  const written: Record<string, string> = {};
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodeParam(eq === -1 ? pair : pair.slice(0, eq));
    const raw = eq === -1 ? '' : pair.slice(eq + 1);
    if (key === null) {
      notices.push({ key: 'notices.badEncoding', values: { value: pair.slice(0, 60) } });
      continue;
    }
    const entry = BY_PARAM.get(key);
    if (!entry) {
      notices.push({ key: 'notices.unknownParam', values: { value: key.slice(0, 40) } });
      continue;
    }
    if (seen.has(key)) {
      notices.push({ key: 'notices.repeatedParam', values: { value: key } });
      continue;
    }
    seen.add(key);
    const text = decodeParam(raw);
    if (text !== null && text.trim() === '') continue;
    const [name, field] = entry;
    const parsed = field.parse(raw, context);
    notices.push(...parsed.notices);
    if ('value' in parsed) {
      state[name] = parsed.value;
      if (text !== null) written[name] = text.trim();
    }
  }
  const result = state as UrlState;
  // A step means something only in a presentation: without `present` it is dropped, so the tidied URL reads back the same.
  if (!result.present && result.step !== DEFAULT_URL_STATE.step) {
    notices.push({ key: 'notices.stepWithoutPresent', values: { value: `step=${result.step}` } });
    result.step = DEFAULT_URL_STATE.step;
  }
  if (result.from && result.to && result.from > result.to) {
    const from = parseMonth(written.to!, 'from')!;
    const to = parseMonth(written.from!, 'to')!;
    [result.from, result.to] = [from, to];
    notices.push({ key: 'notices.swappedDates', values: { from, to } });
  }
  return { state: result, notices };
}

/** Writes URL state as a query string (with `?`), leaving out defaults; empty string when all are defaults. */
export function serializeUrlState(state: UrlState): string {
  const params: string[] = [];
  const write = (fields: Record<string, Pick<ViewField<unknown>, 'param' | 'format'>>) => {
    for (const [name, field] of Object.entries(fields)) {
      const text = field.format((state as Record<string, unknown>)[name]);
      if (text !== null) params.push(`${field.param}=${text}`);
    }
  };
  write(VIEW_FIELDS);
  if (state.present) params.push('present=1', `step=${state.step}`);
  write(DISPLAY_FIELDS as Record<string, Pick<ViewField<unknown>, 'param' | 'format'>>);
  return params.length ? `?${params.join('&')}` : '';
}

/**
 * Takes parameter `name` out of a query string, leaving every other parameter exactly as written (a malformed
 * one included, for the URL reader to name): its decoded value (null when absent) and the rest, with `?`, or ''.
 */
export function takeParam(search: string, name: string): { value: string | null; rest: string } {
  let value: string | null = null;
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => {
      if (pair.split('=')[0] !== name) return true;
      const raw = pair.slice(name.length + 1);
      try {
        value = decodeURIComponent(raw.replace(/\+/g, ' '));
      } catch {
        value = raw;
      }
      return false;
    })
    .filter((pair) => pair !== '');
  return { value, rest: kept.length ? `?${kept.join('&')}` : '' };
}
