/**
 * Checks the curated data against the article it was taken from: every name, number and date a record holds
 * must occur in the line(s) it cites in `../shared/source/article.zh-Hant.txt`. The article writes numbers the
 * Chinese way (`86.5萬` = 865,000, `十多名` = more than ten) and dates relative to its own date (`去年8月` =
 * August of the year before), so both are normalised before comparing.
 */
import { evaluateFormula } from './formula';
import type { DataFiles, Precision, When } from './schema';
import type { DataIssue } from './validate';
import { namesOf, type Named } from './names';

const DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 萬: 1e4, 億: 1e8 };
const CHINESE_NUMERAL = /[零一二兩三四五六七八九十百千萬億]+/g;

/** Reads a Chinese numeral (`十`, `十四`, `兩`, `三百`, `五萬`) as a number; NaN if it is not one. */
export function parseChineseNumeral(text: string): number {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char];
    } else if (char in UNITS) {
      section += (digit ?? 1) * UNITS[char]!;
      digit = undefined;
    } else if (char in BIG_UNITS) {
      total += (section + (digit ?? 0)) * BIG_UNITS[char]!;
      section = 0;
      digit = undefined;
    } else return Number.NaN;
  }
  return total + section + (digit ?? 0);
}

/**
 * Every number a line of the article states, as plain values: `86.5萬` → 865000, `20億` → 2e9, `7.5%` → 7.5,
 * `十多名` → 10, `三分之一` → 1/3 and 33.33 (percent), `一半` → 0.5 and 50.
 */
export function numbersIn(line: string): number[] {
  const found: number[] = [];
  for (const m of line.matchAll(/(\d+(?:\.\d+)?)\s*(萬|億)?/g)) {
    const value = Number(m[1]);
    found.push(value);
    if (m[2]) found.push(value * BIG_UNITS[m[2]]!);
  }
  for (const m of line.matchAll(CHINESE_NUMERAL)) {
    const value = parseChineseNumeral(m[0]);
    if (!Number.isNaN(value)) found.push(value);
  }
  for (const m of line.matchAll(/([零一二兩三四五六七八九十\d]+)分之([零一二兩三四五六七八九十\d]+)/g)) {
    const [denominator, numerator] = [m[1]!, m[2]!].map((s) =>
      /\d/.test(s) ? Number(s) : parseChineseNumeral(s),
    );
    found.push(numerator! / denominator!, (100 * numerator!) / denominator!);
  }
  if (line.includes('一半')) found.push(0.5, 50);
  return found;
}

/** A date the article states or implies, resolved to ISO 8601 at its precision. */
export interface DateMention {
  date: string;
  precision: Precision;
  through?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Every date a line of the article mentions, absolute (`2023年1月`, `2023年第三季度`) or relative to the
 * article's date (`去年8月`, `2月`, `數天之前`, `過去五年`). A line that says a thing continues (`至今`, `以來`,
 * `開始`) also yields each date as an interval up to the article's month.
 */
