/**
 * Stories for presentation mode: `data/story.json`, or a file a user opens. Each step is validated on its own,
 * so a step that names an unknown company or a bad date is reported (file, step, field) and skipped while the
 * others still play.
 */
import type { z } from 'zod';
import { StoryFileSchema, StoryStepSchema, type StoryStep } from './schema';
import type { DataIssue } from './validate';

/** A story ready to play: its title and the steps that passed validation, in order. */
export interface Story {
  id: string;
  title: string;
  titleZh: string;
  steps: StoryStep[];
}

/** The result of reading a story: what can play, and what was wrong. */
export interface ParsedStory {
  story: Story | null;
  issues: DataIssue[];
}

const issuesOf = (file: string, record: string, error: z.ZodError): DataIssue[] =>
  error.issues.map((issue) => ({
    file,
    record,
    field: issue.path.length ? issue.path.map(String).join('.') : '(record)',
    message: issue.message,
  }));

/**
 * Validates a story file's JSON. `knownOrgs` (organisation ids) catches steps that name unknown companies.
 * Never throws: a file that is not a story gives `story: null` with its issues.
 */
export function parseStory(raw: unknown, file: string, knownOrgs?: ReadonlySet<string>): ParsedStory {
  const envelope = StoryFileSchema.safeParse(raw);
  if (!envelope.success) return { story: null, issues: issuesOf(file, '(story)', envelope.error) };
  const issues: DataIssue[] = [];
  const steps: StoryStep[] = [];
  const seen = new Set<string>();
  envelope.data.steps.forEach((rawStep, index) => {
    const label =
      rawStep && typeof rawStep === 'object' && 'id' in rawStep && typeof rawStep.id === 'string'
        ? `step ${index + 1} (${rawStep.id})`
        : `step ${index + 1}`;
    const result = StoryStepSchema.safeParse(rawStep);
    if (!result.success) {
      issues.push(...issuesOf(file, label, result.error));
      return;
    }
    const step = result.data;
    const unknown = [
      ...step.filter.companies.map((id, i) => ({ id, field: `filter.companies.${i}` })),
      ...(step.highlight ? [{ id: step.highlight, field: 'highlight' }] : []),
    ].filter(({ id }) => knownOrgs && !knownOrgs.has(id));
    if (unknown.length) {
      issues.push(
        ...unknown.map(({ id, field }) => ({
          file,
          record: label,
          field,
          message: `unknown company "${id}"`,
        })),
      );
      return;
    }
    if (seen.has(step.id)) {
      issues.push({ file, record: label, field: 'id', message: `duplicate step id "${step.id}"` });
      return;
    }
    seen.add(step.id);
    steps.push(step);
  });
  const { id, title, titleZh } = envelope.data;
  return { story: steps.length ? { id, title, titleZh, steps } : null, issues };
}
