import { describe, expect, it } from 'vitest';
import { EN } from '../i18n/locale';
import { createAppStore } from './store';
import { applyUrlToStore, dropDatesOutsideData, dropUnknownCompanies, startUrlSync } from './urlSync';

describe('the store', () => {
  it('toggles companies and clears filters', () => {
    const store = createAppStore();
    store.getState().toggleCompany('google');
    store.getState().toggleCompany('meta');
    store.getState().toggleCompany('google');
    expect(store.getState().companies).toEqual(['meta']);
    store.getState().setRange('2023-01', '2023-06');
    store.getState().clearFilters();
    expect(store.getState()).toMatchObject({ companies: [], from: null, to: null });
  });

  it('puts a reversed range in order', () => {
    const store = createAppStore();
    store.getState().setRange('2024-02', '2023-01');
    expect(store.getState()).toMatchObject({ from: '2023-01', to: '2024-02' });
  });
});

describe('URL sync', () => {
  it('reads the URL into the store with notices, and drops unknown companies once the data is known', () => {
    const store = createAppStore();
    applyUrlToStore(store, '?company=google,nokia&from=bad');
    expect(store.getState().companies).toEqual(['google', 'nokia']);
    expect(store.getState().notices).toHaveLength(1);
    dropUnknownCompanies(store, new Set(['google']));
    expect(store.getState().companies).toEqual(['google']);
    expect(store.getState().notices.map((n) => EN.t(n.key, n.values))).toContain(
      'Ignored the unknown company "nokia"',
    );
  });

  it('drops a date bound that lies wholly outside the data, with a notice, and keeps one that overlaps it', () => {
    const store = createAppStore();
    applyUrlToStore(store, '?from=2900-01&to=2950-06');
    dropDatesOutsideData(store, '1872-01', '2024-01');
    expect(store.getState()).toMatchObject({ from: null, to: '2950-06' });
    expect(store.getState().notices.map((n) => EN.t(n.key, n.values))).toEqual([
      'Ignored "from=2900-01": the data runs from 1872-01 to 2024-01',
    ]);
    const early = createAppStore();
    applyUrlToStore(early, '?from=1500-01&to=1600-12');
    dropDatesOutsideData(early, '1872-01', '2024-01');
    expect(early.getState()).toMatchObject({ from: '1500-01', to: null });
    const inside = createAppStore();
    applyUrlToStore(inside, '?from=2023-01&to=2030-01');
    dropDatesOutsideData(inside, '1872-01', '2024-01');
    expect(inside.getState()).toMatchObject({ from: '2023-01', to: '2030-01', notices: [] });
  });

  it('tidies the URL it starts from, then adds a history entry per filter change', async () => {
    const store = createAppStore();
    const calls: string[] = [];
    const win = {
      location: { pathname: '/app/', hash: '', search: '' },
      history: {
        state: null,
        replaceState: (_: unknown, __: string, url: string) => calls.push(`replace ${url}`),
        pushState: (_: unknown, __: string, url: string) => calls.push(`push ${url}`),
      },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    } as unknown as Window;
    const stop = startUrlSync(store, win);
    store.getState().toggleCompany('meta');
    await Promise.resolve();
    store.getState().setHovered('meta'); // hover is not in the URL: no entry
    await Promise.resolve();
    // Two changes in one go (a presentation step and its filter) make one entry.
    store.getState().setRange('2023-01', null);
    store.getState().setView({ metric: 'flows' });
    await Promise.resolve();
    stop();
    store.getState().toggleCompany('google');
    await Promise.resolve();
    expect(calls).toEqual([
      'replace /app/',
      'push /app/?company=meta',
      'push /app/?company=meta&from=2023-01&metric=flows',
    ]);
  });

  it('reads the URL back into the store on Back, without pushing it again', async () => {
    const store = createAppStore();
    const calls: string[] = [];
    let onPop: () => void = () => undefined;
    const win = {
      location: { pathname: '/', hash: '', search: '' },
      history: {
        state: null,
        replaceState: (_: unknown, __: string, url: string) => calls.push(`replace ${url}`),
        pushState: (_: unknown, __: string, url: string) => calls.push(`push ${url}`),
      },
      addEventListener: (_: string, listener: () => void) => (onPop = listener),
      removeEventListener: () => undefined,
    } as unknown as Window & { location: { search: string } };
    startUrlSync(store, win);
    store.getState().toggleCompany('meta');
    await Promise.resolve();
    win.location.search = '';
    onPop();
    expect(store.getState().companies).toEqual([]);
    expect(calls).toEqual(['replace /', 'push /?company=meta']);
  });
});
