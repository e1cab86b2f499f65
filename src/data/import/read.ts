/**
 * From text to a table the reader can map: the settings detected on a sample (separator, header row, decimal mark,
 * day-first dates), the whole text parsed with them by papaparse (row by row, so each row knows its line in the
 * file, with progress for large files), and each column's type. JSON is read too: a list of flat records becomes a
 * table; the app's own dataset format is recognised for the caller to read with its schema.
 */
import Papa from 'papaparse';
import {
  columnType,
  detectDayFirst,
  detectDecimal,
  detectDelimiter,
  detectHeader,
  sampleLines,
  splitLine,
  type ReadSettings,
} from './detect';
import type { Table } from './build';
import { normaliseHeader, type ColumnInfo } from './mapping';

/** How many rows detection looks at: enough to see a column's habits, few enough to be instant. */
const PROFILE_ROWS = 1000;

/** A JSON text that is the app's own dataset (organisations and moves), to be read with the schema. */
export function isDatasetJson(value: unknown): boolean {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    'moves' in value &&
    'organizations' in value
  );
}

/**
 * A JSON list of flat records (`[{"source": "A", "target": "B", "value": 3}, …]`) as a table: the keys of all
 * records as columns, in first-seen order; null when the JSON is not such a list.
 */
export function tableFromRecords(value: unknown): Table | null {
  if (
    !Array.isArray(value) ||
    !value.length ||
    !value.every((r) => r && typeof r === 'object' && !Array.isArray(r))
  )
    return null;
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const record of value as Record<string, unknown>[])
    for (const key of Object.keys(record))
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
  const cell = (v: unknown) =>
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return {
    columns,
    rows: (value as Record<string, unknown>[]).map((r) => columns.map((c) => cell(r[c]))),
    // Records have no lines: they are numbered from 1, as a reader counts them.
    lines: value.map((_, i) => i + 1),
  };
}

/** The settings of a delimited text, detected on its first lines. */
export function detectSettings(text: string): ReadSettings {
  const lines = sampleLines(text.replace(/^\uFEFF/, ''), 60);
  const delimiter = detectDelimiter(lines);
  const rows = lines.map((line) => splitLine(line, delimiter));
  const cells = rows.slice(1).flat();
  // With commas between cells, a decimal comma can only stand inside quotes: the point is the likelier mark.
  const decimal = detectDecimal(cells);
  const dayFirst = detectDayFirst(cells);
  const header = detectHeader(rows, { decimal, dayFirst });
  return { delimiter, header, decimal, dayFirst };
}

/** Offsets of the line breaks of a text, to turn a row's place in the text into its line number. */
function lineIndex(text: string): (offset: number) => number {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return (offset) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/** A parsed table, and the problems of rows the parser could not read (a quote never closed). */
export interface ParsedTable extends Table {
  errors: { line: number; message: string }[];
}

/**
 * Parses the whole text with `settings`, row by row (blank lines skipped; each row keeps the line it starts on);
 * `onProgress` hears the share done, 0–1, as it goes.
 */
export function parseDelimited(
  text: string,
  settings: ReadSettings,
  onProgress?: (share: number) => void,
): ParsedTable {
  const source = text.replace(/^\uFEFF/, '');
  const lineOf = lineIndex(source);
  const rows: string[][] = [];
  const lines: number[] = [];
  const errors: { line: number; message: string }[] = [];
  let start = 0;
  let next = 0.05;
  Papa.parse<string[]>(source, {
    delimiter: settings.delimiter,
    skipEmptyLines: 'greedy',
    step: (row) => {
      const end = row.meta.cursor;
      const first = source.slice(start, Math.min(end, start + 200)).search(/\S/);
      const line = lineOf(start + Math.max(0, first));
      rows.push(row.data.map((cell) => cell ?? ''));
      lines.push(line);
      for (const error of row.errors)
        if (error.code !== 'TooFewFields' && error.code !== 'TooManyFields')
          errors.push({ line, message: error.message });
      start = end;
      if (onProgress && end / source.length >= next) {
        onProgress(end / source.length);
        next += 0.05;
      }
    },
  });
  const width = Math.max(0, ...rows.slice(0, 200).map((r) => r.length));
  const columns = settings.header
    ? (rows.shift() ?? []).map((name, i) => name.trim() || `Column ${i + 1}`)
    : Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
  if (settings.header) lines.shift();
  return { columns, rows, lines, errors };
}

/** The header's hint for a column's type: a year column is a date, a count column a number. */
function hintOf(name: string): 'date' | 'number' | null {
  const n = normaliseHeader(name);
  if (/\b(year|date|when|month|period|since|start)\b|年|日期|時間|时间/.test(n)) return 'date';
  if (
    /\b(value|count|amount|number|total|people|persons|size|flow|weight|volume|quantity|n)\b|數|数|量/.test(n)
  )
    return 'number';
  return null;
}

/** Each column's name and type, from the first rows. */
export function profileColumns(
  table: Table,
  settings: Pick<ReadSettings, 'decimal' | 'dayFirst'>,
): ColumnInfo[] {
  const sample = table.rows.slice(0, PROFILE_ROWS);
  return table.columns.map((name, i) => ({
    name,
    type: columnType(
      sample.map((row) => row[i] ?? ''),
      settings,
      hintOf(name),
    ),
  }));
}
