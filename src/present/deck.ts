/**
 * A reader's own deck: slides made from views they built ("Add this view as a slide"), each one a step of a story
 * in the same shape as `data/story.json`, so the presentation mode, the presenter view and the story validation
 * play it as they play the article's. A deck travels in a link (`?deck=`, deflated and base64url-encoded, when it
 * fits) or as a story file, and is kept in localStorage across reloads. Pure: no store, no DOM.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Lang } from '../i18n/locale';
import { OPTION_FIELDS, type ThemeChoice } from '../state/view';

/**
 * One slide: a story step's fields (`id`, `title`, `notes`, `filter`, `highlight`, `panels`) and the charts'
 * options it sets, by view field name, as text the way a link writes them (`metric: "hiring"`).
 */
export interface Slide {
  id: string;
  title: string;
  notes?: string;
  filter: { companies: string[]; from?: string; to?: string };
  highlight?: string;
  /** Chart ids from the registry, one or two. */
  panels: string[];
  lang?: Lang;
  theme?: ThemeChoice;
  [option: string]: unknown;
}

/** A deck: a title and its slides, in the order they play. */
export interface Deck {
  title: string;
  slides: Slide[];
}

/** The story id a reader's deck plays under (the article's story has its own). */
export const DECK_STORY_ID = 'your-deck';
/** Longest `?deck=` value a link carries; a larger deck is shared as a file. Browsers and chat apps cope with 8 KB. */
export const DECK_LINK_LIMIT = 6000;
/** The story format's limit on steps (see `StoryFileSchema`). */
export const MAX_SLIDES = 30;

/**
 * The view a slide is made from: the filter, the highlighted company, the language and theme; the chart options
 * (`metric`, …) are read from the same object by their view field names.
 */
export interface SlideView {
  companies: readonly string[];
  from: string | null;
  to: string | null;
  pinned: string | null;
  lang?: Lang;
  theme?: ThemeChoice;
}

/**
 * A slide of `view`, showing `panels` (one or two chart ids), titled `title`. Chart options are written as a link
 * writes them, and only when they differ from their initial value, so a slide reads back through the same codecs.
 * `taken` holds the ids already in the deck: the slide gets the next free `slide-N`.
 */
export function slideFromView(
  view: SlideView,
  words: { title: string; notes?: string },
  panels: string[],
  taken: ReadonlySet<string>,
): Slide {
  let n = taken.size + 1;
  while (taken.has(`slide-${n}`)) n++;
  const options: Record<string, string> = {};
  for (const [name, field] of Object.entries(OPTION_FIELDS)) {
    const value = (view as unknown as Record<string, unknown>)[name];
    const text = value === undefined ? null : field.format(value);
    if (text !== null) options[name] = decodeURIComponent(text);
  }
  const notes = words.notes?.trim();
  return {
    id: `slide-${n}`,
    title: words.title.trim() || `Slide ${n}`,
    ...(notes ? { notes } : {}),
    filter: {
      companies: [...view.companies],
      ...(view.from ? { from: view.from } : {}),
      ...(view.to ? { to: view.to } : {}),
    },
    ...(view.pinned ? { highlight: view.pinned } : {}),
    panels: panels.slice(0, 2),
    ...(view.lang ? { lang: view.lang } : {}),
    ...(view.theme ? { theme: view.theme } : {}),
    ...options,
  };
}

/** The deck as a story file (`data/story.json`'s shape), which `parseStory` validates and the deck plays. */
export function deckToStory(deck: Deck): { id: string; title: string; steps: Slide[] } {
  return { id: DECK_STORY_ID, title: deck.title, steps: deck.slides };
}

/** Moves the slide at `from` to `to` (both clamped); returns a new list. */
export function moveSlide(slides: readonly Slide[], from: number, to: number): Slide[] {
  const next = [...slides];
  const [slide] = next.splice(from, 1);
  if (!slide) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, slide);
  return next;
}

/** The deck for a link's `?deck=`: JSON, deflated, base64url without padding. */
export function encodeDeck(deck: Deck): string {
  const bytes = deflateSync(strToU8(JSON.stringify(deck)), { level: 9 });
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A deck read back from a link's `?deck=` value.
 * @throws Error naming what is wrong: not base64url, not deflated, not JSON, or not a deck's shape.
 */
export function decodeDeck(text: string): Deck {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new Error('the deck in the link is not base64url text');
  let json: string;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    json = strFromU8(inflateSync(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    throw new Error('the deck in the link is cut short or damaged');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('the deck in the link is not JSON');
  }
  return asDeck(raw);
}

/**
 * `raw` as a deck, when it has a deck's shape (a title and a list of slides); each slide is validated later as a
 * story step, which names the slide and the field of any problem.
 * @throws Error when `raw` has no title or no list of slides.
 */
export function asDeck(raw: unknown): Deck {
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : null;
  if (!record || typeof record.title !== 'string' || !Array.isArray(record.slides))
    throw new Error('the deck has no title or no list of slides');
  return { title: record.title, slides: record.slides as Slide[] };
}
