import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from './url';
import { EN } from '../i18n/locale';
import type { Notice } from './url';

/** Notices as an English reader sees them. */
const text = (notices: readonly Notice[]) => notices.map((n) => EN.t(n.key, n.values));

const known = new Set(['google', 'meta', 'openai', 'character-ai']);

describe('parseUrlState', () => {
  it('reads companies, dates, metric and detail', () => {
    const { state, notices } = parseUrlState(
      '?company=google,meta&from=2023-01&to=2024-02&metric=hiring&detail=teams',
      known,
    );
    expect(state).toEqual({
      ...DEFAULT_URL_STATE,
      companies: ['google', 'meta'],
      from: '2023-01',
      to: '2024-02',
      metric: 'hiring',
      detail: 'teams',
    });
    expect(text(notices)).toEqual([]);
  });

  it('is the default for an empty query', () => {
    expect(parseUrlState('').state).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('?').state).toEqual(DEFAULT_URL_STATE);
  });

  it('drops unknown and malformed companies with a notice, keeping the rest', () => {
    const { state, notices } = parseUrlState('?company=google,nokia,<script>,GOOGLE,,meta', known);
    expect(state.companies).toEqual(['google', 'meta']);
    expect(text(notices)).toEqual([
      'Ignored the unknown company "nokia"',
      'Ignored the malformed company "<script>"',
    ]);
  });

  it('keeps companies it cannot check yet when no list is given', () => {
    expect(parseUrlState('?company=nokia').state.companies).toEqual(['nokia']);
  });

  it('decodes percent-encoding and survives malformed encoding', () => {
    expect(parseUrlState('?company=google%2Cmeta', known).state.companies).toEqual(['google', 'meta']);
    const { state, notices } = parseUrlState('?company=%E0%A4%A,meta&from=2023-01&to=%E0', known);
    expect(state.from).toBe('2023-01');
    expect(state.to).toBeNull();
    expect(state.companies).toEqual(['meta']);
    expect(text(notices)).toEqual([
      'Ignored a company that is not valid percent-encoding: "%E0%A4%A"',
      'Ignored a URL parameter that is not valid percent-encoding: "to=%E0"',
    ]);
  });

  it('drops malformed dates with a notice and reads bare years as whole years', () => {
    const { state, notices } = parseUrlState('?from=2023-13&to=soon');
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
    expect(text(notices)).toHaveLength(2);
    expect(parseUrlState('?from=2023&to=2023').state).toMatchObject({ from: '2023-01', to: '2023-12' });
  });

  it('swaps a reversed range with a notice', () => {
    const { state, notices } = parseUrlState('?from=2024-02&to=2023-01');
    expect(state).toMatchObject({ from: '2023-01', to: '2024-02' });
    expect(text(notices)[0]).toMatch(/Swapped the dates/);
  });

  it.each([
    ['?from=2024&to=2023', '2023-01', '2024-12'],
    ['?from=2024-05&to=2023', '2023-01', '2024-05'],
    ['?from=2024&to=2023-03', '2023-03', '2024-12'],
  ])('swaps %s before turning years into months (%s to %s)', (search, from, to) => {
    expect(parseUrlState(search).state).toMatchObject({ from, to });
  });

  it('ignores unknown, empty and repeated parameters', () => {
    const { state, notices } = parseUrlState(
      '?utm_source=x&company=&from=2023-01&from=2020-01&metric=salary',
      known,
    );
    expect(state).toMatchObject({ companies: [], from: '2023-01', metric: 'pay' });
    expect(text(notices)).toEqual([
      'Ignored the unknown URL parameter "utm_source"',
      'Ignored a repeated "from" parameter; the first one is used',
      'Ignored "metric=salary": use pay, hiring, flows',
    ]);
  });

  it('reads presentation mode and its step, and drops a bad step', () => {
    expect(parseUrlState('?present=1&step=3').state).toMatchObject({ present: true, step: 3 });
    const { state, notices } = parseUrlState('?present=yes&step=0');
    expect(state).toMatchObject({ present: false, step: 1 });
    expect(text(notices)).toEqual([
      'Ignored "present=yes": use present=1',
      'Ignored "step=0": steps are numbered from 1',
    ]);
  });

  it('never throws on junk', () => {
    const junk = [
      '?%',
      '?=&=&&',
      '?company=%%%',
      '?from=%00',
      `?company=${'a'.repeat(5000)}`,
      '?__proto__=1&constructor=2',
      '?company=a,b,,c&&&',
    ];
    for (const search of junk) expect(() => parseUrlState(search, known)).not.toThrow();
  });
});

describe('serializeUrlState', () => {
  it('leaves out defaults', () => expect(serializeUrlState(DEFAULT_URL_STATE)).toBe(''));

  it('writes the readable form', () => {
    const state: UrlState = {
      companies: ['google', 'meta'],
      from: '2023-01',
      to: '2024-02',
      metric: 'pay',
      detail: 'companies',
      top: null,
      arrange: null,
      notes: [],
      present: false,
      step: 1,
    };
    expect(serializeUrlState(state)).toBe('?company=google,meta&from=2023-01&to=2024-02');
  });

  it('round-trips through parse', () => {
    const state: UrlState = {
      companies: ['character-ai'],
      from: null,
      to: '2023-10',
      top: 0,
      present: true,
      step: 3,
      metric: 'flows',
      detail: 'teams',
      arrange: 'stages',
      notes: [
        { chart: 'sankey', mark: 'from:google→to:openai', text: 'Most of them, 50% & more | since 2022' },
        { chart: 'timeline', mark: 'e1', text: '他領導了 ChatGPT 的 Code Interpreter, a~b' },
      ],
    };
    const written = serializeUrlState(state);
    expect(parseUrlState(written, known).state).toEqual({
      ...state,
      // A bar would split the list: it is read back as a space.
      notes: [{ ...state.notes[0]!, text: 'Most of them, 50% & more   since 2022' }, state.notes[1]],
    });
  });

  it('reads notes item by item: a malformed one is dropped with a notice, the others kept', () => {
    const { state, notices } = parseUrlState(
      `?notes=${encodeURIComponent('sankey~from:google~Good|broken|bars~openai-pay~~tilde')}`,
    );
    expect(state.notes).toEqual([
      { chart: 'sankey', mark: 'from:google', text: 'Good' },
      { chart: 'bars', mark: 'openai-pay', text: '~tilde' },
    ]);
    expect(notices.map((n) => n.key)).toEqual(['notices.badNote']);
  });
});
