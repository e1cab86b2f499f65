import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../charts/index';
import { catalogOf, createLocale } from './locale';

type Catalog = { [key: string]: string | Catalog };

/** Every message of a catalog as `dotted.key → text`. */
function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// The whole catalogs: the app's, and every chart's from its own folder (registered by the registry's import).
const en = catalogOf('en') as Catalog;
const EN = flatten(en);
const ZH = flatten(catalogOf('zh-Hant') as Catalog);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const HAN = /\p{Script=Han}/u;
/** A count followed by a plural noun: the message needs `_one` and `_other` forms. */
const PLURAL_NOUN =
  /\{\{(count|n)\}\} (people|flows|events|moves|figures|steps|startups|hires|years|companies|organisations|marks|rows)\b/;

/** The app's source files (tests excluded), for the keys they use. */
function sources(dir = new URL('..', import.meta.url).pathname): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const code = sources().map((file) => readFileSync(file, 'utf8'));
const namespaces = Object.keys(en).join('|');
const literalKeys = new Set(
  code.flatMap((text) =>
    [...text.matchAll(new RegExp(`['\`"]((?:${namespaces})\\.[\\w.]+)['\`"]`, 'g'))].map((m) => m[1]!),
  ),
);
/** Keys built at run time from a prefix and a value (`table.${column}`): their prefixes. */
const dynamicPrefixes = [
  ...new Set(
    code.flatMap((text) =>
      [...text.matchAll(new RegExp(`\`((?:${namespaces})\\.[\\w.]*)\\$\\{`, 'g'))].map((m) => m[1]!),
    ),
  ),
];
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('message catalogs', () => {
  it('have the same keys in English and Chinese', () => {
    expect([...ZH.keys()].sort()).toEqual([...EN.keys()].sort());
  });

  it('use the same placeholders for each message (over all its plural forms: “1 event, on …” may drop one)', () => {
    const byBase = (catalog: Map<string, string>) => {
      const out = new Map<string, Set<string>>();
      for (const [key, text] of catalog) {
        const set = out.get(base(key)) ?? new Set<string>();
        placeholders(text).forEach((p) => set.add(p!));
        out.set(base(key), set);
      }
      return out;
    };
    const zh = byBase(ZH);
    for (const [key, names] of byBase(EN))
      expect([...(zh.get(key) ?? [])].sort(), key).toEqual([...names].sort());
  });

  it('give a count next to a noun its plural forms, so English never says “1 flows”', () => {
    for (const [key, text] of EN) {
      if (PLURAL_NOUN.test(text) && !key.startsWith('format.people'))
        expect(key, text).toMatch(/_(one|other)$/);
    }
    for (const [key, text] of EN) {
      if (key.endsWith('_one')) expect(text, key).not.toMatch(PLURAL_NOUN);
    }
  });

  it('translate every message: no empty text, and Chinese wherever the English has words', () => {
    for (const [key, text] of ZH) {
      expect(text.trim(), key).not.toBe('');
      const words = EN.get(key)!.replace(/\{\{\s*\w+\s*\}\}/g, '');
      // Messages without words ("{{from}} – {{to}}", "×") and names (English, 繁體中文) may read the same.
      if (/[a-z]{3,}/i.test(words) && !key.startsWith('langName.')) expect(text, key).toMatch(HAN);
    }
  });

  it('hold every key the code uses, and the code uses every key', () => {
    const missing = [...literalKeys].filter((k) => !EN.has(k) && !EN.has(`${k}_other`));
    expect(missing).toEqual([]);
    const unused = [...new Set([...EN.keys()].map(base))].filter(
      (k) => !literalKeys.has(k) && !dynamicPrefixes.some((p) => k.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it('resolve in both languages, with plurals', () => {
    const zh = createLocale('zh-Hant');
    const english = createLocale('en');
    expect(english.t('panel.markPosition', { index: 3, count: 14 })).toBe('3 of 14');
    expect(zh.t('panel.markPosition', { index: 3, count: 14 })).toMatch(HAN);
    expect(english.t('bars.moreFigures', { count: 1 })).not.toBe(english.t('bars.moreFigures', { count: 2 }));
  });
});
