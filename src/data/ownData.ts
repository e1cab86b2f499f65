/**
 * The reader's own data: a CSV of moves (`person,from,to,date,count,source`) or a JSON file in the app's schema,
 * turned into the same typed files the article's data gives. Problems are listed per row and column (CSV) or per
 * record and field (JSON), and the valid rows are kept, so the reader can choose to go on with them.
 */
import type { z } from 'zod';
import {
  DATA_FILES,
  isIsoAtPrecision,
  slugify,
  type DataFiles,
  type Move,
  type Organization,
  type Person,
  type Precision,
  type Source,
} from './schema';
import { checkReferences, type DataIssue } from './validate';

/** The files a dataset of one's own provides; the article's metadata and story are the article's alone. */
export type OwnFiles = Omit<DataFiles, 'article'>;

/** A loaded dataset of one's own: the file it came from and its valid records. */
export interface OwnDataset {
  /** File name as the reader chose it, e.g. `alumni.csv`. */
  name: string;
  kind: 'csv' | 'json';
  files: OwnFiles;
  /** When it was loaded, ISO 8601. */
  loadedAt: string;
}

/** One problem in a file: where (CSV row and column, or JSON collection, record and field) and what. */
export interface OwnDataProblem {
  /** CSV: the line number in the file (the header is line 1). JSON: the collection and record id. */
  row: string;
  /** CSV: the column name. JSON: the field path. */
  column: string;
  message: string;
}

/** The result of reading a file: the dataset of its valid rows, the problems, and the counts. */
export interface OwnDataResult {
  dataset: OwnDataset;
  problems: OwnDataProblem[];
  /** Rows (CSV) or records (JSON) read, and how many of them are kept. */
  total: number;
  valid: number;
}

/** The CSV columns, in the documented order; `from` and `to` are required, the rest optional. */
export const CSV_COLUMNS = ['person', 'from', 'to', 'date', 'count', 'source'] as const;

/** Thrown when a file cannot be read at all (not CSV or JSON, no header, no rows). */
export class OwnDataError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'OwnDataError';
  }
}

function hash(text: string): string {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h.toString(36);
}

/**
 * Ids for the names of one file: the name's slug where it says all of the name (`Mistral AI` → `mistral-ai`);
 * the slug and a hash of the name where the slug drops letters (`谷歌 AI` → `ai-x…`) or another name already has it
 * (`C++ Labs` and `C Labs`), so different names never merge; the same name, in any case, always gets the same id.
 */
export function uniqueIds(): (prefix: string, name: string) => string {
  const byName = new Map<string, string>();
  const owner = new Map<string, string>();
  return (prefix, name) => {
    const key = name.trim().toLowerCase();
    const known = byName.get(key);
    if (known) return known;
    const slug = slugify(name).slice(0, 70).replace(/-+$/, '');
    // Letters of other scripts are dropped by the slug: keep them in the id through the hash.
    const lossy = /[^\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}\p{M}]/u.test(name);
    let id = !slug ? `${prefix}-${hash(key)}` : lossy ? `${slug}-x${hash(key)}` : slug;
    if (owner.has(id) && owner.get(id) !== key) id = `${slug || prefix}-x${hash(key)}`;
    owner.set(id, key);
    byName.set(key, id);
    return id;
  };
}

function precisionOfDate(text: string): Precision | null {
  for (const precision of ['day', 'month', 'year'] as const)
    if (isIsoAtPrecision(text, precision)) return precision;
  return null;
}

const FIELD_COLUMN: Record<string, string> = {
  from: 'from',
  to: 'to',
  person: 'person',
  count: 'count',
  when: 'date',
  'when.date': 'date',
  provenance: 'source',
  role: 'person',
};

/**
 * Reads a CSV of moves. Each row becomes one move; organisations, people and sources are made from the names in
 * it. The provenance of each move is its line in the file.
 * @throws OwnDataError when the text has no header with `from` and `to`, or no rows.
 */
