/**
 * The reader's {@link Locale}, from the store's language.
 */
import { useAppStore } from '../state/store';
import { createLocale, type Locale } from './locale';

/** The current locale; changes when the reader switches language. */
export function useLocale(): Locale {
  return createLocale(useAppStore((s) => s.lang));
}
