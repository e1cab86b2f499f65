/**
 * `npm run check:data`: validates every file under `data/` against the schema, checks that every reference
 * resolves, and — where the article is at hand, as it is in CI — that each record's names, numbers and dates
 * occur in the article lines it cites. Prints one line per problem (file, record, field) and exits 1 on any.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAgainstArticle } from '../data/articleCheck';
import { CHART_IDS } from '../charts/index';
import { parseStory } from '../data/story';
import { OPTION_FIELDS } from '../state/view';
import { DATA_FILES, type DataFileName, type DataFiles } from '../data/schema';
import {
  checkReferences,
  DataValidationError,
  formatIssue,
  parseDataFile,
  type DataIssue,
} from '../data/validate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(root, process.argv[2] ?? 'data');

const issues: DataIssue[] = [];
const files: Partial<DataFiles> = {};

for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
  const file = DATA_FILES[name].file;
  const path = resolve(dataDir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    issues.push({ file, record: '(file)', field: '(root)', message: (error as Error).message });
    continue;
  }
  try {
    (files as Record<string, unknown>)[name] = parseDataFile(name, raw);
  } catch (error) {
    if (error instanceof DataValidationError) issues.push(...error.issues);
    else throw error;
  }
}

issues.push(...checkReferences(files));

// The presentation's story: every step must be valid here (a user's own story may skip bad steps; ours may not).
let storySteps = 0;
try {
  const raw: unknown = JSON.parse(readFileSync(resolve(dataDir, 'story.json'), 'utf8'));
  const { story, issues: storyIssues } = parseStory(raw, 'story.json', {
    knownOrgs: files.organizations && new Set(files.organizations.map((o) => o.id)),
    charts: CHART_IDS,
    options: OPTION_FIELDS,
  });
  issues.push(...storyIssues);
  storySteps = story?.steps.length ?? 0;
  if (story && (storySteps < 6 || storySteps > 10)) {
    issues.push({
      file: 'story.json',
      record: '(story)',
      field: 'steps',
      message: `has ${storySteps} steps; the story takes 6 to 10`,
    });
  }
  for (const step of story?.steps ?? []) {
    // A reader's slide may leave these out; a step of the article's story may not.
    const missing = (['titleZh', 'caption', 'captionZh', 'notes', 'provenance'] as const).filter(
      (k) => !step[k],
    );
    for (const field of missing)
      issues.push({
        file: 'story.json',
        record: step.id,
        field,
        message: "is required in the article's story",
      });
    if (!step.provenance) continue;
    step.provenance.sources.forEach((s, i) => {
      if (files.sources && !files.sources.some((source) => source.id === s)) {
        issues.push({
          file: 'story.json',
          record: step.id,
          field: `provenance.sources.${i}`,
          message: `unknown source "${s}"`,
        });
      }
    });
    step.provenance.lines.forEach((line, i) => {
      if (files.article && line > files.article.lineCount) {
        issues.push({
          file: 'story.json',
          record: step.id,
          field: `provenance.lines.${i}`,
          message: `line ${line} is past the end of the article`,
        });
      }
    });
  }
} catch (error) {
  issues.push({ file: 'story.json', record: '(file)', field: '(root)', message: (error as Error).message });
}

let articleSummary = 'article checks skipped';
const complete = (Object.keys(DATA_FILES) as DataFileName[]).every((name) => files[name] !== undefined);
if (files.article) {
  const articlePath = resolve(root, files.article.file);
  if (!existsSync(articlePath)) {
    articleSummary = `article not found at ${articlePath}: names, numbers and dates were not checked against it`;
  } else {
    const text = readFileSync(articlePath, 'utf8');
    const sha = createHash('sha256').update(text).digest('hex');
    const lines = text.split('\n');
    if (sha !== files.article.sha256) {
      issues.push({
        file: 'article.json',
        record: files.article.id,
        field: 'sha256',
        message: `the article text has changed (sha256 ${sha}); line numbers may no longer point at the right paragraphs`,
      });
    }
    if (lines.length !== files.article.lineCount) {
      issues.push({
        file: 'article.json',
        record: files.article.id,
        field: 'lineCount',
        message: `the article has ${lines.length} lines, not ${files.article.lineCount}`,
      });
    }
    if (complete) {
      const { issues: found, counts } = checkAgainstArticle(files as DataFiles, lines);
      issues.push(...found);
      articleSummary = `against the article: ${counts.names} names, ${counts.numbers} numbers, ${counts.dates} dates, ${counts.formulas} derived formulas confirmed`;
    }
  }
}

if (issues.length) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`check:data: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${dataDir}`);
  process.exit(1);
}

const count = (name: DataFileName) => {
  const value = files[name];
  return Array.isArray(value) ? value.length : 1;
};
console.log(
  `check:data: ok — ${count('organizations')} organisations, ${count('people')} people, ${count('moves')} moves, ` +
    `${count('figures')} figures, ${count('events')} events, ${count('sources')} sources, ${storySteps} story steps; ${articleSummary}`,
);
