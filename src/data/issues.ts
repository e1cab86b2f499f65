/**
 * Problems in the data, located by file, record and field, and the checks between files. No zod here: panels
 * show these errors and cross-check loaded files before the schema (and zod) has loaded. `validate.ts` adds the
 * schema checks and re-exports all of this.
 */
import type { DataFiles, Organization } from './schema';

/** One problem in the data, located by file (`moves.json`), record id (or `#index`) and field path. */
export interface DataIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

/** `data/moves.json › record "x" › field "from": unknown organisation "gogle"`: one line per issue. */
export function formatIssue(issue: DataIssue): string {
  return `data/${issue.file} › record "${issue.record}" › field "${issue.field}": ${issue.message}`;
}

/** Thrown when a data file does not match its schema; `issues` lists every problem found, not just the first. */
export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    const shown = issues.slice(0, 5).map(formatIssue);
    const more = issues.length > 5 ? [`…and ${issues.length - 5} more`] : [];
    super([...shown, ...more].join('\n'));
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}

/** Files known to refer only to each other (see {@link markConsistent}). */
const consistent = new WeakSet<object>();

/**
 * Marks the files of a dataset the app's reader built (or checked as it read them) as referring only to each
 * other, so {@link checkReferences} passes them without walking every record again.
 */
export function markConsistent(files: Partial<DataFiles>): void {
  for (const file of Object.values(files)) if (file) consistent.add(file);
}

/**
 * Checks that every reference between files resolves: parents, people, organisations, sources, derived inputs,
 * cited line numbers. Only references between files that are present are checked, so a panel can check the files
 * it loads. Also rejects two organisations sharing a name or alias and parent chains that loop.
 */
export function checkReferences(files: Partial<DataFiles>): DataIssue[] {
  // A dataset made by the app's own reader refers only to what it made: 100,000 moves need no second look.
  if (Object.values(files).every((file) => file === undefined || consistent.has(file))) return [];
  const issues: DataIssue[] = [];
  // Said first: without organisations every move and figure fails to resolve, and that list would bury the cause.
  if (files.organizations?.length === 0) {
    issues.push({
      file: 'organizations.json',
      record: '(file)',
      field: '(root)',
      message: 'has no organisations',
    });
  }
  const orgIds = files.organizations && new Set(files.organizations.map((o) => o.id));
  const personIds = files.people && new Set(files.people.map((p) => p.id));
  const sourceIds = files.sources && new Set(files.sources.map((s) => s.id));
  const figureIds = files.figures && new Set(files.figures.map((f) => f.id));
  const lineCount = files.article?.lineCount;

  const ref = (
    ids: Set<string> | undefined,
    what: string,
    file: string,
    record: string,
    field: string,
    id: string,
  ) => {
    if (ids && !ids.has(id)) issues.push({ file, record, field, message: `unknown ${what} "${id}"` });
  };
  const provenance = (
    file: string,
    record: { id: string; provenance: { lines: number[]; sources: string[] } },
  ) => {
    record.provenance.sources.forEach((s, i) =>
      ref(sourceIds, 'source', file, record.id, `provenance.sources.${i}`, s),
    );
    if (lineCount !== undefined) {
      record.provenance.lines.forEach((line, i) => {
        if (line > lineCount) {
          issues.push({
            file,
            record: record.id,
            field: `provenance.lines.${i}`,
            message: `line ${line} is past the end of the article (${lineCount} lines)`,
          });
        }
      });
    }
  };
  const derivedInputs = (file: string, id: string, inputs: Record<string, string> | undefined) => {
    for (const [name, input] of Object.entries(inputs ?? {}))
      ref(figureIds, 'figure', file, id, `derived.inputs.${name}`, input);
  };

  files.sources?.forEach((s) => provenance('sources.json', s));
  files.organizations?.forEach((org) => {
    if (org.parent) ref(orgIds, 'organisation', 'organizations.json', org.id, 'parent', org.parent);
    provenance('organizations.json', org);
  });
  if (files.organizations) {
    issues.push(...parentCycles(files.organizations), ...sharedNames(files.organizations));
  }
  files.people?.forEach((p) => {
    if (p.org) ref(orgIds, 'organisation', 'people.json', p.id, 'org', p.org);
    p.career?.forEach((stop, i) =>
      ref(orgIds, 'organisation', 'people.json', p.id, `career.${i}.org`, stop.org),
    );
    provenance('people.json', p);
  });
  files.moves?.forEach((m) => {
    if (m.person) ref(personIds, 'person', 'moves.json', m.id, 'person', m.person);
    ref(orgIds, 'organisation', 'moves.json', m.id, 'from', m.from);
    if (m.to !== null) ref(orgIds, 'organisation', 'moves.json', m.id, 'to', m.to);
    derivedInputs('moves.json', m.id, m.derived?.inputs);
    provenance('moves.json', m);
  });
  files.figures?.forEach((f) => {
    if (f.subject) ref(orgIds, 'organisation', 'figures.json', f.id, 'subject', f.subject);
    f.related?.forEach((o, i) => ref(orgIds, 'organisation', 'figures.json', f.id, `related.${i}`, o));
    derivedInputs('figures.json', f.id, f.derived?.inputs);
    provenance('figures.json', f);
  });
  files.events?.forEach((e) => {
    e.orgs.forEach((o, i) => ref(orgIds, 'organisation', 'events.json', e.id, `orgs.${i}`, o));
    e.people.forEach((p, i) => ref(personIds, 'person', 'events.json', e.id, `people.${i}`, p));
    provenance('events.json', e);
  });
  if (files.article) provenance('article.json', files.article);
  return issues;
}

function parentCycles(orgs: Organization[]): DataIssue[] {
  const parent = new Map(orgs.map((o) => [o.id, o.parent]));
  const issues: DataIssue[] = [];
  for (const org of orgs) {
    const seen = new Set<string>([org.id]);
    let next = org.parent;
    while (next !== undefined) {
      if (seen.has(next)) {
        issues.push({
          file: 'organizations.json',
          record: org.id,
          field: 'parent',
          message: `parent chain loops back to "${next}"`,
        });
        break;
      }
      seen.add(next);
      next = parent.get(next);
    }
  }
  return issues;
}

function sharedNames(orgs: Organization[]): DataIssue[] {
  const owner = new Map<string, string>();
  const issues: DataIssue[] = [];
  for (const org of orgs) {
    const names = new Set([org.name, org.nameZh, ...(org.aliases ?? [])].filter((n): n is string => !!n));
    for (const name of names) {
      const key = name.toLowerCase();
      const other = owner.get(key);
      if (other && other !== org.id) {
        issues.push({
          file: 'organizations.json',
          record: org.id,
          field: 'name',
          message: `"${name}" is already a name of "${other}": merge the two records`,
        });
      } else owner.set(key, org.id);
    }
  }
  return issues;
}
