/**
 * The reader's display preferences — language and theme — kept across visits in local storage (a link's
 * `?lang=` / `?theme=` takes precedence), and applied to the document: `<html lang>` for screen readers and
 * fonts, `data-theme` for the page's colours. "system" follows `prefers-color-scheme`, live.
 */
import { useEffect, useState } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { Lang } from '../i18n/locale';
import type { AppState, ThemeChoice } from '../state/store';

const KEYS = { lang: 'ai-talent-flows.lang', theme: 'ai-talent-flows.theme' } as const;

/** Local storage, or null where it is unavailable (private modes, sandboxed frames). */
/** The browser's localStorage, or null where there is none or it is refused (a sandboxed frame, say). */
export function localStorageOrNull(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The stored choices, or the browser's language where none is stored (Traditional Chinese for zh-TW/HK/Hant). */
export function storedPreferences(): { lang: Lang; theme: ThemeChoice } {
  const store = localStorageOrNull();
  const lang = store?.getItem(KEYS.lang);
  const theme = store?.getItem(KEYS.theme);
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return {
    lang:
      lang === 'en' || lang === 'zh-Hant' ? lang : /^zh-(TW|HK|MO|Hant)/i.test(browser) ? 'zh-Hant' : 'en',
    theme: theme === 'light' || theme === 'dark' || theme === 'system' ? theme : 'system',
  };
}

/** The theme actually shown: the choice, with "system" resolved through `prefers-color-scheme`. */
export function useResolvedTheme(choice: ThemeChoice): 'light' | 'dark' {
  const [prefersDark, setPrefersDark] = useState(
    () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches,
  );
  useEffect(() => {
    if (typeof matchMedia !== 'function') return undefined;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setPrefersDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;
}

/** Stores every change of language or theme, and keeps `<html lang>` in step; returns the unsubscribe. */
export function startPreferenceSync(store: UseBoundStore<StoreApi<AppState>>): () => void {
  const apply = ({ lang, theme }: AppState) => {
    document.documentElement.lang = lang;
    const s = localStorageOrNull();
    try {
      s?.setItem(KEYS.lang, lang);
      s?.setItem(KEYS.theme, theme);
    } catch {
      // Storage full or refused: the choice still holds for this visit.
    }
  };
  apply(store.getState());
  return store.subscribe((state, previous) => {
    if (state.lang !== previous.lang || state.theme !== previous.theme) apply(state);
  });
}
