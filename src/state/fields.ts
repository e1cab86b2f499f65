/**
 * One field of the view state and its URL codec, side by side: the parameter that carries it, its value when the
 * URL does not name it, how to read it (never throwing: what cannot be read becomes a notice for the reader) and
 * how to write it. `state/view.ts` lists the fields; charts declare their own options (a metric, a grouping)
 * with the helpers here, so a new dimension of the view is one entry.
 */

/** A message for the user: a catalog key and its values, translated when shown. */
export interface Notice {
  key: string;
  values?: Record<string, string | number>;
}

/** What a URL value may be checked against while it is read (organisation ids, once the data is known). */
export interface ParseContext {
  knownCompanies?: ReadonlySet<string> | undefined;
}

/** The result of reading one parameter: its value (absent when nothing usable was there) and what was dropped. */
export interface Parsed<T> {
  value?: T;
  notices: Notice[];
}

/**
 * A field of the view. `kind` says what it is to the reader: a `filter` narrows the data (Clear filters resets
 * it, and a dataset of one's own starts without it), an `option` changes how a chart shows the data.
 */
export interface ViewField<T> {
  /** The URL parameter that carries it (`company`, `metric`). */
  param: string;
  /** The value of a URL without the parameter. */
  initial: T;
  kind: 'filter' | 'option';
  /**
   * Reads the parameter's value as it stands in the URL (still percent-encoded, so a list can decode item by
   * item); an empty value never reaches it.
   */
  parse(raw: string, context: ParseContext): Parsed<T>;
  /** The value as the URL writes it, or null to leave the parameter out (its initial value). */
  format(value: T): string | null;
}

/** Fields by the name the store and the view use for them. */
export type ViewFields = Record<string, ViewField<unknown>>;

/** The values of a set of fields. */
export type ValuesOf<F> = { [K in keyof F]: F[K] extends ViewField<infer T> ? T : never };

/** `decodeURIComponent` that treats `+` as a space and answers null for malformed encoding instead of throwing. */
export function decodeParam(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** A parameter decoded and trimmed, or a notice naming it when its encoding is broken. */
export function decodedValue(param: string, raw: string): { text: string } | { notice: Notice } {
  const text = decodeParam(raw);
  return text === null
    ? { notice: { key: 'notices.badEncoding', values: { value: `${param}=${raw}`.slice(0, 60) } } }
    : { text: text.trim() };
}

/**
 * A parameter's parser from a reading of its decoded text: `read` answers the value, or undefined when the text is
 * not one; then the notice `badKey` is given, with `param=text` as `{{value}}` (its message says what to use).
 */
export function textParser<T>(param: string, read: (text: string) => T | undefined, badKey: string) {
  return (raw: string): Parsed<T> => {
    const decoded = decodedValue(param, raw);
    if ('notice' in decoded) return { notices: [decoded.notice] };
    const value = read(decoded.text);
    return value === undefined
      ? { notices: [{ key: badKey, values: { value: `${param}=${decoded.text.slice(0, 30)}` } }] }
      : { value, notices: [] };
  };
}

/**
 * A field that takes one of a few values (`metric=pay|hiring|flows`). `badKey` is the catalog key of the notice
 * for anything else; its message says what to use, with the bad `param=value` as `{{value}}`.
 */
export function choiceField<const T extends string>(
  param: string,
  choices: readonly T[],
  initial: NoInfer<T>,
  badKey: string,
): ViewField<T> & { choices: readonly T[] } {
  return {
    param,
    initial,
    kind: 'option',
    choices,
    parse(raw) {
      const decoded = decodedValue(param, raw);
      if ('notice' in decoded) return { notices: [decoded.notice] };
      if ((choices as readonly string[]).includes(decoded.text))
        return { value: decoded.text as T, notices: [] };
      return { notices: [{ key: badKey, values: { value: `${param}=${decoded.text.slice(0, 30)}` } }] };
    },
    format: (value) => (value === initial ? null : value),
  };
}
