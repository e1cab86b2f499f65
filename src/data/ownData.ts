/**
 * The reader's own data: a table of flows with any columns (an edge list, a career history or a path table, as
 * CSV, TSV, pasted cells or a JSON list of records), or a JSON file in the app's schema, turned into the same
 * typed files the article's data gives. Problems are listed per row and column (a table) or per record and field
 * (JSON), and the valid rows are kept, so the reader can choose to go on with them. The reading itself
 * (`import/`) is pure and runs in the import worker for large files.
 */
import type { z } from 'zod';
import { buildFlows, type ImportNote } from './import/build';
import type { ReadSettings } from './import/detect';
import { guessMapping, type ColumnInfo, type Mapping } from './import/mapping';
import {
  detectSettings,
  isDatasetJson,
  parseDelimited,
  profileColumns,
  tableFromRecords,
} from './import/read';
import { DATA_FILES, type DataFiles } from './schema';
import { checkReferences, type DataIssue } from './validate';

/** The files a dataset of one's own provides; the article's metadata and story are the article's alone. */
export type OwnFiles = Omit<DataFiles, 'article'>;

/** How a table was read and mapped: kept with the dataset, so it opens the same way again. */
export interface ImportChoices {
  settings: ReadSettings;
  mapping: Mapping;
}

/** A loaded dataset of one's own: the file it came from and its valid records. */
export interface OwnDataset {
  /** File name as the reader chose it, e.g. `alumni.csv` (or "pasted table"). */
  name: string;
  kind: 'csv' | 'json';
  files: OwnFiles;
  /** When it was loaded, ISO 8601. */
  loadedAt: string;
  /** For a table: how it was read, and what its values count (undefined: people). */
  import?: (ImportChoices & { columns: string[]; unit?: string | undefined }) | undefined;
  /**
   * Its files were made by this app's reader or checked against the schema as it was read: the data loader does
   * not check 100,000 records again on the page. Absent for a dataset stored by an older version.
   */
  checked?: boolean | undefined;
}

/** One problem in a file: where (a table's line and column, or JSON collection, record and field) and what. */
export interface OwnDataProblem {
  /** A table: the line number in the file (the header is line 1). JSON: the collection and record id. */
  row: string;
  /** A table: the column's name. JSON: the field path. */
  column: string;
  message: string;
}

/** What the dialog shows of a table while the reader checks it: settings, columns, mapping and the first rows. */
export interface TablePreview extends ImportChoices {
  columns: ColumnInfo[];
  rows: string[][];
}

/** The result of reading a file: the dataset of its valid rows, the problems and notes, and the counts. */
export interface OwnDataResult {
  dataset: OwnDataset;
  problems: OwnDataProblem[];
  /** What changes what is drawn without being a problem (repeated pairs added together, …). */
  notes: ImportNote[];
  /** Rows (a table) or records (JSON) read, and how many of them are kept. */
  total: number;
  valid: number;
  /** For a table: how it was read, to show and change. */
  table?: TablePreview | undefined;
}

/** Thrown when a file cannot be read at all (not a table or JSON, no header, no rows). */
export class OwnDataError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'OwnDataError';
  }
}

