import { describe, expect, it } from 'vitest';
import { mergeMessages, translate, type Catalog } from './translate';

const en: Catalog = {
  panel: {
    retry: 'Retry',
    moves_one: '{{count}} move',
    moves_other: '{{count}} moves',
    hello: 'Hi {{ name }}',
  },
  only: { english: 'Only in English' },
};
const zh: Catalog = { panel: { retry: '重試', moves_other: '{{count}} 筆異動' } };
const EN_RULES = new Intl.PluralRules('en');
const ZH_RULES = new Intl.PluralRules('zh-Hant');

describe('translate', () => {
  it('reads nested keys and fills placeholders, spaces inside the braces allowed', () => {
    expect(translate(en, en, EN_RULES, 'panel.retry')).toBe('Retry');
    expect(translate(en, en, EN_RULES, 'panel.hello', { name: 'Ada' })).toBe('Hi Ada');
  });

  it('picks the plural form for count in each language', () => {
    expect(translate(en, en, EN_RULES, 'panel.moves', { count: 1 })).toBe('1 move');
    expect(translate(en, en, EN_RULES, 'panel.moves', { count: 0 })).toBe('0 moves');
    expect(translate(en, en, EN_RULES, 'panel.moves', { count: 2.5 })).toBe('2.5 moves');
    expect(translate(zh, en, ZH_RULES, 'panel.moves', { count: 1 })).toBe('1 筆異動');
  });

  it('falls back to English, then to the key; an absent value leaves the placeholder empty', () => {
    expect(translate(zh, en, ZH_RULES, 'only.english')).toBe('Only in English');
    expect(translate(zh, en, ZH_RULES, 'no.such.key')).toBe('no.such.key');
    expect(translate(en, en, EN_RULES, 'panel.hello', {})).toBe('Hi ');
    expect(translate(en, en, EN_RULES, 'panel')).toBe('panel');
  });

  it('merges a chart’s messages deeply, the new words winning', () => {
    const catalog: Catalog = structuredClone(en);
    mergeMessages(catalog, { panel: { retry: 'Try again' }, sankey: { title: 'Who moved where' } });
    expect(translate(catalog, en, EN_RULES, 'panel.retry')).toBe('Try again');
    expect(translate(catalog, en, EN_RULES, 'panel.moves', { count: 3 })).toBe('3 moves');
    expect(translate(catalog, en, EN_RULES, 'sankey.title')).toBe('Who moved where');
  });
});
