import { describe, expect, it } from 'vitest';
import { decodeFile, readDatasetJson, readOwnData, readTable } from './ownData';
import { checkReferences } from './validate';

const CSV = [
  'person,from,to,date,count,source',
  'Ada Lovelace,Google,OpenAI,2023-10,1,LinkedIn',
  ',Meta,Mistral AI,2023,3,Press',
  'Bob,Google,Google,2023-01,1,',
  ',Apple,OpenAI,2023-02-30,2,',
  ',,OpenAI,2023,1,',
  ',Anthropic,,2024-01-23,two,',
  ',深度求索,OpenAI,2024,4,',
].join('\n');

describe('readTable, on the app’s own CSV of moves', () => {
  it('keeps the valid rows and names the row and column of each problem', async () => {
    const result = readTable('alumni.csv', CSV);
    expect(result.total).toBe(7);
    expect(result.valid).toBe(3);
    expect(result.problems).toEqual([
      { row: '4', column: 'to', message: 'is the same as from ("Google")' },
      {
        row: '5',
        column: 'date',
        message: '"2023-02-30" is not a real date: write YYYY, YYYY-MM or YYYY-MM-DD',
      },
      { row: '6', column: 'from', message: 'is empty: name the organisation they left' },
      { row: '7', column: 'count', message: '"two" is not a whole number of people (1 or more)' },
    ]);
    const { files } = result.dataset;
    expect(files.moves.map((m) => [m.from, m.to, m.count, m.when?.precision])).toEqual([
      ['google', 'openai', 1, 'month'],
      ['meta', 'mistral-ai', 3, 'year'],
      [expect.stringMatching(/^org-/), 'openai', 4, 'year'],
    ]);
    expect(files.people.map((p) => p.name)).toEqual(['Ada Lovelace']);
    expect(files.organizations.find((o) => o.name === '深度求索')?.id).toMatch(/^org-[a-z0-9]+$/);
    // What it keeps is a dataset the app accepts as it accepts the article's.
    expect(checkReferences(files)).toEqual([]);
    // Each move cites its line in the file.
    expect(files.moves[1]!.provenance).toMatchObject({ lines: [3], note: 'Line 3 of alumni.csv' });
  });

  it('finds no move in a table that has none (one organisation per person), and refuses one without rows', () => {
    expect(readTable('x.csv', 'name,company\nA,B').dataset.files.moves).toEqual([]);
    expect(() => readTable('x.csv', 'from,to\n')).toThrow('no rows');
  });
});

describe('readDatasetJson', () => {
  it('keeps valid records and drops, with a message, records that point at a dropped one', () => {
    const provenance = { lines: [1], sources: ['mine'], note: 'n' };
    const text = JSON.stringify({
      sources: [{ id: 'mine', name: 'Mine', kind: 'unnamed', provenance }],
      organizations: [
        { id: 'alpha', name: 'Alpha', kind: 'company', provenance },
        { id: 'beta', name: 'Beta', kind: 'company', provenance },
        { id: 'Bad Id', name: 'Gamma', kind: 'company', provenance },
      ],
      moves: [
        { id: 'a-b', count: 2, from: 'alpha', to: 'beta', kind: 'joined', provenance },
        { id: 'a-g', count: 2, from: 'alpha', to: 'gamma', kind: 'joined', provenance },
      ],
    });
    const result = readDatasetJson('mine.json', text);
    expect(result.total).toBe(6);
    expect(result.valid).toBe(4);
    expect([...new Set(result.problems.map((p) => `${p.row} | ${p.column}`))]).toEqual([
      'organizations › Bad Id | id',
      'moves › a-g | to',
    ]);
    expect(result.problems.at(-1)!.message).toBe('unknown organisation "gamma"');
    expect(() => readDatasetJson('x.json', '[1,2]')).toThrow('expected an object');
    expect(() => readDatasetJson('x.json', '{')).toThrow('not valid JSON');
  });

  it('tells CSV from JSON by name or content', async () => {
    expect(readOwnData('data.txt', 'from,to\nA,B').dataset.kind).toBe('csv');
  });
});

describe('own data: names, lines and encodings', () => {
  it('never merges different names, and always gives the same name the same id', async () => {
    const csv = [
      'from,to,count',
      '谷歌 AI,OpenAI,2',
      '百度 AI,OpenAI,3',
      'C++ Labs,Meta,1',
      'C Labs,Meta,1',
      '谷歌 AI,百度 AI,4',
      'google,GOOGLE,1',
    ].join('\n');
    const result = readTable('collide.csv', csv);
    const orgs = result.dataset.files.organizations;
    expect(new Set(orgs.map((o) => o.id)).size).toBe(orgs.length);
    expect(orgs.map((o) => o.name).sort()).toEqual(
      ['C Labs', 'C++ Labs', 'Meta', 'OpenAI', '百度 AI', '谷歌 AI'].sort(),
    );
    expect(result.valid).toBe(5);
    // The one self-move is google → GOOGLE: the same name in another case.
    expect(result.problems).toEqual([{ row: '7', column: 'to', message: 'is the same as from ("google")' }]);
    expect(checkReferences(result.dataset.files)).toEqual([]);
  });

  it('cites the line in the file, past blank lines and quoted line breaks', async () => {
    const csv = 'from,to,count\r\nGoogle,OpenAI,1\r\n\r\n"Meta\r\nAI",OpenAI,2\r\nMeta,OpenAI,two\r\n';
    const result = readTable('lines.csv', csv);
    expect(result.problems).toEqual([
      { row: '6', column: 'count', message: '"two" is not a whole number of people (1 or more)' },
    ]);
    expect(result.dataset.files.moves.map((m) => m.provenance.lines[0])).toEqual([2, 4]);
  });

  it('reads UTF-8 and UTF-16 with its mark, and refuses Big5 or Latin-1 rather than garble names', () => {
    const utf8 = new TextEncoder().encode('from,to\n谷歌,José\n');
    expect(decodeFile('a.csv', utf8.buffer)).toContain('José');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'from,to'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeFile('b.csv', utf16.buffer)).toBe('from,to');
    const latin1 = new Uint8Array([...'from,to\nJos'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x0a]));
    expect(() => decodeFile('c.csv', latin1.buffer)).toThrow('c.csv: is not UTF-8 text');
  });
});

it('numbers rows by line with LF endings too', async () => {
  const result = readTable('lf.csv', 'person,from,to\nAda,A Co,B Co\n,B Co,C Co\nBob,B Co,B Co\n');
  expect(result.dataset.files.moves.map((m) => m.provenance.lines[0])).toEqual([2, 3]);
  expect(result.problems.map((p) => p.row)).toEqual(['4']);
});
