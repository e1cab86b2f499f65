/**
 * Reading a message catalog in i18next's JSON format, which the app's catalogs are written in: keys nested by dots
 * (`panel.retry`), `{{name}}` placeholders filled from the values, and plural forms as `<key>_one`, `<key>_other`
 * (…), chosen by `Intl.PluralRules` when the values hold a numeric `count`. A key missing in the language falls
 * back to English, then to the key itself, so a gap shows as its key rather than as nothing.
 */

/** A catalog: nested objects of messages. */
export interface Catalog {
  [key: string]: string | Catalog;
}

/** The message at a dotted `key` in `catalog`, when it is a string. */
function lookup(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The message for `key` in `catalog` (its plural form for `count`, when it has one), else undefined. */
function resolve(
  catalog: Catalog,
  plurals: Intl.PluralRules,
  key: string,
  count: unknown,
): string | undefined {
  if (typeof count === 'number') {
    const form = lookup(catalog, `${key}_${plurals.select(count)}`) ?? lookup(catalog, `${key}_other`);
    if (form !== undefined) return form;
  }
  return lookup(catalog, key);
}

/**
 * `key` in `catalog` (falling back to `fallback`, then to `key`), with its placeholders filled from `values`. A
 * placeholder without a value becomes empty. Text is set as React or SVG text, never as HTML: nothing is escaped.
 */
export function translate(
  catalog: Catalog,
  fallback: Catalog,
  plurals: Intl.PluralRules,
  key: string,
  values?: Record<string, unknown>,
): string {
  const count = values?.count;
  const message =
    resolve(catalog, plurals, key, count) ?? resolve(fallback, new Intl.PluralRules('en'), key, count) ?? key;
  if (!values || !message.includes('{{')) return message;
  return message.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? '' : String(value);
  });
}

/** Merges `messages` into `catalog` (deeply; `messages` wins), as a chart registers its words. */
export function mergeMessages(catalog: Catalog, messages: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(messages)) {
    const current = catalog[key];
    if (value && typeof value === 'object' && current && typeof current === 'object')
      mergeMessages(current, value as Record<string, unknown>);
    else if (value && typeof value === 'object') catalog[key] = structuredClone(value) as Catalog;
    else if (typeof value === 'string') catalog[key] = value;
  }
}
