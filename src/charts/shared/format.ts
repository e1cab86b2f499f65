/**
 * Formatting of values, counts and dates for labels, tooltips and accessible names, in the reader's language:
 * numbers, currencies and dates through `Intl` for the locale, words through the message catalog. Dates are
 * formatted in UTC so every time zone shows the same day.
 */
import type { Figure, When } from '../../data/schema';

/** The languages of the UI: English and Traditional Chinese (the article's script). */
export type Lang = 'en' | 'zh-Hant';

/** Looks up a message in the catalog (i18next's `t`), with interpolation and `count` plurals. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Formatters for one language; see {@link createFormatters}. */
export interface Formatters {
  /** USD, compact: 865000 → "$865K" (en), "US$86.5萬" (zh-Hant). */
  usdCompact(value: number): string;
  /** USD in full: 865000 → "$865,000". */
  usd(value: number): string;
  /** A plain number, at most one decimal: 7.5 → "7.5", 1000 → "1,000". */
  number(value: number): string;
  /** "at least", "more than", … for a qualifier id; empty for none. */
  qualifier(qualifier: string | undefined): string;
  /** People with the article's qualifier: "1 person", "5 people", "more than 10 people". */
  people(count: number, qualifier?: string): string;
  /**
   * How much a flow carries: people (`unit` undefined, as in the article), a plain number (`''`), or a number and
   * its unit ("124.7 TWh"), with the qualifier.
   */
  quantity(count: number, unit: string | undefined, qualifier?: string): string;
  /** A count with its lower-bound marker, for tight labels: 10 more-than → "10+", 6 at-least → "≥6". */
  countShort(count: number, qualifier?: string): string;
  /** One ISO date at its precision: "2015", "Oct 2023", "23 Jan 2024". */
  isoDate(iso: string): string;
  /** A {@link When}: "Oct 2023", or an interval "Oct 2023 – Jan 2024"; "date not given" when absent. */
  when(when: When | undefined): string;
  /** A figure's value in its unit, with its qualifier: "$865K", "7.5%", "more than 30 people", "#2". */
  figureValue(figure: Figure, compact?: boolean): string;
  /** An order of magnitude in words: 1e5 → "hundreds of thousands". */
  magnitude(value: number): string;
  /** Axis tick labels: a year, a month with its year, a month alone. */
  yearTick(date: Date): string;
  monthTick(date: Date, withYear: boolean): string;
}

const INTL: Record<Lang, string> = { en: 'en-US', 'zh-Hant': 'zh-Hant' };

function utc(iso: string): Date {
  const [y, m = 1, d = 1] = iso.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(2000, m - 1, d));
  // setUTCFullYear, because Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(y);
  return date;
}

/** `value` rounded to `digits` significant digits: 450521 → 451000. */
export function roundSignificant(value: number, digits: number): number {
  if (value === 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(value))) + 1 - digits);
  return Math.round(value / scale) * scale;
}

const MAGNITUDES: [number, string][] = [
  [1e9, 'billions'],
  [1e8, 'hundredsOfMillions'],
  [1e7, 'tensOfMillions'],
  [1e6, 'millions'],
  [1e5, 'hundredThousands'],
  [1e4, 'tensOfThousands'],
  [1e3, 'thousands'],
];

const QUALIFIER_KEYS: Record<string, string> = {
  'at-least': 'format.atLeast',
  'more-than': 'format.moreThan',
  nearly: 'format.nearly',
  'up-to': 'format.upTo',
};

/** Builds the formatters for `lang`, taking words from `t`. */
export function createFormatters(lang: Lang, t: Translate): Formatters {
  const locale = INTL[lang];
  const usdCompact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumSignificantDigits: 3,
  });
  const usdFull = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // Small fractions keep three significant digits (0.597 TWh is not 0.6).
  const small = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthOnly = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

  const number = (value: number) =>
    value !== 0 && Math.abs(value) < 10 && !Number.isInteger(value)
      ? small.format(value)
      : plain.format(value);
  const qualifier = (q: string | undefined) => (q && QUALIFIER_KEYS[q] ? t(QUALIFIER_KEYS[q]) : (q ?? ''));
  // Dates repeat (thousands of moves in a few hundred months): each is formatted once.
  const dates = new Map<string, string>();
  const isoDate = (iso: string) => {
    let text = dates.get(iso);
    if (text === undefined) {
      text =
        iso.length === 4
          ? year.format(utc(iso))
          : iso.length === 7
            ? month.format(utc(iso))
            : day.format(utc(iso));
      dates.set(iso, text);
    }
    return text;
  };
  const people = (count: number, q?: string) =>
    q
      ? t('format.qualifiedPeople', { qualifier: qualifier(q), count, n: number(count) })
      : t('format.people', { count, n: number(count) });
  const magnitude = (value: number) => {
    const key = MAGNITUDES.find(([v]) => value >= v)?.[1];
    return key ? t(`format.${key}`) : number(value);
  };

  return {
    usdCompact: (value) => usdCompact.format(value),
    usd: (value) => usdFull.format(value),
    number,
    qualifier,
    people,
    quantity: (count, unit, q) => {
      if (unit === undefined) return people(count, q);
      const amount = unit === '' ? number(count) : `${number(count)} ${unit}`;
      return q ? `${qualifier(q)} ${amount}` : amount;
    },
    countShort: (count, q) =>
      q === 'more-than' ? `${number(count)}+` : q === 'at-least' ? `≥${number(count)}` : number(count),
    isoDate,
    when: (when) => {
      if (!when) return t('format.dateNotGiven');
      const start = isoDate(when.date);
      return when.through ? `${start} – ${isoDate(when.through)}` : start;
    },
    figureValue: (figure, compact = true) => {
      // A derived value is only as precise as the rounded percentages it comes from: three significant digits.
      const words = figure.derived ? t('format.about') : qualifier(figure.qualifier);
      const prefix = words ? `${words} ` : '';
      const one = (v: number) => {
        switch (figure.unit) {
          case 'USD per year':
            return compact ? usdCompact.format(v) : t('format.aYear', { value: usdFull.format(v) });
          case 'USD':
            return compact ? usdCompact.format(v) : usdFull.format(v);
          case 'percent':
            return `${number(v)}%`;
          default:
            return `${number(v)} ${t(`format.unit.${figure.unit}`, { count: v })}`;
        }
      };
      if (figure.value !== undefined) {
        return prefix + one(figure.derived ? roundSignificant(figure.value, 3) : figure.value);
      }
      if (figure.range) return `${one(figure.range.min)}–${one(figure.range.max)}`;
      if (figure.magnitude) {
        const unit =
          figure.unit === 'USD' || figure.unit === 'USD per year'
            ? 'USD'
            : t(`format.unit.${figure.unit}`, { count: 2 });
        return t('format.magnitude', {
          from: magnitude(figure.magnitude.from),
          to: magnitude(figure.magnitude.to),
          unit,
        });
      }
      return figure.rank !== undefined ? t('format.rank', { rank: figure.rank }) : '';
    },
    magnitude,
    yearTick: (date) => year.format(date),
    monthTick: (date, withYear) => (withYear ? month : monthOnly).format(date),
  };
}
