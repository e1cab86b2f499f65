/**
 * Fixture datasets, one per kind of bad data the issue names: each is the article's data with one fault planted,
 * run through the same boundary as the app (parse every file, then check references) and then through every
 * chart. Each is either rejected with a message naming file, record and field, or drawn with no NaN.
 */
import { describe, expect, it } from 'vitest';
import { badNumbers, deepFreeze, drawAll } from '../test/drawAll';
import { loadDataFiles, rawDataFile } from '../test/fixtures';
import { NO_FILTER } from '../model/filters';
import { DATA_FILES, type DataFileName, type DataFiles } from './schema';
import { checkReferences, DataValidationError, formatIssue, parseDataFile } from './validate';

type Raw = Record<DataFileName, Record<string, unknown>[]>;

function rawFiles(): Raw {
  return Object.fromEntries(
    (Object.keys(DATA_FILES) as DataFileName[]).map((name) => [name, structuredClone(rawDataFile(name))]),
  ) as Raw;
}

/** What the app's loader makes of raw files: the typed files, or every issue found, formatted. */
function load(raw: Raw): { files: DataFiles } | { issues: string[] } {
  const issues: string[] = [];
  const files: Partial<DataFiles> = {};
  for (const name of Object.keys(raw) as DataFileName[]) {
    try {
      (files as Record<string, unknown>)[name] = parseDataFile(name, raw[name]);
    } catch (error) {
      if (!(error instanceof DataValidationError)) throw error;
      issues.push(...error.issues.map(formatIssue));
    }
  }
  issues.push(...checkReferences(files).map(formatIssue));
  return issues.length ? { issues } : { files: files as DataFiles };
}

const first = (raw: Raw, name: DataFileName) => raw[name][0]!;
const moveFrom = (raw: Raw, org: string) => raw.moves.find((m) => m.from === org)!;

/** A fixture: its fault, and the message it must give. */
const REJECTED: [string, (raw: Raw) => void, string][] = [
  [
    'a self-link',
    (raw) => (first(raw, 'moves').to = first(raw, 'moves').from),
    `data/moves.json › record "${String(rawFiles().moves[0]!.id)}" › field "to": a move cannot go from`,
  ],
  [
    'a zero count',
    (raw) =>
      Object.assign(
        raw.moves.find((m) => !m.person)!,
        { count: 0 },
      ),
    '› field "count": Too small',
  ],
  [
    'a missing count',
    (raw) => delete raw.moves.find((m) => !m.person)!.count,
    '› field "count": is required (number)',
  ],
  [
    'a non-numeric count',
    (raw) =>
      Object.assign(
        raw.moves.find((m) => !m.person)!,
        { count: '12' },
      ),
    '› field "count": Invalid input: expected number, received string',
  ],
  [
    'a non-numeric figure value',
    (raw) =>
      Object.assign(
        raw.figures.find((f) => typeof f.value === 'number')!,
        { value: '865k' },
      ),
    '› field "value": Invalid input: expected number, received string',
  ],
  [
    'an infinite figure value (1e999 in the JSON)',
    (raw) =>
      Object.assign(
        raw.figures.find((f) => typeof f.value === 'number')!,
        // What JSON.parse makes of 1e999 in a file.
        { value: JSON.parse('1e999') as number },
      ),
    '› field "value"',
  ],
  [
    'an orphan organisation (its parent is not in the file)',
    (raw) =>
      Object.assign(
        raw.organizations.find((o) => o.parent)!,
        { parent: 'alphabet-x' },
      ),
    '› field "parent": unknown organisation "alphabet-x"',
  ],
  [
    'a move from an organisation that is not in the file',
    (raw) => Object.assign(first(raw, 'moves'), { from: 'gogle' }),
    '› field "from": unknown organisation "gogle"',
  ],
  [
    'a duplicate id',
    (raw) => raw.moves.push(structuredClone(first(raw, 'moves'))),
    `data/moves.json › record "${String(rawFiles().moves[0]!.id)}" › field "id": duplicate id`,
  ],
  [
    'two records for one organisation (an alias that is another’s name)',
    (raw) =>
      Object.assign(
        raw.organizations.find((o) => o.id === 'meta')!,
        { aliases: ['Google'] },
      ),
    'field "name": "Google" is already a name of',
  ],
  [
    'a date with a time (2019-04-16 00:00)',
    (raw) => Object.assign(first(raw, 'events'), { when: { date: '2019-04-16 00:00', precision: 'day' } }),
    '› field "when.date": "2019-04-16 00:00" is not a real day-precision ISO 8601 date',
  ],
  [
    'an impossible date (2023-02-30)',
    (raw) => Object.assign(first(raw, 'events'), { when: { date: '2023-02-30', precision: 'day' } }),
    '"2023-02-30" is not a real day-precision ISO 8601 date',
  ],
  [
    'an impossible month (2023-13)',
    (raw) => Object.assign(first(raw, 'events'), { when: { date: '2023-13', precision: 'month' } }),
    '"2023-13" is not a real month-precision ISO 8601 date',
  ],
  [
    'a year given as a month (2023 at month precision)',
    (raw) => Object.assign(first(raw, 'events'), { when: { date: '2023', precision: 'month' } }),
    '(expected YYYY-MM',
  ],
  [
    'a date without its precision',
    (raw) => Object.assign(first(raw, 'events'), { when: { date: '2023-10' } }),
    '› field "when.precision"',
  ],
  [
    'a name past 80 characters',
    (raw) => Object.assign(first(raw, 'people'), { name: 'N'.repeat(81) }),
    '› field "name": at most 80 characters',
  ],
];

