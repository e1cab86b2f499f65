import { describe, expect, it } from 'vitest';
import { loadDataFiles, rawDataFile } from '../test/fixtures';
import { checkReferences, DataValidationError, formatIssue, parseDataFile } from './validate';
import { slugify } from './schema';

/** Parses a one-record moves file and returns the issue lines (empty when valid). */
function movesIssues(record: Record<string, unknown>): string[] {
  try {
    parseDataFile('moves', [record]);
    return [];
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    return error.issues.map(formatIssue);
  }
}

const goodMove = {
  id: 'a-to-b',
  person: 'someone',
  count: 1,
  from: 'alpha',
  to: 'beta',
  kind: 'joined',
  when: { date: '2023-10', precision: 'month' },
  provenance: { lines: [43], sources: ['36kr'], note: 'A move.' },
};

describe('the curated data', () => {
  it('passes the schema and every reference resolves', () => {
    const files = loadDataFiles();
    expect(checkReferences(files)).toEqual([]);
    expect(files.moves.length).toBeGreaterThan(20);
    expect(files.organizations.find((o) => o.id === 'character-ai')?.name).toBe('Character.AI');
  });

  it('holds the article’s key numbers', () => {
    const { figures } = loadDataFiles();
    const value = (id: string) => figures.find((f) => f.id === id)?.value;
    expect(value('openai-average-annual-pay')).toBe(865000);
    expect(value('google-share-of-openai-hires')).toBe(7.5);
    expect(value('transformer-authors')).toBe(8);
    const stripe = figures.find((f) => f.id === 'stripe-rank-of-openai-hires');
    expect(stripe?.rank).toBe(2);
    expect(stripe && 'value' in stripe).toBe(false);
    expect(figures.find((f) => f.id === 'google-brain-average-annual-pay')?.derived).toBeDefined();
  });
});

