/**
 * Reading a table the way its author wrote it, before anything is charted: which character separates the cells,
 * whether the first row names the columns, how numbers are written (a decimal point or comma, thousands
 * separators), how dates are written and how precisely (a year, a month, a day), and what each column holds.
 * Everything here is a pure function of text, so it is tested on generated tables; the import worker runs it, and
 * the Open data dialog shows what it found and lets the reader change it.
 */
import { isIsoAtPrecision, type Precision } from '../shapes';

/** The cell separators a table may use. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
/** A cell separator; see {@link DELIMITERS}. */
export type Delimiter = (typeof DELIMITERS)[number];

/** How the numbers of a table are written: the decimal mark (the thousands separator is the other, or a space). */
export type DecimalMark = '.' | ',';

/** What a column holds. */
export type ColumnType = 'number' | 'date' | 'text' | 'empty';

/** How a table is read: detected, shown to the reader, changeable. */
export interface ReadSettings {
  delimiter: Delimiter;
  /** The first row names the columns. */
  header: boolean;
  decimal: DecimalMark;
  /** How ambiguous dates like 03/04/2023 are read: day first (03 April) or month first (March 4). */
  dayFirst: boolean;
}

/** Splits one line into cells, honouring double quotes (`"a, b"`, `""` for a quote inside). */
export function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** The first non-blank lines of a text, for detection (quoted line breaks are rare in the lines that decide). */
export function sampleLines(text: string, count = 50): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() !== '') lines.push(line);
    start = end + 1;
  }
  return lines;
}

/**
 * The separator that splits the sample's lines into the same number of cells, more than one, most consistently:
 * a spreadsheet's cells pasted as text are tab-separated, Excel in much of Europe writes `;`.
 */
export function detectDelimiter(lines: readonly string[]): Delimiter {
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: -1 };
  // On a tie the rarer character wins: commas stand inside numbers (1,234.5) and names, tabs almost never do.
  for (const delimiter of ['\t', ';', '|', ','] as const) {
    const counts = lines.map((line) => splitLine(line, delimiter).length);
    const frequency = new Map<number, number>();
    for (const n of counts) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    const [mode, hits] = [...frequency.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [1, 0];
    if (mode < 2) continue;
    // Consistency first; among equally consistent separators, the one that makes more columns.
    const score = (hits / Math.max(1, counts.length)) * 100 + Math.min(mode, 20);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

const CURRENCY = /[$€£¥₩₹]|US\$|RMB|CNY|USD|EUR|GBP|JPY/gi;
const SPACES = /[\s\u00a0\u202f\u2009']/g;

/** True when the text is written like a number in either notation (signs, groups, currency, percent allowed). */
export function looksNumeric(text: string): boolean {
  const t = text.replace(CURRENCY, '').replace(SPACES, '').replace(/%$/, '');
  return /^[+\-−]?(\d+|\d{1,3}([.,]\d{3})+)([.,]\d+)?$/.test(t) || /^[+\-−]?[.,]\d+$/.test(t);
}

/**
 * Which decimal mark the numbers use, by the shapes only one reading explains: `1.234,5` and `0,75` mean a decimal
 * comma, `1,234.5` and `0.75` a decimal point; `1,234` alone is a thousand (a comma with three digits after it is a
 * group). A point by default.
 */
export function detectDecimal(values: readonly string[]): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const value of values) {
    const t = value
      .replace(CURRENCY, '')
      .replace(SPACES, '')
      .replace(/%$/, '')
      .replace(/^[+\-−]/, '');
    if (/^\d{1,3}(\.\d{3})+,\d+$/.test(t) || /^\d+,(\d{1,2}|\d{4,})$/.test(t) || /^,\d+$/.test(t)) comma++;
    else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(t) || /^\d+\.(\d{1,2}|\d{4,})$/.test(t) || /^\.\d+$/.test(t))
      point++;
    else if (/^\d{1,3}(\.\d{3}){2,}$/.test(t)) comma++;
    else if (/^\d{1,3}(,\d{3}){2,}$/.test(t)) point++;
  }
  return comma > point ? ',' : '.';
}