/** A JSON list of flat records as a table, or null for any other text. */
function recordsOf(text: string) {
  if (!/^\s*\[/.test(text)) return null;
  try {
    return tableFromRecords(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Rows the dialog previews. */
const PREVIEW_ROWS = 8;

/**
 * Reads a table of flows: detects how it is written (or takes `choices`, when the reader changed them or opened the
 * file before), guesses which column plays which part, and turns its rows into moves. `onProgress` hears the
 * share read, 0–1.
 * @throws OwnDataError when there are no rows.
 */
export function readTable(
  name: string,
  text: string,
  choices: Partial<ImportChoices> = {},
  onProgress?: (share: number) => void,
): OwnDataResult {
  const settings = choices.settings ?? detectSettings(text);
  const records = recordsOf(text);
  const { errors, ...table } = records
    ? { ...records, errors: [] }
    : parseDelimited(text, settings, onProgress);
  if (!table.rows.length) throw new OwnDataError(name, 'there are no rows under the header');
  const columns = profileColumns(table, settings);
  const mapping =
    choices.mapping && choices.mapping.stages.every((i) => i < columns.length)
      ? choices.mapping
      : guessMapping(columns);
  const built = buildFlows(table, columns, settings, mapping, name, mapping.cite);
  const problems = [
    ...built.problems,
    ...errors.slice(0, 20).map((e) => ({ row: String(e.line), column: '(row)', message: e.message })),
  ];
  return {
    dataset: {
      name,
      kind: records ? 'json' : 'csv',
      loadedAt: new Date().toISOString(),
      files: {
        organizations: built.organizations,
        people: built.people,
        moves: built.moves,
        sources: built.sources,
        figures: [],
        events: [],
      },
      import: { settings, mapping, columns: table.columns, unit: built.unit },
      checked: true,
    },
    problems,
    notes: built.notes,
    total: built.total,
    valid: built.valid,
    table: { settings, mapping, columns, rows: table.rows.slice(0, PREVIEW_ROWS) },
  };
}

const COLLECTIONS = ['sources', 'organizations', 'people', 'moves', 'figures', 'events'] as const;

/**
 * Reads a JSON file in the app's schema: an object with `organizations`, `moves` and, optionally, `people`,
 * `figures`, `events` and `sources`. Invalid records, and records that refer to a dropped or missing one, are
 * listed and left out.
 * @throws OwnDataError when the text is not JSON or not such an object.
 */
export function readDatasetJson(name: string, text: string): OwnDataResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new OwnDataError(name, 'is not valid JSON');
  }
  if (
    !raw ||
    typeof raw !== 'object' ||
    Array.isArray(raw) ||
    !('moves' in raw) ||
    !('organizations' in raw)
  ) {
    throw new OwnDataError(
      name,
      'expected an object with "organizations" and "moves" lists (see data/README.md)',
    );
  }
  const input = raw as Record<string, unknown>;
  const problems: OwnDataProblem[] = [];
  let total = 0;
  const files = {} as Record<(typeof COLLECTIONS)[number], { id: string }[]>;
  for (const collection of COLLECTIONS) {
    const list = input[collection] ?? [];
    if (!Array.isArray(list)) {
      problems.push({ row: collection, column: '(root)', message: 'expected a list of records' });
      files[collection] = [];
      continue;
    }
    total += list.length;
    const seen = new Set<string>();
    files[collection] = list.flatMap((item: unknown, index) => {
      const result = (DATA_FILES[collection].schema as z.ZodType).safeParse(item);
      const id =
        item && typeof item === 'object' && 'id' in item && typeof item.id === 'string'
          ? item.id
          : `#${index + 1}`;
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push({
            row: `${collection} › ${id}`,
            column: issue.path.map(String).join('.') || '(record)',
            message: issue.message,
          });
        return [];
      }
      const record = result.data as { id: string };
      if (seen.has(record.id)) {
        problems.push({ row: `${collection} › ${id}`, column: 'id', message: `duplicate id "${record.id}"` });
        return [];
      }
      seen.add(record.id);
      return [record];
    });
  }
  // Drop what refers to something missing, until nothing does (a dropped organisation drops its moves).
  for (let pass = 0; pass < 4; pass++) {
    const issues = checkReferences(files as unknown as Partial<DataFiles>);
    if (!issues.length) break;
    const bad = new Map<string, Set<string>>();
    for (const issue of issues) {
      problems.push({
        row: `${issue.file.replace('.json', '')} › ${issue.record}`,
        column: issue.field,
        message: issue.message,
      });
      const collection = issue.file.replace('.json', '');
      if (!bad.has(collection)) bad.set(collection, new Set());
      bad.get(collection)!.add(issue.record);
    }
    for (const [collection, ids] of bad) {
      const key = collection as (typeof COLLECTIONS)[number];
      if (files[key]) files[key] = files[key].filter((r) => !ids.has(r.id));
    }
  }
  const valid = COLLECTIONS.reduce((n, c) => n + files[c].length, 0);
  return {
    dataset: {
      name,
      kind: 'json',
      loadedAt: new Date().toISOString(),
      files: files as unknown as OwnFiles,
      checked: true,
    },
    problems,
    notes: [],
    total,
    valid,
  };
}

/**
 * A file's bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16 with its mark. Anything else —
 * Big5, GBK, Latin-1 exports from spreadsheets — is refused rather than read as garbled names.
 * @throws OwnDataError naming the file and how to save it.
 */
export function decodeFile(name: string, bytes: ArrayBuffer): string {
  const head = new Uint8Array(bytes.slice(0, 2));
  const encoding =
    head[0] === 0xff && head[1] === 0xfe
      ? 'utf-16le'
      : head[0] === 0xfe && head[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new OwnDataError(name, 'is not UTF-8 text: save it as “CSV UTF-8” (or JSON) and open it again');
  }
}

/** The JSON a text holds, or null when it is not JSON. */
function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
}

/**
 * Reads what the reader opened or pasted: the app's JSON dataset with its schema; any other text (CSV, TSV,
 * semicolons, a JSON list of records) as a table of flows.
 */
export function readOwnData(
  name: string,
  text: string,
  choices: Partial<ImportChoices> = {},
  onProgress?: (share: number) => void,
): OwnDataResult {
  if (/^\s*\{/.test(text)) {
    const raw = parsedJson(text);
    if (raw === null || isDatasetJson(raw) || /\.json$/i.test(name)) return readDatasetJson(name, text);
  }
  return readTable(name, text, choices, onProgress);
}

/** The issues of a dataset's files against each other; empty for a dataset the app can draw. */
export function ownDataIssues(dataset: OwnDataset): DataIssue[] {
  return checkReferences(dataset.files);
}
