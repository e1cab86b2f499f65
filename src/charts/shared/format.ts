/**
 * Formatting of values, counts and dates for labels, tooltips and accessible names. Dates are formatted in UTC
 * so every time zone shows the same day.
 */
import type { Figure, When } from '../../data/schema';

const usdCompact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumSignificantDigits: 3,
});
const usdFull = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** USD, compact: 865000 → "$865K", 2e9 → "$2B". */
export function formatUsdCompact(value: number): string {
  return usdCompact.format(value);
}

/** USD in full: 865000 → "$865,000". */
export function formatUsd(value: number): string {
  return usdFull.format(value);
}

/** A plain number, at most one decimal: 7.5 → "7.5", 1000 → "1,000". */
export function formatNumber(value: number): string {
  return plain.format(value);
}

const QUALIFIER_WORDS: Record<string, string> = {
  'at-least': 'at least',
  'more-than': 'more than',
  nearly: 'nearly',
  'up-to': 'up to',
};

/** "at least", "more than", … for a qualifier id; empty for none. */
export function qualifierWords(qualifier: string | undefined): string {
  return qualifier ? (QUALIFIER_WORDS[qualifier] ?? qualifier) : '';
}

/** People with the article's qualifier: "1 person", "5 people", "more than 10 people". */
export function formatPeople(count: number, qualifier?: string): string {
  const words = qualifierWords(qualifier);
  return `${words ? `${words} ` : ''}${formatNumber(count)} ${count === 1 && !words ? 'person' : 'people'}`;
}

/** A count with its lower-bound marker, for tight labels: 10 more-than → "10+", 6 at-least → "≥6". */
export function formatCountShort(count: number, qualifier?: string): string {
  if (qualifier === 'more-than') return `${formatNumber(count)}+`;
  if (qualifier === 'at-least') return `≥${formatNumber(count)}`;
  return formatNumber(count);
}

function utc(iso: string): Date {
  const [y, m = 1, d = 1] = iso.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(y, m - 1, d));
}

/** One ISO date at its precision: "2015", "Oct 2023", "23 Jan 2024". */
export function formatIsoDate(iso: string): string {
  if (iso.length === 4) return iso;
  if (iso.length === 7) return monthFormat.format(utc(iso));
  return dayFormat.format(utc(iso));
}

/** A {@link When}: "Oct 2023", or an interval "Oct 2023 – Jan 2024"; "date not given" when absent. */
export function formatWhen(when: When | undefined): string {
  if (!when) return 'date not given';
  const start = formatIsoDate(when.date);
  return when.through ? `${start} – ${formatIsoDate(when.through)}` : start;
}

/** A figure's value in its unit, with its qualifier: "$865K", "7.5%", "more than 30 people", "#2". */
export function formatFigureValue(figure: Figure, compact = true): string {
  // A derived value is only as precise as the rounded percentages it comes from: three significant digits.
  const words = figure.derived ? 'about' : qualifierWords(figure.qualifier);
  const prefix = words ? `${words} ` : '';
  const one = (v: number) => {
    switch (figure.unit) {
      case 'USD per year':
        return `${compact ? formatUsdCompact(v) : formatUsd(v)}${compact ? '' : ' a year'}`;
      case 'USD':
        return compact ? formatUsdCompact(v) : formatUsd(v);
      case 'percent':
        return `${formatNumber(v)}%`;
      default:
        return `${formatNumber(v)} ${v === 1 ? singular(figure.unit) : figure.unit}`;
    }
  };
  if (figure.value !== undefined)
    return prefix + one(figure.derived ? roundSignificant(figure.value, 3) : figure.value);
  if (figure.range) return `${one(figure.range.min)}–${one(figure.range.max)}`;
  if (figure.magnitude) {
    const unit = figure.unit === 'USD' || figure.unit === 'USD per year' ? ' USD' : ` ${figure.unit}`;
    return `${magnitudeWords(figure.magnitude.from)} to ${magnitudeWords(figure.magnitude.to)}${unit}`;
  }
  return figure.rank !== undefined ? `#${figure.rank}` : '';
}

const MAGNITUDES: [number, string][] = [
  [1e9, 'billions'],
  [1e8, 'hundreds of millions'],
  [1e7, 'tens of millions'],
  [1e6, 'millions'],
  [1e5, 'hundreds of thousands'],
  [1e4, 'tens of thousands'],
  [1e3, 'thousands'],
];

/** An order of magnitude in words: 1e5 → "hundreds of thousands", 1e6 → "millions". */
export function magnitudeWords(value: number): string {
  return MAGNITUDES.find(([v]) => value >= v)?.[1] ?? formatNumber(value);
}

/** "people" → "person", "years" → "year": the unit for a count of one. */
function singular(unit: string): string {
  return unit === 'people' ? 'person' : unit.replace(/s$/, '');
}

/** `value` rounded to `digits` significant digits: 450521 → 451000. */
export function roundSignificant(value: number, digits: number): number {
  if (value === 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(value))) + 1 - digits);
  return Math.round(value / scale) * scale;
}
