/**
 * Stories for presentation mode: `data/story.json`, or a file a user opens. Each step is validated on its own,
 * so a step that names an unknown company, an unknown chart or a bad date is reported (file, step, field) and
 * skipped while the others still play. The data layer knows no chart: the chart ids and the charts' options a
 * step may set are given by the caller (from the registry and the view schema).
 */
import type { z } from 'zod';
import { EN } from '../i18n/locale';
import type { ViewField } from '../state/fields';
import { StoryFileSchema, StoryStepSchema } from './schema';
import type { DataIssue } from './validate';

/** A step ready to play: its words, filter and charts, and the chart options it sets (by view field name). */
export type StoryStep = z.infer<typeof StoryStepSchema> & { options: Record<string, unknown> };

/** A story ready to play: its title and the steps that passed validation, in order. */
export interface Story {
  id: string;
  title: string;
  titleZh?: string | undefined;
  steps: StoryStep[];
}

/**
 * A step's words in the reader's language, falling back to the other one: the article's steps have both, a
 * reader's own slide has the one they wrote in. `other` is the caption in the other language, when there is one.
 */
export function stepWords(
  step: Pick<StoryStep, 'title' | 'titleZh' | 'caption' | 'captionZh'>,
  zh: boolean,
): { title: string; caption: string | undefined; other: string | undefined } {
  return {
    title: (zh && step.titleZh) || step.title,
    caption: zh ? (step.captionZh ?? step.caption) : (step.caption ?? step.captionZh),
    other: zh ? (step.captionZh ? step.caption : undefined) : step.caption ? step.captionZh : undefined,
  };
}

/** The result of reading a story: what can play, and what was wrong. */
export interface ParsedStory {
  story: Story | null;
  issues: DataIssue[];
}

/** What a story is checked against. */
export interface StoryContext {
  /** Organisation ids: a step naming another company is skipped. */
  knownOrgs?: ReadonlySet<string> | undefined;
  /** Chart ids a step may put forward. */
  charts: ReadonlySet<string>;
  /** The charts' options a step may set, by view field name (`metric`), each with its codec. */
  options: Readonly<Record<string, ViewField<unknown>>>;
}

const issuesOf = (file: string, record: string, error: z.ZodError): DataIssue[] =>
  error.issues.map((issue) => ({
    file,
    record,
    field: issue.path.length ? issue.path.map(String).join('.') : '(record)',
    message: issue.message,
  }));

const STEP_KEYS = new Set(Object.keys(StoryStepSchema.shape));

/** Reads a step's chart options with the view's codecs; an issue per key it cannot use. */
function readOptions(
  extra: Record<string, unknown>,
  options: StoryContext['options'],
): { values: Record<string, unknown>; problems: { field: string; message: string }[] } {
  const values: Record<string, unknown> = {};
  const problems: { field: string; message: string }[] = [];
  for (const [key, value] of Object.entries(extra)) {
    const field = options[key];
    if (!field)
      problems.push({ field: key, message: 'is not a field of a story step or an option of a chart' });
    else if (typeof value !== 'string') problems.push({ field: key, message: 'must be text, as in a link' });
    else {
      const parsed = field.parse(encodeURIComponent(value), {});
      if ('value' in parsed) values[key] = parsed.value;
      else
        problems.push({ field: key, message: parsed.notices.map((n) => EN.t(n.key, n.values)).join('; ') });
    }
  }
  return { values, problems };
}

/** Validates a story file's JSON. Never throws: a file that is not a story gives `story: null` with its issues. */
export function parseStory(raw: unknown, file: string, context: StoryContext): ParsedStory {
  const envelope = StoryFileSchema.safeParse(raw);
  if (!envelope.success) return { story: null, issues: issuesOf(file, '(story)', envelope.error) };
  const issues: DataIssue[] = [];
  const steps: StoryStep[] = [];
  const seen = new Set<string>();
  envelope.data.steps.forEach((rawStep, index) => {
    const record = rawStep && typeof rawStep === 'object' ? (rawStep as Record<string, unknown>) : null;
    const label =
      record && typeof record.id === 'string' ? `step ${index + 1} (${record.id})` : `step ${index + 1}`;
    const own = record && Object.fromEntries(Object.entries(record).filter(([key]) => STEP_KEYS.has(key)));
    const extra = record
      ? Object.fromEntries(Object.entries(record).filter(([key]) => !STEP_KEYS.has(key)))
      : {};
    const result = StoryStepSchema.safeParse(own ?? rawStep);
    if (!result.success) {
      issues.push(...issuesOf(file, label, result.error));
      return;
    }
    const step = result.data;
    const { values, problems } = readOptions(extra, context.options);
    const unknown = [
      ...step.filter.companies.map((id, i) => ({ id, field: `filter.companies.${i}` })),
      ...(step.highlight ? [{ id: step.highlight, field: 'highlight' }] : []),
    ]
      .filter(({ id }) => context.knownOrgs && !context.knownOrgs.has(id))
      .map(({ id, field }) => ({ field, message: `unknown company "${id}"` }));
    const charts = step.panels
      .map((id, i) => ({ id, field: `panels.${i}` }))
      .filter(({ id }) => !context.charts.has(id))
      .map(({ id, field }) => ({ field, message: `unknown chart "${id}"` }));
    const found = [...problems, ...unknown, ...charts];
    if (found.length) {
      issues.push(...found.map((problem) => ({ file, record: label, ...problem })));
      return;
    }
    if (seen.has(step.id)) {
      issues.push({ file, record: label, field: 'id', message: `duplicate step id "${step.id}"` });
      return;
    }
    seen.add(step.id);
    steps.push({ ...step, options: values });
  });
  const { id, title, titleZh } = envelope.data;
  return { story: steps.length ? { id, title, titleZh, steps } : null, issues };
}