export async function readMovesCsv(name: string, text: string): Promise<OwnDataResult> {
  // Loaded only when someone opens a CSV.
  const { default: Papa } = await import('papaparse');
  const source = text.replace(/^\uFEFF/, '');
  const header = Papa.parse<string[]>(source, { preview: 1 });
  const fields = (header.data[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = ['from', 'to'].filter((c) => !fields.includes(c));
  if (missing.length) {
    throw new OwnDataError(
      name,
      `the header must name the columns ${CSV_COLUMNS.join(',')} (missing: ${missing.join(', ')})`,
    );
  }
  // Row by row, to know where each ends: with blank lines skipped and quoted line breaks, the row number is not
  // the line number, and problems (and each move's provenance) cite the line the reader sees in an editor.
  const parsed = {
    data: [] as Record<string, string>[],
    lines: [] as number[],
    errors: [] as { line: number; message: string }[],
  };
  const newlines: number[] = [];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) newlines.push(i);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  // Where the rows start: after the header's line (papaparse's preview cursor runs past it).
  let start = source.indexOf('\n') + 1;
  Papa.parse<Record<string, string>>(source, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
    step: (row) => {
      const end = row.meta.cursor;
      const first = source.slice(start, end).search(/\S/);
      const line = lineOf(start + Math.max(0, first));
      parsed.data.push(row.data);
      parsed.lines.push(line);
      // Short and long rows are fine (missing optional columns, extra ones); a broken quote is not.
      for (const error of row.errors)
        if (error.code !== 'TooFewFields' && error.code !== 'TooManyFields')
          parsed.errors.push({ line, message: error.message });
      start = end;
    },
  });
  if (!parsed.data.length) throw new OwnDataError(name, 'there are no rows under the header');

  const problems: OwnDataProblem[] = [];
  const orgs = new Map<string, Organization>();
  const people = new Map<string, Person>();
  const sources = new Map<string, Source>();
  const moves: Move[] = [];
  const idFor = uniqueIds();
  const fileSource = idFor('source', name.replace(/\.[^.]+$/, '')) || 'own-data';
  const provenanceFor = (line: number, source: string) => ({
    lines: [line],
    sources: [source],
    note: `Line ${line} of ${name}`.slice(0, 140),
  });

  parsed.data.forEach((row, index) => {
    const line = parsed.lines[index]!;
    const cell = (column: string) => (row[column] ?? '').trim();
    const rowProblems: OwnDataProblem[] = [];
    const problem = (column: string, message: string) =>
      rowProblems.push({ row: String(line), column, message });

    const from = cell('from');
    const to = cell('to');
    if (!from) problem('from', 'is empty: name the organisation they left');
    if (from && to && idFor('org', from) === idFor('org', to))
      problem('to', `is the same as from ("${from}")`);
    const countText = cell('count');
    const count = countText === '' ? 1 : Number(countText.replace(/[,_\s]/g, ''));
    if (!Number.isInteger(count) || count < 1)
      problem('count', `"${countText}" is not a whole number of people (1 or more)`);
    const person = cell('person');
    if (person && count !== 1) problem('count', `a row naming a person counts 1, not ${countText}`);
    const date = cell('date');
    const precision = date ? precisionOfDate(date) : null;
    if (date && !precision)
      problem('date', `"${date.slice(0, 30)}" is not a real date: write YYYY, YYYY-MM or YYYY-MM-DD`);
    const sourceName = cell('source');
    const sourceId = sourceName ? idFor('source', sourceName) : fileSource;

    const orgOf = (orgName: string): Organization => ({
      id: idFor('org', orgName),
      name: orgName,
      kind: 'company',
      provenance: provenanceFor(line, sourceId),
    });
    const candidate: Record<string, unknown> = {
      id: `row-${line}`,
      count: Number.isInteger(count) && count >= 1 ? count : 1,
      from: from ? idFor('org', from) : '',
      to: to ? idFor('org', to) : null,
      kind: 'joined',
      ...(person ? { person: idFor('person', person) } : {}),
      ...(date && precision ? { when: { date, precision } } : {}),
      provenance: provenanceFor(line, sourceId),
    };
    // The schema has the last word (lengths, control characters, limits), reported in the CSV's terms.
    const checks: [z.ZodType, unknown, string][] = [[DATA_FILES.moves.schema, candidate, '']];
    if (from) checks.push([DATA_FILES.organizations.schema, orgOf(from), 'from']);
    if (to) checks.push([DATA_FILES.organizations.schema, orgOf(to), 'to']);
    if (person)
      checks.push([
        DATA_FILES.people.schema,
        {
          id: idFor('person', person),
          name: person,
          role: 'Named in the data',
          provenance: provenanceFor(line, sourceId),
        },
        'person',
      ]);
    if (sourceName)
      checks.push([
        DATA_FILES.sources.schema,
        { id: sourceId, name: sourceName, kind: 'publication', provenance: provenanceFor(line, sourceId) },
        'source',
      ]);
    for (const [schema, value, column] of checks) {
      const result = schema.safeParse(value);
      if (result.success) continue;
      for (const issue of result.error.issues) {
        const field = issue.path.map(String).join('.');
        const col = column || FIELD_COLUMN[field] || FIELD_COLUMN[String(issue.path[0])] || field;
        if (!rowProblems.some((p) => p.column === col)) problem(col, issue.message);
      }
    }
    if (rowProblems.length) {
      problems.push(...rowProblems);
      return;
    }
    orgs.set(idFor('org', from), orgs.get(idFor('org', from)) ?? orgOf(from));
    if (to) orgs.set(idFor('org', to), orgs.get(idFor('org', to)) ?? orgOf(to));
    if (person && !people.has(idFor('person', person)))
      people.set(idFor('person', person), {
        id: idFor('person', person),
        name: person,
        role: 'Named in the data',
        provenance: provenanceFor(line, sourceId),
      });
    if (!sources.has(sourceId))
      sources.set(sourceId, {
        id: sourceId,
        name: sourceName || name,
        // The file itself is the report (credited as such, not "citing" itself); a named source keeps its case.
        kind: sourceName ? 'publication' : 'article',
        provenance: provenanceFor(line, sourceId),
      });
    moves.push(candidate as unknown as Move);
  });
  for (const error of parsed.errors.slice(0, 20))
    problems.push({ row: String(error.line), column: '(row)', message: error.message });
  return {
    dataset: {
      name,
      kind: 'csv',
      loadedAt: new Date().toISOString(),
      files: {
        organizations: [...orgs.values()],
        people: [...people.values()],
        moves,
        sources: [...sources.values()],
        figures: [],
        events: [],
      },
    },
    problems,
    total: parsed.data.length,
    valid: moves.length,
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
    dataset: { name, kind: 'json', loadedAt: new Date().toISOString(), files: files as unknown as OwnFiles },
    problems,
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

/** Reads a file the reader chose: CSV by its extension or content type, JSON otherwise. */
export async function readOwnData(name: string, text: string): Promise<OwnDataResult> {
  if (/\.csv$/i.test(name) || (!/\.json$/i.test(name) && !/^\s*[[{]/.test(text)))
    return readMovesCsv(name, text);
  return readDatasetJson(name, text);
}

/** The issues of a dataset's files against each other; empty for a dataset the app can draw. */
export function ownDataIssues(dataset: OwnDataset): DataIssue[] {
  return checkReferences(dataset.files);
}