export function datesIn(line: string, published: When): DateMention[] {
  const [year, month] = published.date.split('-').map(Number) as [number, number];
  const mentions: DateMention[] = [];
  for (const m of line.matchAll(/(\d{4})(\d{2})(\d{2})\d{2}:\d{2}/g)) {
    mentions.push({ date: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' });
  }
  for (const m of line.matchAll(/(\d{4})年(\d{1,2})月/g)) {
    mentions.push({ date: `${m[1]}-${pad(Number(m[2]))}`, precision: 'month' });
  }
  for (const m of line.matchAll(/(\d{4})年第([一二三四1-4])季度/g)) {
    const quarter = /\d/.test(m[2]!) ? Number(m[2]) : parseChineseNumeral(m[2]!);
    const first = 3 * (quarter - 1) + 1;
    mentions.push({
      date: `${m[1]}-${pad(first)}`,
      precision: 'month',
      through: `${m[1]}-${pad(first + 2)}`,
    });
  }
  for (const m of line.matchAll(/(\d{4})年(?!\d{1,2}月|第)/g))
    mentions.push({ date: m[1]!, precision: 'year' });
  for (const m of line.matchAll(/去年(\d{1,2})月/g)) {
    mentions.push({ date: `${year - 1}-${pad(Number(m[1]))}`, precision: 'month' });
  }
  for (const m of line.matchAll(/(?<![年\d])(\d{1,2})月/g)) {
    const mentioned = Number(m[1]);
    // A bare month is this year's; one already past in the article's year may also mean next year's.
    mentions.push({ date: `${year}-${pad(mentioned)}`, precision: 'month' });
    if (mentioned < month) mentions.push({ date: `${year + 1}-${pad(mentioned)}`, precision: 'month' });
  }
  if (/數天之前|日前|近期|最近/.test(line))
    mentions.push({ date: `${year}-${pad(month)}`, precision: 'month' });
  for (const m of line.matchAll(/過去([一二兩三四五六七八九十\d]+)年/g)) {
    const span = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    mentions.push({ date: String(year - span), precision: 'year', through: String(year) });
  }
  if (/至今|以來|開始/.test(line)) {
    const now = { year: String(year), month: `${year}-${pad(month)}`, day: published.date };
    for (const mention of [...mentions]) {
      if (!mention.through) mentions.push({ ...mention, through: now[mention.precision] });
    }
  }
  return mentions;
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.05, Math.abs(b) * 1e-9);

/** What {@link checkAgainstArticle} confirmed, for the summary `check:data` prints. */
export interface ArticleCheckCounts {
  names: number;
  numbers: number;
  dates: number;
  formulas: number;
}

/**
 * Checks each record's names, numbers and dates against the article lines it cites, and recomputes each derived
 * value from its formula. `articleLines` is the article split into lines (index 0 = line 1).
 * @returns the issues found (empty when all is in order) and how many facts were confirmed.
 */
export function checkAgainstArticle(
  files: DataFiles,
  articleLines: string[],
): { issues: DataIssue[]; counts: ArticleCheckCounts } {
  const issues: DataIssue[] = [];
  const counts: ArticleCheckCounts = { names: 0, numbers: 0, dates: 0, formulas: 0 };
  const orgs = new Map(files.organizations.map((o) => [o.id, o]));
  const people = new Map(files.people.map((p) => [p.id, p]));
  const figures = new Map(files.figures.map((f) => [f.id, f]));
  const published = files.article.published;

  const cited = (lines: number[]) => lines.map((n) => articleLines[n - 1] ?? '').join('\n');

  const name = (file: string, record: string, field: string, named: Named | undefined, text: string) => {
    if (!named) return;
    if (namesOf(named).some((n) => text.includes(n))) counts.names++;
    else issues.push({ file, record, field, message: `"${named.name}" does not occur in the cited line(s)` });
  };
  const number = (file: string, record: string, field: string, value: number, text: string) => {
    if (numbersIn(text).some((n) => close(value, n))) counts.numbers++;
    else issues.push({ file, record, field, message: `${value} does not occur in the cited line(s)` });
  };
  const date = (file: string, record: string, when: When | undefined, lines: number[], field = 'when') => {
    if (!when) return;
    const mentions = lines.flatMap((n) => datesIn(articleLines[n - 1] ?? '', published));
    const match = mentions.some(
      (m) => m.date === when.date && m.precision === when.precision && m.through === when.through,
    );
    if (match) counts.dates++;
    else {
      const span = when.through ? `${when.date}/${when.through}` : when.date;
      issues.push({ file, record, field, message: `${span} is not a date the cited line(s) give` });
    }
  };
  const formula = (
    file: string,
    record: string,
    derived: { formula: string; inputs: Record<string, string> },
    value: number,
  ) => {
    const scope: Record<string, number> = {};
    for (const [key, id] of Object.entries(derived.inputs)) {
      const input = figures.get(id)?.value;
      if (input === undefined) {
        issues.push({ file, record, field: `derived.inputs.${key}`, message: `figure "${id}" has no value` });
        return;
      }
      scope[key] = input;
    }
    try {
      const computed = evaluateFormula(derived.formula, scope);
      if (Math.abs(computed - value) <= 0.5) counts.formulas++;
      else
        issues.push({
          file,
          record,
          field: 'derived.formula',
          message: `gives ${computed}, but the record holds ${value}`,
        });
    } catch (error) {
      issues.push({ file, record, field: 'derived.formula', message: (error as Error).message });
    }
  };

  for (const s of files.sources) name('sources.json', s.id, 'name', s, cited(s.provenance.lines));
  for (const o of files.organizations) name('organizations.json', o.id, 'name', o, cited(o.provenance.lines));
  for (const p of files.people) {
    const text = cited(p.provenance.lines);
    name('people.json', p.id, 'name', p, text);
    p.career?.forEach((stop, i) => {
      name('people.json', p.id, `career.${i}.org`, orgs.get(stop.org), text);
      date('people.json', p.id, stop.when, p.provenance.lines, `career.${i}.when`);
    });
  }

  for (const m of files.moves) {
    const text = cited(m.provenance.lines);
    if (m.person) name('moves.json', m.id, 'person', people.get(m.person), text);
    name('moves.json', m.id, 'from', orgs.get(m.from), text);
    if (m.to) name('moves.json', m.id, 'to', orgs.get(m.to), text);
    if (m.derived) formula('moves.json', m.id, m.derived, m.count);
    else if (!m.person) number('moves.json', m.id, 'count', m.count, text);
    date('moves.json', m.id, m.when, m.provenance.lines);
  }

  for (const f of files.figures) {
    const text = cited(f.provenance.lines);
    if (f.subject) name('figures.json', f.id, 'subject', orgs.get(f.subject), text);
    f.related?.forEach((id, i) => name('figures.json', f.id, `related.${i}`, orgs.get(id), text));
    if (f.derived && f.value !== undefined) formula('figures.json', f.id, f.derived, f.value);
    else if (f.value !== undefined) number('figures.json', f.id, 'value', f.value, text);
    if (f.range) {
      number('figures.json', f.id, 'range.min', f.range.min, text);
      number('figures.json', f.id, 'range.max', f.range.max, text);
    }
    if (f.rank !== undefined) {
      // "the largest source" ranks first, and "second only to" second, without a numeral.
      if ((f.rank === 1 && /最大|首位/.test(text)) || (f.rank === 2 && /僅次/.test(text))) counts.numbers++;
      else number('figures.json', f.id, 'rank', f.rank, text);
    }
    date('figures.json', f.id, f.when, f.provenance.lines);
  }

  for (const e of files.events) {
    const text = cited(e.provenance.lines);
    e.orgs.forEach((id, i) => name('events.json', e.id, `orgs.${i}`, orgs.get(id), text));
    e.people.forEach((id, i) => name('events.json', e.id, `people.${i}`, people.get(id), text));
    date('events.json', e.id, e.when, e.provenance.lines);
  }

  date('article.json', files.article.id, files.article.published, files.article.provenance.lines);
  return { issues, counts };
}
