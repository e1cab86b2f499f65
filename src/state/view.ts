/**
 * The view as one typed schema: every field the URL carries, each with its codec beside it (`state/fields.ts`).
 * The shared filter is defined here; each chart adds its own options from its spec (a metric, a grouping),
 * so a new dimension of the view is one entry — the store, the URL, Clear filters, the presentation and story
 * files all follow the list.
 */
import { CHART_METAS } from '../charts/metas';
import { notesField } from '../charts/shared/notes';
import { isIsoAtPrecision, SLUG_PATTERN } from '../data/shapes';
import type { Lang } from '../i18n/locale';
import {
  decodeParam,
  textParser,
  type Notice,
  type ParseContext,
  type ValuesOf,
  type ViewField,
} from './fields';

/** Organisation ids (empty: all), written `company=google,meta` and read item by item. */
const companiesField: ViewField<readonly string[]> = {
  param: 'company',
  initial: [],
  kind: 'filter',
  parse(raw, { knownCompanies }) {
    const value: string[] = [];
    const notices: Notice[] = [];
    // Decoded item by item, so one badly encoded id does not take the others with it.
    for (const item of raw.split(',')) {
      const id = decodeParam(item)?.trim().toLowerCase();
      if (id === undefined) {
        notices.push({ key: 'notices.badCompanyEncoding', values: { value: item.slice(0, 40) } });
        continue;
      }
      for (const part of id.split(',')) {
        const slug = part.trim();
        if (slug === '' || value.includes(slug)) continue;
        if (!SLUG_PATTERN.test(slug))
          notices.push({ key: 'notices.malformedCompany', values: { value: slug.slice(0, 40) } });
        else if (knownCompanies && !knownCompanies.has(slug))
          notices.push({ key: 'notices.unknownCompany', values: { value: slug } });
        else value.push(slug);
      }
    }
    return { value, notices };
  },
  // Commas are kept literal so the link stays readable: `company=google,meta`.
  format: (value) => (value.length ? value.map(encodeURIComponent).join(',') : null),
};

/** Reads `YYYY-MM` (or `YYYY`, taken as its first or last month) into a month, or null when it is not a date. */
export function parseMonth(value: string, end: 'from' | 'to'): string | null {
  if (isIsoAtPrecision(value, 'month')) return value;
  if (isIsoAtPrecision(value, 'year')) return `${value}-${end === 'from' ? '01' : '12'}`;
  return null;
}

/** One end of the month range, `YYYY-MM`, inclusive; a bare year reads as its first (`from`) or last (`to`) month. */
function monthField(param: 'from' | 'to'): ViewField<string | null> {
  return {
    param,
    initial: null,
    kind: 'filter',
    parse: textParser(param, (text) => parseMonth(text, param) ?? undefined, 'notices.badDate'),
    format: (value) => value,
  };
}

/** The shared filter: companies and an inclusive month range. */
export const FILTER_FIELDS = {
  companies: companiesField,
  from: monthField('from'),
  to: monthField('to'),
};

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;
/** Every chart's options, as one set of fields. */
type ChartOptionFields = UnionToIntersection<(typeof CHART_METAS)[number]['options']>;

/** Fields every chart shares besides the filter: the reader's notes on marks (`charts/shared/notes.ts`). */
export const SHARED_OPTION_FIELDS = { notes: notesField };

/** Every field of the view: the filter, then each chart's options in the registry's order, then the notes. */
export const VIEW_FIELDS = Object.assign(
  {},
  FILTER_FIELDS,
  ...CHART_METAS.map((c) => c.options),
  SHARED_OPTION_FIELDS,
) as typeof FILTER_FIELDS & ChartOptionFields & typeof SHARED_OPTION_FIELDS;

/** The view: the filter and every chart's options. */
export type View = ValuesOf<typeof VIEW_FIELDS>;
/** A view field's name. */
export type ViewKey = keyof View;

/** The view of a URL without parameters. */
export const INITIAL_VIEW = Object.fromEntries(
  Object.entries(VIEW_FIELDS).map(([name, field]) => [name, field.initial]),
) as View;

/** The names of the fields of one kind: `filter` (what Clear filters resets) or `option`. */
export function fieldsOfKind(kind: 'filter' | 'option'): ViewKey[] {
  return (Object.keys(VIEW_FIELDS) as ViewKey[]).filter((name) => VIEW_FIELDS[name].kind === kind);
}

/** The display theme: light, dark, or whatever the system prefers. */
export type ThemeChoice = 'light' | 'dark' | 'system';

/**
 * Language and theme, when a link names them; a URL without them leaves the reader's stored choice alone, so
 * their value is undefined there.
 */
export const DISPLAY_FIELDS = {
  lang: {
    param: 'lang',
    initial: undefined,
    // Any Chinese tag (zh, zh-TW, zh-Hant-HK) reads as the Traditional Chinese the app has.
    parse: textParser(
      'lang',
      (text): Lang | undefined => (text === 'en' ? 'en' : /^zh/i.test(text) ? 'zh-Hant' : undefined),
      'notices.badLang',
    ),
    format: (value: Lang | undefined) => (value && value !== 'en' ? value : null),
  },
  theme: {
    param: 'theme',
    initial: undefined,
    parse: textParser(
      'theme',
      (text) => (['light', 'dark', 'system'] as const).find((t) => t === text),
      'notices.badTheme',
    ),
    format: (value: ThemeChoice | undefined) => (value && value !== 'system' ? value : null),
  },
};

/** True when the view narrows the data: a filter field differs from its initial value (the URL would name it). */
export function isFiltered(view: Partial<View>): boolean {
  return fieldsOfKind('filter').some(
    (name) =>
      view[name] !== undefined && (VIEW_FIELDS[name] as ViewField<unknown>).format(view[name]) !== null,
  );
}

/** Checks at start-up that no two fields share a name or a URL parameter (a chart's option must be its own). */
function checkUnique(): void {
  const params = new Set<string>(['present', 'step', ...Object.values(DISPLAY_FIELDS).map((f) => f.param)]);
  const names = new Set<string>([...Object.keys(FILTER_FIELDS), ...Object.keys(DISPLAY_FIELDS)]);
  for (const chart of CHART_METAS) {
    for (const [name, field] of Object.entries(chart.options as Record<string, ViewField<unknown>>)) {
      if (names.has(name) || params.has(field.param))
        throw new Error(`charts/${chart.id}: the view field "${name}" (?${field.param}=) is taken`);
      names.add(name);
      params.add(field.param);
    }
  }
}
checkUnique();

export type { ParseContext };

/** The charts' options by field name, with their codecs: what a story step may set besides its filter. */
export const OPTION_FIELDS: Readonly<Record<string, ViewField<unknown>>> = Object.fromEntries(
  fieldsOfKind('option').map((name) => [name, VIEW_FIELDS[name] as ViewField<unknown>]),
);

/** Every option field at its initial value: a story step starts from these, then sets what it names. */
export const INITIAL_OPTIONS: Partial<View> = Object.fromEntries(
  fieldsOfKind('option').map((name) => [name, INITIAL_VIEW[name]]),
);