/** A number written with `decimal` as its decimal mark (groups, spaces, currency and a trailing % dropped); NaN if none. */
export function parseNumber(text: string, decimal: DecimalMark): number {
  let t = text.trim().replace(CURRENCY, '').replace(SPACES, '').replace(/%$/, '').replace('−', '-');
  if (t === '') return Number.NaN;
  if (decimal === ',') t = t.replace(/\./g, '').replace(',', '.');
  else t = t.replace(/,/g, '');
  // Scientific notation too: statistical tables write tiny flows as 1.4e-05.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number.NaN;
  return Number(t);
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as ISO 8601 at the precision it was written with. */
export interface ReadDate {
  iso: string;
  precision: Precision;
}

/** `iso` if it names a real date at `precision`, else null. */
function checked(iso: string, precision: Precision): ReadDate | null {
  return isIsoAtPrecision(iso, precision) ? { iso, precision } : null;
}

/**
 * Reads a date the ways tables write them — `2023`, `2023-10`, `2023-10-05`, `2023/10/05`, `10/2023`,
 * `05/10/2023` (day first unless told otherwise), `Oct 2023`, `5 October 2023`, `2023年10月5日`, an ISO timestamp —
 * keeping the precision it was given at. Null for anything else.
 */
export function parseDate(text: string, dayFirst = true): ReadDate | null {
  const t = text.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(t))) return checked(m[1]!, 'year');
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(t))) return checked(`${m[1]}-${pad(+m[2]!)}`, 'month');
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t)))
    return checked(`${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`, 'day');
  if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(t))) return checked(`${m[2]}-${pad(+m[1]!)}`, 'month');
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t))) {
    const [a, b] = [+m[1]!, +m[2]!];
    // A part above 12 can only be a day, whatever the reader's habit.
    const [day, month] = a > 12 ? [a, b] : b > 12 ? [b, a] : dayFirst ? [a, b] : [b, a];
    return checked(`${m[3]}-${pad(month)}-${pad(day)}`, 'day');
  }
  if ((m = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?$/.exec(t))) {
    if (m[3]) return checked(`${m[1]}-${pad(+m[2]!)}-${pad(+m[3])}`, 'day');
    if (m[2]) return checked(`${m[1]}-${pad(+m[2])}`, 'month');
    return checked(m[1]!, 'year');
  }
  if ((m = /^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?,?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/.exec(t))) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (!month) return null;
    const day = m[1] ?? m[3];
    return day
      ? checked(`${m[4]}-${pad(month)}-${pad(+day)}`, 'day')
      : checked(`${m[4]}-${pad(month)}`, 'month');
  }
  return null;
}

/**
 * Whether ambiguous dates in a column (`03/04/2023`) are day first: yes if any date there has a first part above
 * 12, no if any has a second part above 12, yes otherwise (the more common habit outside the United States).
 */
export function detectDayFirst(values: readonly string[]): boolean {
  for (const value of values) {
    const m = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}$/.exec(value.trim());
    if (!m) continue;
    if (+m[1]! > 12) return true;
    if (+m[2]! > 12) return false;
  }
  return true;
}

/**
 * What a column holds, from its non-empty cells: numbers, dates or text (the share that decides: 80 %). A column of
 * four-digit years between 1800 and 2100 reads as dates, unless its header (`hint`) calls it a quantity.
 */
export function columnType(
  values: readonly string[],
  settings: Pick<ReadSettings, 'decimal' | 'dayFirst'>,
  hint: 'date' | 'number' | null = null,
): ColumnType {
  const cells = values.map((v) => v.trim()).filter((v) => v !== '');
  if (!cells.length) return 'empty';
  const share = (test: (v: string) => boolean) => cells.filter(test).length / cells.length;
  const dates = share((v) => parseDate(v, settings.dayFirst) !== null);
  const numbers = share((v) => !Number.isNaN(parseNumber(v, settings.decimal)));
  const years = share((v) => /^\d{4}$/.test(v) && +v >= 1800 && +v <= 2100);
  if (hint === 'number' && numbers >= 0.8) return 'number';
  if (hint === 'date' && dates >= 0.8) return 'date';
  if (years === 1 || (dates >= 0.8 && years < 1)) return 'date';
  if (numbers >= 0.8) return 'number';
  return dates >= 0.8 ? 'date' : 'text';
}

/** The first row is a header: it names the columns rather than holding a first record. */
export function detectHeader(
  rows: readonly string[][],
  settings: Pick<ReadSettings, 'decimal' | 'dayFirst'>,
): boolean {
  const [first, ...rest] = rows;
  if (!first || !rest.length) return true;
  const columns = first.length;
  let contrast = 0;
  let repeats = 0;
  for (let c = 0; c < columns; c++) {
    const head = (first[c] ?? '').trim();
    const below = rest.map((r) => r[c] ?? '');
    const type = columnType(below, settings);
    const headType = columnType([head], settings);
    // "value" over numbers, "date" over dates: the first row is of another kind than the column.
    if ((type === 'number' || type === 'date') && headType === 'text') contrast++;
    if ((type === 'number' || type === 'date') && headType === type) return false;
    if (head !== '' && below.some((v) => v.trim() === head)) repeats++;
  }
  if (contrast > 0) return true;
  if (first.some((cell) => cell.trim() === '')) return false;
  // Only text: a first row whose cells come back below is a record like the others.
  return repeats === 0;
}
