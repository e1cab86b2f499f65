/**
 * Validation at the boundary: raw JSON in, typed records out, or issues that name file, record and field.
 * Used by the app's loaders (`queries.ts`) and by `npm run check:data`.
 */
import type { z } from 'zod';
import { DATA_FILES, type DataFileName, type DataFiles } from './schema';
import { DataValidationError, type DataIssue } from './issues';

export * from './issues';

function recordLabel(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && raw.id !== '')
    return raw.id;
  return `#${index + 1}`;
}

function zodIssues(file: string, record: string, error: z.ZodError): DataIssue[] {
  return error.issues.map((issue) => ({
    file,
    record,
    field: issue.path.length ? issue.path.map(String).join('.') : '(record)',
    message: issue.message,
  }));
}

/**
 * Checks one file's parsed JSON against its schema and returns the typed content.
 * @throws DataValidationError listing every invalid record and field, and duplicate ids.
 */
export function parseDataFile<N extends DataFileName>(name: N, raw: unknown): DataFiles[N] {
  const { file, schema, list } = DATA_FILES[name];
  if (!list) {
    const result = (schema as z.ZodType).safeParse(raw);
    if (!result.success) throw new DataValidationError(zodIssues(file, recordLabel(raw, 0), result.error));
    return result.data as DataFiles[N];
  }
  if (!Array.isArray(raw)) {
    throw new DataValidationError([
      {
        file,
        record: '(file)',
        field: '(root)',
        message: `expected a list of records, got ${describe(raw)}`,
      },
    ]);
  }
  const issues: DataIssue[] = [];
  const records: unknown[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const record = recordLabel(item, index);
    const result = (schema as z.ZodType).safeParse(item);
    if (!result.success) {
      issues.push(...zodIssues(file, record, result.error));
      return;
    }
    const id = (result.data as { id: string }).id;
    if (seen.has(id)) issues.push({ file, record, field: 'id', message: `duplicate id "${id}"` });
    seen.add(id);
    records.push(result.data);
  });
  if (issues.length) throw new DataValidationError(issues);
  return records as DataFiles[N];
}

function describe(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'a list';
  return typeof raw === 'object' ? 'an object' : `a ${typeof raw}`;
}