describe('bad data is rejected with file, record and field', () => {
  it.each(REJECTED)('%s', (_, plant, message) => {
    const raw = rawFiles();
    plant(raw);
    const result = load(raw);
    expect('issues' in result, 'the fault was not caught').toBe(true);
    if ('issues' in result) expect(result.issues.join('\n')).toContain(message);
  });
});

const LONG_EN = 'International Consortium for Long-Horizon Machine Intelligence Research';
const LONG_ZH = '國際長程機器智慧研究聯盟附屬先進人工智慧基礎模型與安全對齊實驗室暨全球人才培育與交流中心';

/** Fixtures that are odd but valid: each must draw, in both languages, with no NaN anywhere in the geometry. */
const DRAWN: [string, (raw: Raw) => void][] = [
  [
    'a very long English name (70 characters)',
    (raw) => {
      raw.organizations.push({
        id: 'international-consortium-for-long-horizon-machine-intelligence-research',
        name: LONG_EN,
        kind: 'company',
        provenance: first(raw, 'organizations').provenance,
      });
      Object.assign(moveFrom(raw, 'apple'), {
        from: 'international-consortium-for-long-horizon-machine-intelligence-research',
      });
    },
  ],
  [
    `a very long Chinese name (${LONG_ZH.length} characters)`,
    (raw) =>
      Object.assign(
        raw.organizations.find((o) => o.id === 'google')!,
        { nameZh: LONG_ZH },
      ),
  ],
  [
    'a year-precision date (2023)',
    (raw) => Object.assign(first(raw, 'events'), { when: { date: '2023', precision: 'year' } }),
  ],
  [
    'a month-precision date (2023-10) on a move and an event',
    (raw) => {
      Object.assign(first(raw, 'events'), { when: { date: '2023-10', precision: 'month' } });
      Object.assign(first(raw, 'moves'), { when: { date: '2023-10', precision: 'month' } });
    },
  ],
  [
    'an organisation nothing refers to',
    (raw) =>
      raw.organizations.push({
        id: 'lonely-labs',
        name: 'Lonely Labs',
        kind: 'company',
        provenance: first(raw, 'organizations').provenance,
      }),
  ],
  [
    'a move with the largest count allowed beside moves of one',
    (raw) =>
      Object.assign(
        raw.moves.find((m) => !m.person)!,
        { count: 10_000_000 },
      ),
  ],
  ['every move to an unknown destination', (raw) => raw.moves.forEach((m) => (m.to = null))],
  [
    'no events, no figures and no moves at all',
    (raw) => {
      raw.events.length = 0;
      raw.figures.length = 0;
      raw.moves.length = 0;
    },
  ],
];

describe('odd but valid data draws', () => {
  it.each(DRAWN)('%s', (_, plant) => {
    const raw = rawFiles();
    plant(raw);
    const result = load(raw);
    expect('issues' in result ? result.issues : []).toEqual([]);
    if (!('files' in result)) return;
    for (const lang of ['en', 'zh-Hant'] as const) {
      for (const filter of [NO_FILTER, { companies: ['google'], from: '2023-01', to: '2024-01' }]) {
        const drawn = drawAll(result.files, filter, lang);
        expect(badNumbers(drawn)).toEqual([]);
      }
    }
  });

  it('shortens a long name in the Sankey but keeps it whole for the tooltip', () => {
    const raw = rawFiles();
    DRAWN[0]![1](raw);
    const result = load(raw);
    if (!('files' in result)) throw new Error('fixture did not load');
    const node = drawAll(result.files, NO_FILTER).sankey[0]!.nodes.find((n) => n.name === LONG_EN)!;
    expect(node.label.truncated).toBe(true);
    expect(node.label.text.endsWith('…')).toBe(true);
    expect(node.label.text.length).toBeLessThan(LONG_EN.length);
  });
});

describe('the cached data is never changed by drawing it', () => {
  it('draws every chart from deeply frozen files, in both languages, filtered and not', () => {
    // d3-sankey writes layout fields into the nodes and links it is given; on frozen input any such write throws.
    const files = deepFreeze(loadDataFiles());
    const before = JSON.stringify(files);
    for (const lang of ['en', 'zh-Hant'] as const) {
      for (const filter of [NO_FILTER, { companies: ['meta'], from: null, to: null }]) {
        expect(() => drawAll(files, filter, lang)).not.toThrow();
      }
    }
    expect(JSON.stringify(files)).toBe(before);
  });
});
