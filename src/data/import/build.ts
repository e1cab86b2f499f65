/**
 * A table read with its settings and mapping, turned into the app's dataset: organisations, people, sources and
 * moves (one per flow), each move citing the line of the file it comes from. Edge lists give one move per row; a
 * career history gives one per change of organisation in each person's rows, in date order; a path table one per
 * step along each row. Each problem names the row (the file's line), the column, the value and what was expected,
 * and the good rows are kept. What is not a problem but changes what is drawn — repeated pairs added together,
 * rows that stay at one organisation, thousands of organisations — comes back as notes.
 */
import { isIsoAtPrecision, MAX_COUNT, slugify, type Precision } from '../shapes';
import {
  CONTROL_CHARACTERS,
  type Move,
  type Organization,
  type Person,
  type Source,
  type When,
} from '../schema';
import { parseDate, parseNumber, type ReadSettings } from './detect';
import { missingParts, normaliseHeader, type ColumnInfo, type Mapping } from './mapping';

/** A table as read: the column names, the rows of cells, and each row's line in the file (1-based). */
export interface Table {
  columns: string[];
  rows: string[][];
  lines: number[];
}

/** One problem in a row: where (the file's line and the column's name), the value, and what was expected. */
export interface ImportProblem {
  row: string;
  column: string;
  message: string;
}

/** Something the reader should know about the data as drawn; a catalog key (`ownData.notes.*`) and its values. */
export interface ImportNote {
  key: string;
  values: Record<string, string | number>;
}

/** What the rows became: the dataset's files, the problems and notes, and the counts. */
export interface BuiltFlows {
  organizations: Organization[];
  people: Person[];
  sources: Source[];
  moves: Move[];
  problems: ImportProblem[];
  notes: ImportNote[];
  /** Rows read, and rows that gave at least one move (or, for a history, that were used). */
  total: number;
  valid: number;
  /** What one move's value counts: undefined for people; a unit or '' (plain numbers) otherwise. */
  unit: string | undefined;
}

/** Value headers that count people: their values must be whole numbers, and are written as people. */
const PEOPLE = new Set([
  'count',
  'n',
  'people',
  'persons',
  'number',
  'headcount',
  'employees',
  'hires',
  '人數',
  '人数',
]);
/** Value headers that name no unit: their values are written as plain numbers. */
const PLAIN = new Set([
  'value',
  'amount',
  'weight',
  'flow',
  'flows',
  'size',
  'total',
  'volume',
  'quantity',
  'wert',
  'valeur',
  'valor',
  '值',
  '數值',
  '数值',
]);

/** The unit of a value column from its header: people, plain numbers (''), or the header itself ("TWh"). */
export function unitOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const name = normaliseHeader(header);
  if (PEOPLE.has(name)) return undefined;
  if (PLAIN.has(name)) return '';
  return header.trim().slice(0, 40);
}

/** The longest text a name may be (as in the schema), and the characters it may not hold. */
const NAME_MAX = 80;

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
  // The same cell text comes back on thousands of rows: its id is remembered as written.
  const seen = new Map<string, string>();
  return (prefix, name) => {
    const exact = `${prefix}\u0001${name}`;
    const remembered = seen.get(exact);
    if (remembered !== undefined) return remembered;
    const id = idOf(prefix, name);
    seen.set(exact, id);
    return id;
  };
  function idOf(prefix: string, name: string): string {
    const key = `${prefix}\u0000${name.trim().toLowerCase()}`;
    const known = byName.get(key);
    if (known) return known;
    const lower = name.trim().toLowerCase();
    const slug = slugify(name).slice(0, 70).replace(/-+$/, '');
    // Letters of other scripts are dropped by the slug: keep them in the id through the hash.
    const lossy = /[^\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}\p{M}]/u.test(name);
    let id = !slug ? `${prefix}-${hash(lower)}` : lossy ? `${slug}-x${hash(lower)}` : slug;
    if (owner.has(id) && owner.get(id) !== key) id = `${slug || prefix}-x${hash(lower)}`;
    owner.set(id, key);
    byName.set(key, id);
    return id;
  }
}

