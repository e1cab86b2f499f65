import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { startDeck } from '../app/startup';
import { CHART_IDS } from '../charts/index';
import { parseStory } from '../data/story';
import { createAppStore } from '../state/store';
import { INITIAL_VIEW, OPTION_FIELDS } from '../state/view';
import {
  decodeDeck,
  deckToStory,
  encodeDeck,
  moveSlide,
  slideFromView,
  type Deck,
  type SlideView,
} from './deck';

const orgs = JSON.parse(readFileSync('data/organizations.json', 'utf8')) as { id: string }[];
const context = { knownOrgs: new Set(orgs.map((o) => o.id)), charts: CHART_IDS, options: OPTION_FIELDS };

const view: SlideView & Record<string, unknown> = {
  ...INITIAL_VIEW,
  companies: ['google', 'openai'],
  from: '2023-01',
  to: null,
  pinned: 'google',
  metric: 'hiring',
};

describe('a slide made from a view', () => {
  const slide = slideFromView(
    view,
    { title: ' Google feeds OpenAI ', notes: 'Point at the band' },
    ['bars'],
    new Set(),
  );

  it('keeps the filter, the highlighted company, the chart and the options that differ from their start', () => {
    expect(slide).toMatchObject({
      id: 'slide-1',
      title: 'Google feeds OpenAI',
      notes: 'Point at the band',
      filter: { companies: ['google', 'openai'], from: '2023-01' },
      highlight: 'google',
      panels: ['bars'],
      metric: 'hiring',
    });
    expect(slide.filter).not.toHaveProperty('to');
  });

  it('plays back as the same view: the story reader accepts it and reads its options with the view codecs', () => {
    const deck: Deck = { title: 'Mine', slides: [slide] };
    const { story, issues } = parseStory(deckToStory(deck), 'deck', context);
    expect(issues).toEqual([]);
    expect(story?.steps[0]).toMatchObject({
      filter: slide.filter,
      highlight: 'google',
      panels: ['bars'],
      options: { metric: 'hiring' },
    });
  });

  it('keeps the language and theme it was made in, and the story reader accepts them', () => {
    const made = slideFromView(
      { ...view, lang: 'zh-Hant', theme: 'dark' },
      { title: '中文' },
      ['sankey'],
      new Set(),
    );
    expect(made).toMatchObject({ lang: 'zh-Hant', theme: 'dark' });
    const { story, issues } = parseStory(deckToStory({ title: 'Mine', slides: [made] }), 'deck', context);
    expect(issues).toEqual([]);
    expect(story?.steps[0]).toMatchObject({ lang: 'zh-Hant', theme: 'dark' });
  });

  it('takes the next free id and at most two charts', () => {
    const next = slideFromView(
      view,
      { title: '' },
      ['sankey', 'bars', 'timeline'],
      new Set(['slide-1', 'slide-2']),
    );
    expect(next.id).toBe('slide-3');
    expect(next.title).toBe('Slide 3');
    expect(next.panels).toEqual(['sankey', 'bars']);
  });
});

describe('a deck in a link', () => {
  const deck: Deck = {
    title: '我的投影片',
    slides: [1, 2, 3].map((n) =>
      slideFromView(
        { ...view, companies: [], metric: 'pay' } as SlideView,
        { title: `第 ${n} 張` },
        ['sankey'],
        new Set([...Array(n - 1)].map((_, i) => `slide-${i + 1}`)),
      ),
    ),
  };

  it('reads back as it was written, in URL-safe characters', () => {
    const text = encodeDeck(deck);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDeck(text)).toEqual(deck);
  });

  it('says what is wrong with a damaged link, never throwing anything else', () => {
    const text = encodeDeck(deck);
    expect(() => decodeDeck('not base64!')).toThrow('not base64url');
    expect(() => decodeDeck(text.slice(0, 20))).toThrow(/cut short|damaged|not JSON/);
    const notDeck = encodeDeck({ title: 1 } as unknown as Deck);
    expect(() => decodeDeck(notDeck)).toThrow('no title or no list of slides');
  });
});

describe('reordering', () => {
  it('moves one slide and keeps the others in order, clamping the target', () => {
    const slides = ['a', 'b', 'c'].map((id) => ({ id }) as unknown as Deck['slides'][number]);
    expect(moveSlide(slides, 2, 0).map((s) => s.id)).toEqual(['c', 'a', 'b']);
    expect(moveSlide(slides, 0, 9).map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('the deck at start-up', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
      items,
    } as unknown as Storage & { items: Map<string, string> };
  };
  const deck: Deck = {
    title: 'Mine',
    slides: [slideFromView(view, { title: 'One' }, ['sankey'], new Set())],
  };

  it('comes back from storage, and every change is stored', () => {
    const storage = memory();
    storage.setItem('ai-talent-flows.deck', JSON.stringify(deck));
    const store = createAppStore();
    expect(startDeck(store, '?company=google', storage)).toBe('?company=google');
    expect(store.getState().deck).toEqual(deck);
    store.getState().setDeck(null);
    expect(storage.items.has('ai-talent-flows.deck')).toBe(false);
  });

  it('from a link becomes the story to present, and the link’s deck parameter is kept from the URL reader', async () => {
    const store = createAppStore();
    const rest = startDeck(store, `?present=1&deck=${encodeDeck(deck)}`, memory());
    expect(rest).toBe('?present=1');
    // Pending until decoded: the presentation waits rather than show the article's story.
    expect(store.getState().customStory).toEqual({ raw: undefined, file: 'deck link' });
    await vi.waitFor(() => expect(store.getState().deck).toEqual(deck));
    expect(store.getState().customStory?.raw).toEqual(deckToStory(deck));
  });

  it('from a damaged link is named in a notice, and the article’s story plays', async () => {
    const store = createAppStore();
    startDeck(store, '?deck=AAAA', memory());
    await vi.waitFor(() => expect(store.getState().notices.map((n) => n.key)).toContain('notices.badDeck'));
    expect(store.getState().customStory).toBeNull();
  });
});

describe('taking a parameter out of a link', () => {
  it('leaves every other parameter as written, malformed encoding included, for the URL reader to name', async () => {
    const { takeParam } = await import('../state/url');
    expect(takeParam('?company=%E0%A4%A,meta&deck=ab_c-&%ZZ=1', 'deck')).toEqual({
      value: 'ab_c-',
      rest: '?company=%E0%A4%A,meta&%ZZ=1',
    });
    expect(takeParam('?company=google', 'deck')).toEqual({ value: null, rest: '?company=google' });
    expect(takeParam('?deck=x', 'deck')).toEqual({ value: 'x', rest: '' });
  });
});