describe('slugify', () => {
  it.each([
    ['Character.AI', 'character-ai'],
    ['Sakana AI', 'sakana-ai'],
    ['Maja Tr bacz', 'maja-tr-bacz'],
    ['Timothée Lacroix', 'timothee-lacroix'],
    ['  --Google  Brain-- ', 'google-brain'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('parseDataFile rejects bad records with file, record and field', () => {
  it('accepts a good move', () => expect(movesIssues(goodMove)).toEqual([]));

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing field', { ...goodMove, from: undefined }, 'data/moves.json › record "a-to-b" › field "from"'],
    ['a wrong type', { ...goodMove, count: 'two' }, 'field "count"'],
    ['a zero count', { ...goodMove, person: undefined, count: 0 }, 'field "count"'],
    ['a fractional count', { ...goodMove, person: undefined, count: 1.5 }, 'field "count"'],
    ['a named person with count 2', { ...goodMove, count: 2 }, 'a move of one named person has count 1'],
    ['a self-link', { ...goodMove, to: 'alpha' }, 'cannot go from "alpha" to itself'],
    [
      'an id that is not a slug',
      { ...goodMove, id: 'A to B' },
      'record "A to B" › field "id": must be a slug',
    ],
    ['an unknown field', { ...goodMove, colour: 'red' }, 'field "(record)"'],
    [
      'an impossible date',
      { ...goodMove, when: { date: '2023-02-30', precision: 'day' } },
      'field "when.date"',
    ],
    [
      'a date at the wrong precision',
      { ...goodMove, when: { date: '2023', precision: 'month' } },
      'expected YYYY-MM',
    ],
    [
      'a timestamp',
      { ...goodMove, when: { date: '2019-04-16 00:00', precision: 'day' } },
      'field "when.date"',
    ],
    [
      'an interval that ends first',
      { ...goodMove, when: { date: '2023-10', precision: 'month', through: '2023-01' } },
      'ends (2023-01) before it starts',
    ],
    [
      'no cited line',
      { ...goodMove, provenance: { ...goodMove.provenance, lines: [] } },
      'field "provenance.lines"',
    ],
    [
      'no source',
      { ...goodMove, provenance: { ...goodMove.provenance, sources: [] } },
      'field "provenance.sources"',
    ],
    [
      'a note too long',
      { ...goodMove, provenance: { ...goodMove.provenance, note: 'x'.repeat(200) } },
      'at most 140 characters',
    ],
    [
      'a note on two lines',
      { ...goodMove, provenance: { ...goodMove.provenance, note: 'one\ntwo' } },
      'one line',
    ],
    [
      'a control character',
      { ...goodMove, role: 'Head\u0001' },
      'field "role": contains a control character',
    ],
    [
      'an absurd count',
      { ...goodMove, person: undefined, count: 9007199254740991 },
      'at most 10,000,000 people',
    ],
    ['a year out of range', { ...goodMove, when: { date: '0099', precision: 'year' } }, 'years 1000–2999'],
    ['an id too long', { ...goodMove, id: 'a'.repeat(81) }, 'ids are at most 80 characters'],
  ])('%s', (_, record, expected) => {
    const issues = movesIssues(record);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.join('\n')).toContain(expected);
  });

  it('names a record without an id by its position', () => {
    expect(() => parseDataFile('moves', [goodMove, { ...goodMove, id: undefined }])).toThrow(
      'record "#2" › field "id"',
    );
  });

  it('rejects duplicate ids', () => {
    expect(() => parseDataFile('moves', [goodMove, goodMove])).toThrow('duplicate id "a-to-b"');
  });

  it('rejects a file that is not a list', () => {
    expect(() => parseDataFile('moves', { records: [] })).toThrow(
      'expected a list of records, got an object',
    );
  });

  it('rejects an organisation whose id is not the slug of its name', () => {
    const org = { id: 'deepmind', name: 'Google DeepMind', kind: 'company', provenance: goodMove.provenance };
    expect(() => parseDataFile('organizations', [org])).toThrow(
      'must be the slug of the name: "google-deepmind"',
    );
  });

  it('rejects a team without a parent', () => {
    const org = { id: 'paris-team', name: 'Paris team', kind: 'team', provenance: goodMove.provenance };
    expect(() => parseDataFile('organizations', [org])).toThrow(
      'field "parent": a team must name the organisation',
    );
  });

  it('rejects a figure with neither a value nor a rank, and one with both value and range', () => {
    const figure = { id: 'f', metric: 'valuation', label: 'F', unit: 'USD', provenance: goodMove.provenance };
    expect(() => parseDataFile('figures', [figure])).toThrow('give a value, range, magnitude or rank');
    expect(() => parseDataFile('figures', [{ ...figure, value: 1, range: { min: 1, max: 2 } }])).toThrow(
      'only one of',
    );
  });

  it('rejects a negative pay, a pay in percent and a share above 100 percent', () => {
    const pay = {
      id: 'p',
      metric: 'average-annual-pay',
      label: 'P',
      unit: 'USD per year',
      value: 1,
      provenance: goodMove.provenance,
    };
    expect(() => parseDataFile('figures', [{ ...pay, value: -5 }])).toThrow(
      'field "value": must not be negative',
    );
    expect(() => parseDataFile('figures', [{ ...pay, unit: 'percent' }])).toThrow(
      'a average-annual-pay figure is in USD per year',
    );
    const share = { ...pay, metric: 'share-of-openai-hires', unit: 'percent', value: 120 };
    expect(() => parseDataFile('figures', [share])).toThrow('a share is at most 100 percent');
  });

  it('rejects non-numeric and infinite values', () => {
    const figure = { id: 'f', metric: 'valuation', label: 'F', unit: 'USD', provenance: goodMove.provenance };
    expect(() => parseDataFile('figures', [{ ...figure, value: '865k' }])).toThrow('field "value"');
    expect(() => parseDataFile('figures', [{ ...figure, value: Infinity }])).toThrow('field "value"');
  });

  it('validates the real files as they are on disk', () => {
    expect(() => parseDataFile('events', rawDataFile('events'))).not.toThrow();
  });
});

describe('checkReferences', () => {
  const files = loadDataFiles();

  it('reports an unknown organisation, person and source', () => {
    const moves = [
      {
        ...files.moves[0]!,
        from: 'gogle',
        person: 'nobody',
        provenance: { ...files.moves[0]!.provenance, sources: ['nope'] },
      },
    ];
    const lines = checkReferences({ ...files, moves }).map(formatIssue);
    expect(lines).toContain(
      `data/moves.json › record "${moves[0]!.id}" › field "from": unknown organisation "gogle"`,
    );
    expect(lines).toContain(
      `data/moves.json › record "${moves[0]!.id}" › field "person": unknown person "nobody"`,
    );
    expect(lines).toContain(
      `data/moves.json › record "${moves[0]!.id}" › field "provenance.sources.0": unknown source "nope"`,
    );
  });

  it('reports a line past the end of the article', () => {
    const events = [{ ...files.events[0]!, provenance: { ...files.events[0]!.provenance, lines: [999] } }];
    expect(
      checkReferences({ ...files, events })
        .map(formatIssue)
        .join(),
    ).toContain('line 999 is past the end of the article');
  });

  it('reports an orphan organisation and a parent loop', () => {
    const p = files.organizations[0]!.provenance;
    const organizations = [
      { id: 'a', name: 'A', kind: 'lab' as const, parent: 'b', provenance: p },
      { id: 'b', name: 'B', kind: 'lab' as const, parent: 'a', provenance: p },
      { id: 'c', name: 'C', kind: 'team' as const, parent: 'missing', provenance: p },
    ];
    const text = checkReferences({ organizations }).map(formatIssue).join('\n');
    expect(text).toContain('record "a" › field "parent": parent chain loops back to "a"');
    expect(text).toContain('record "c" › field "parent": unknown organisation "missing"');
  });

  it('reports two records for one organisation (a name used as another’s alias)', () => {
    const p = files.organizations[0]!.provenance;
    const organizations = [
      {
        id: 'mistral-ai',
        name: 'Mistral AI',
        aliases: ['MistralAI'],
        kind: 'company' as const,
        provenance: p,
      },
      { id: 'mistralai', name: 'MistralAI', kind: 'company' as const, provenance: p },
    ];
    expect(checkReferences({ organizations }).map(formatIssue).join()).toContain(
      '"MistralAI" is already a name of "mistral-ai"',
    );
  });

  it('reports a derived value whose input is not a figure', () => {
    const figure = files.figures.find((f) => f.derived)!;
    const figures = [{ ...figure, derived: { formula: 'a', inputs: { a: 'missing-figure' } } }];
    expect(checkReferences({ figures }).map(formatIssue).join()).toContain('unknown figure "missing-figure"');
  });
});