/** A name cell's problem, or null: names are at most 80 characters, with no control characters. */
function nameProblem(text: string): string | null {
  if (text.length <= NAME_MAX && !CONTROL_CHARACTERS.test(text)) return null;
  if (text.length > NAME_MAX) return `"${text.slice(0, 30)}…" is longer than ${NAME_MAX} characters`;
  if (CONTROL_CHARACTERS.test(text)) return 'contains a control character';
  return null;
}

/**
 * Turns a table into moves; see the module comment. `columns` are the detected columns (the mapping indexes them),
 * `name` the file's name (its moves cite it), `sourceColumn` the column, if any, that credits each row's source.
 */
export function buildFlows(
  table: Table,
  columns: readonly ColumnInfo[],
  settings: ReadSettings,
  mapping: Mapping,
  name: string,
  sourceColumn?: number,
): BuiltFlows {
  const idFor = uniqueIds();
  const problems: ImportProblem[] = [];
  const orgs = new Map<string, Organization>();
  const people = new Map<string, Person>();
  const sources = new Map<string, Source>();
  const moves: Move[] = [];
  const valueColumn = mapping.slots.value;
  const unit = valueColumn === undefined ? undefined : unitOf(columns[valueColumn]?.name);
  // A mapping that lacks a part its shape needs (an edge list with no "to" column) draws nothing, rather than
  // flows that all end nowhere: the dialog asks for the part.
  if (missingParts(mapping).length)
    return {
      organizations: [],
      people: [],
      sources: [],
      moves: [],
      problems,
      notes: [],
      total: table.rows.length,
      valid: 0,
      unit,
    };
  const header = (index: number | undefined) => (index === undefined ? '' : (columns[index]?.name ?? ''));
  const fileSource = idFor('source', name.replace(/\.[^.]+$/, '')) || 'own-data';
  const fileName = name.replace(/[\r\n]/g, ' ').slice(0, 120);
  // One list per source, shared by its moves (read-only).
  const sourceLists = new Map<string, string[]>();
  const provenance = (lines: number[], source: string) => ({
    lines,
    sources: sourceLists.get(source) ?? (sourceLists.set(source, [source]), sourceLists.get(source)!),
    note: `Line ${lines.length === 1 ? lines[0] : lines.join(', ')} of ${fileName}`.slice(0, 140),
  });
  const used = new Set<number>();
  let repeats = 0;
  let stays = 0;
  /** People (or rows) with one organisation only, so no move. */
  let single = 0;
  const pairs = new Set<string>();

  const sourceOf = (row: string[], line: number): string => {
    const cited = sourceColumn === undefined ? '' : (row[sourceColumn] ?? '').trim();
    const id = cited ? idFor('source', cited) : fileSource;
    if (!sources.has(id))
      sources.set(id, {
        id,
        name: (cited || name).slice(0, NAME_MAX),
        // The file itself is the report (credited as such, not "citing" itself); a named source keeps its case.
        kind: cited ? 'publication' : 'article',
        provenance: provenance([line], id),
      });
    return id;
  };
  const org = (orgName: string, line: number, source: string): string => {
    const id = idFor('org', orgName);
    if (!orgs.has(id))
      orgs.set(id, { id, name: orgName, kind: 'company', provenance: provenance([line], source) });
    return id;
  };
  const person = (personName: string, line: number, source: string): string => {
    const id = idFor('person', personName);
    if (!people.has(id))
      people.set(id, {
        id,
        name: personName,
        role: 'Named in the data',
        provenance: provenance([line], source),
      });
    return id;
  };
  const dates = new Map<string, ReturnType<typeof parseDate>>();
  // Moves of one date share its record (read-only), which also keeps what crosses to the page small.
  const whens = new Map<string, When>();
  const whenOf = (date: { iso: string; precision: Precision }): When => {
    let when = whens.get(date.iso);
    if (!when) whens.set(date.iso, (when = { date: date.iso, precision: date.precision }));
    return when;
  };
  const readDate = (
    row: string[],
    index: number | undefined,
    problem: (column: string, message: string) => void,
  ) => {
    if (index === undefined) return undefined;
    const text = (row[index] ?? '').trim();
    if (!text) return undefined;
    // A few hundred distinct dates over 100,000 rows: each read once.
    let date = dates.get(text);
    if (date === undefined) dates.set(text, (date = parseDate(text, settings.dayFirst)));
    if (!date) {
      problem(header(index), `"${text.slice(0, 30)}" is not a real date: write YYYY, YYYY-MM or YYYY-MM-DD`);
      return undefined;
    }
    return date;
  };

  if (mapping.shape === 'edges') {
    const { source, target, date, person: personColumn, label } = mapping.slots;
    table.rows.forEach((row, index) => {
      const line = table.lines[index]!;
      const rowProblems: ImportProblem[] = [];
      const problem = (column: string, message: string) =>
        rowProblems.push({ row: String(line), column, message });
      const cell = (i: number | undefined) => (i === undefined ? '' : (row[i] ?? '').trim());
      const from = cell(source);
      const to = cell(target);
      if (!from)
        problem(
          header(source),
          unit === undefined
            ? 'is empty: name the organisation they left'
            : 'is empty: name where the flow starts',
        );
      const badFrom = from && nameProblem(from);
      if (badFrom) problem(header(source), badFrom);
      const badTo = to && nameProblem(to);
      if (badTo) problem(header(target), badTo);
      if (from && to && idFor('org', from) === idFor('org', to))
        problem(header(target), `is the same as ${header(source)} ("${from}")`);
      const valueText = cell(valueColumn);
      let count = 1;
      if (valueColumn !== undefined && valueText !== '') {
        count = parseNumber(valueText, settings.decimal);
        if (Number.isNaN(count))
          problem(
            header(valueColumn),
            unit === undefined
              ? `"${valueText.slice(0, 30)}" is not a whole number of people (1 or more)`
              : `"${valueText.slice(0, 30)}" is not a number`,
          );
        else if (count === 0) problem(header(valueColumn), 'is 0: nothing flows, so the row is left out');
        else if (count < 0)
          problem(
            header(valueColumn),
            `is negative (${valueText.trim()}): a flow cannot be less than nothing; swap ${header(source)} and ${header(target)} if it runs the other way`,
          );
        else if (unit === undefined && !Number.isInteger(count))
          problem(
            header(valueColumn),
            `"${valueText.slice(0, 30)}" is not a whole number of people (1 or more)`,
          );
        else if (count > MAX_COUNT)
          problem(
            header(valueColumn),
            `${valueText.trim()} is more than ${MAX_COUNT.toLocaleString('en-US')}`,
          );
      }
      const who = cell(personColumn);
      if (who && unit === undefined && count !== 1 && !Number.isNaN(count) && count > 0)
        problem(header(valueColumn), `a row naming a person counts 1, not ${valueText}`);
      const bad = who && nameProblem(who);
      if (bad) problem(header(personColumn), bad);
      const when = readDate(row, date, problem);
      const role = cell(label).slice(0, 100);
      if (rowProblems.length) {
        problems.push(...rowProblems);
        return;
      }
      const cite = sourceOf(row, line);
      const fromId = org(from, line, cite);
      const toId = to ? org(to, line, cite) : null;
      const pair = `${fromId}→${toId}`;
      if (pairs.has(pair)) repeats++;
      pairs.add(pair);
      used.add(index);
      // Assigned, not spread: at 100,000 rows, spreading optional fields costs as much as the rest of the row.
      const move: Move = {
        id: `row-${line}`,
        count,
        from: fromId,
        to: toId,
        kind: 'joined',
        provenance: provenance([line], cite),
      };
      if (unit !== undefined) move.unit = unit;
      if (who) move.person = person(who, line, cite);
      if (when) move.when = whenOf(when);
      if (role && !CONTROL_CHARACTERS.test(role)) move.role = role;
      moves.push(move);
    });
    // The moves of one named person, in date order (undated ones where the file puts them), are the steps of
    // their path: a list of transfers or hires tells careers too.
    const byPerson = new Map<string, Move[]>();
    for (const move of moves) {
      if (!move.person) continue;
      const list = byPerson.get(move.person);
      if (list) list.push(move);
      else byPerson.set(move.person, [move]);
    }
    // Only when someone moved more than once: otherwise the Sankey says it all.
    const careers = [...byPerson.values()].some((list) => list.length > 1);
    for (const [who, list] of careers ? byPerson : []) {
      const dated = list.every((m) => m.when);
      if (dated)
        list.sort((a, b) => (a.when!.date < b.when!.date ? -1 : a.when!.date > b.when!.date ? 1 : 0));
      list.forEach((move, i) => Object.assign(move, { trail: who, step: i + 1 }));
    }
  } else {
    // A career history or a path table: each person's (or row's) organisations in order, one move per change.
    const trails = new Map<
      string,
      {
        trail: string;
        name: string | null;
        stops: { org: string; line: number; index: number; date?: { iso: string; precision: Precision } }[];
      }
    >();
    table.rows.forEach((row, index) => {
      const line = table.lines[index]!;
      const rowProblems: ImportProblem[] = [];
      const problem = (column: string, message: string) =>
        rowProblems.push({ row: String(line), column, message });
      const who = mapping.slots.person === undefined ? '' : (row[mapping.slots.person] ?? '').trim();
      const stopsOf = mapping.shape === 'careers' ? [mapping.slots.node!] : mapping.stages;
      const names = stopsOf.map((i) => [(row[i] ?? '').trim(), i] as const).filter(([text]) => text !== '');
      if (mapping.shape === 'careers' && !who)
        problem(header(mapping.slots.person), 'is empty: name the person');
      if (!names.length) problem(header(stopsOf[0]), 'is empty: name the organisation');
      for (const [text, column] of names) {
        const bad = nameProblem(text);
        if (bad) problem(header(column), bad);
      }
      const badName = who && nameProblem(who);
      if (badName) problem(header(mapping.slots.person), badName);
      const when = mapping.shape === 'careers' ? readDate(row, mapping.slots.date, problem) : undefined;
      if (rowProblems.length) {
        problems.push(...rowProblems);
        return;
      }
      const key = mapping.shape === 'careers' ? `p:${who.toLowerCase()}` : `r:${line}`;
      const entry = trails.get(key) ?? {
        trail: who ? idFor('person', who) : `row-${line}`,
        name: who || null,
        stops: [],
      };
      trails.set(key, entry);
      for (const [text] of names)
        entry.stops.push({ org: text, line, index, ...(when ? { date: when } : {}) });
    });
    for (const { trail, name: who, stops } of trails.values()) {
      // A history is read in date order (rows without a date keep their place in the file).
      if (mapping.shape === 'careers')
        stops.sort(
          (a, b) =>
            (a.date && b.date ? (a.date.iso < b.date.iso ? -1 : a.date.iso > b.date.iso ? 1 : 0) : 0) ||
            a.index - b.index,
        );
      let step = 0;
      for (let i = 1; i < stops.length; i++) {
        const [a, b] = [stops[i - 1]!, stops[i]!];
        used.add(a.index);
        used.add(b.index);
        if (idFor('org', a.org) === idFor('org', b.org)) {
          stays++;
          continue;
        }
        step++;
        const cite = sourceOf(table.rows[b.index]!, b.line);
        const lines = [...new Set([a.line, b.line])];
        moves.push({
          id: `row-${b.line}${mapping.shape === 'paths' ? `-${i}` : ''}`,
          count: 1,
          from: org(a.org, a.line, cite),
          to: org(b.org, b.line, cite),
          kind: 'joined',
          ...(who ? { person: person(who, b.line, cite) } : {}),
          ...(b.date && isIsoAtPrecision(b.date.iso, b.date.precision)
            ? { when: { date: b.date.iso, precision: b.date.precision } }
            : {}),
          trail,
          step,
          provenance: provenance(lines, cite),
        });
      }
      if (stops.length === 1) {
        used.add(stops[0]!.index);
        single++;
      }
    }
  }

  const notes: ImportNote[] = [];
  if (repeats) notes.push({ key: 'ownData.notes.repeats', values: { count: repeats } });
  if (stays) notes.push({ key: 'ownData.notes.stays', values: { count: stays } });
  if (single) notes.push({ key: 'ownData.notes.singleStops', values: { count: single } });
  if (orgs.size >= 1000) notes.push({ key: 'ownData.notes.manyNodes', values: { count: orgs.size } });
  return {
    organizations: [...orgs.values()],
    people: [...people.values()],
    sources: [...sources.values()],
    moves,
    problems,
    notes,
    total: table.rows.length,
    valid: used.size,
    unit,
  };
}
