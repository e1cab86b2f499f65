/**
 * The app's languages, with one message catalog per language (`en.json`, `zh-Hant.json`, and each chart's own
 * messages merged in). A {@link Locale} bundles the language, its `t` and its formatters; chart stages take one as
 * an argument, so they stay pure functions of their inputs. The catalogs use i18next's JSON format (nested keys,
 * `{{name}}` placeholders, `_one`/`_other` plural forms chosen by `Intl.PluralRules`, English as the fallback),
 * which `translate.ts` reads in a few hundred bytes instead of i18next's runtime in the first page load.
 */
import { createFormatters, type Formatters, type Lang, type Translate } from '../charts/shared/format';
import { mergeMessages, translate, type Catalog } from './translate';
import en from './en.json';
import zhHant from './zh-Hant.json';

export type { Lang } from '../charts/shared/format';

/** The languages, in the order the switch offers them. */
export const LANGS: readonly Lang[] = ['en', 'zh-Hant'];

// Copies: the charts' messages are merged into these, and the imported catalogs stay as their files are.
const catalogs: Record<Lang, Catalog> = {
  en: structuredClone(en) as Catalog,
  'zh-Hant': structuredClone(zhHant) as Catalog,
};

/** A language with its translation function and formatters. */
export interface Locale {
  lang: Lang;
  t: Translate;
  fmt: Formatters;
}

const cache = new Map<Lang, Locale>();
/** Every locale's remembered translations, cleared when messages are added. */
const memos = new Set<Map<string, string>>();

/** A chart's messages in every language (`charts/<id>/messages/<lang>.json`). */
export type Messages = Record<Lang, Record<string, unknown>>;

/**
 * Adds a chart's messages under its namespace (`<id>.title`), so a chart's words live in its own folder. A chart's
 * modules register their messages when they load, before anything translates them.
 */
export function registerMessages(namespace: string, messages: Messages): void {
  for (const lang of LANGS) mergeMessages(catalogs[lang], { [namespace]: messages[lang] });
  for (const memo of memos) memo.clear();
}

/** The whole catalog of a language, the charts' messages included (for tests and tools). */
export function catalogOf(lang: Lang): Record<string, unknown> {
  return catalogs[lang];
}
/** Translations remembered per language before the memo starts afresh. */
const MEMO_LIMIT = 20_000;

/** The {@link Locale} for `lang` (one instance per language). */
export function createLocale(lang: Lang): Locale {
  let locale = cache.get(lang);
  if (!locale) {
    const plurals = new Intl.PluralRules(lang);
    // Each call resolves afresh (keys, plurals, interpolation), which shows at 10,000 marks: results are
    // remembered per key and values, up to a bound so a long session cannot grow it without end.
    const memo = new Map<string, string>();
    memos.add(memo);
    const t: Translate = (key, options) => {
      const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
      let text = memo.get(id);
      if (text === undefined) {
        text = translate(catalogs[lang], catalogs.en, plurals, key, options);
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(id, text);
      }
      return text;
    };
    locale = { lang, t, fmt: createFormatters(lang, t) };
    cache.set(lang, locale);
  }
  return locale;
}

/** English, the default, for code and tests that do not choose. */
export const EN = createLocale('en');

/**
 * An error the reader may see: it carries its catalog key and values, so the UI shows it in the reader's
 * language; its `message` is the English text, for logs and tests.
 */
export class MessageError extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, unknown> = {},
  ) {
    super(EN.t(key, values));
    this.name = 'MessageError';
  }
}

/** An error's text in `locale`: translated when it is a {@link MessageError}, its message otherwise. */
export function errorText(error: unknown, locale: Pick<Locale, 't'>): string {
  if (error instanceof MessageError) return locale.t(error.key, error.values);
  return error instanceof Error ? error.message : String(error);
}

/** An organisation's or person's name in `lang`: the Chinese form the article uses where there is one. */
export function localName(
  named: { name: string; nameZh?: string | undefined } | undefined,
  lang: Lang,
  fallback = '',
): string {
  if (!named) return fallback;
  return lang === 'zh-Hant' && named.nameZh ? named.nameZh : named.name;
}
