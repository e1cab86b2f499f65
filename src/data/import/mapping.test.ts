/**
 * Column parts from header names in several languages and from types, the three shapes of flow data, and what
 * each shape turns into: moves with their problems and notes.
 */
import { describe, expect, it } from 'vitest';
import { buildFlows, unitOf } from './build';
import { guessMapping, guessSlots, missingParts, type ColumnInfo } from './mapping';
import { detectSettings, parseDelimited, profileColumns } from './read';

const cols = (spec: string): ColumnInfo[] =>
  spec.split(',').map((part) => {
    const [name, type = 'text'] = part.split(':');
    return { name: name!, type: type as ColumnInfo['type'] };
  });

describe('guessSlots', () => {
  it.each([
    ['source,target,value:number', { source: 0, target: 1, value: 2 }],
    ['from,to,count:number', { source: 0, target: 1, value: 2 }],
    ['origin,destination', { source: 0, target: 1 }],
    ['Source area,Target area,Millions of persons:number', { source: 0, target: 1, value: 2 }],
    [
      'Region of origin,Region of destination,Year:date,Flow:number',
      { source: 0, target: 1, date: 2, value: 3 },
    ],
    ['來源,目的地,人數:number', { source: 0, target: 1, value: 2 }],
    ['Von,Nach,Anzahl:number', { source: 0, target: 1, value: 2 }],
    ['Origine,Destino,Valor:number', { source: 0, target: 1, value: 2 }],
    // The app's own CSV: `source` there credits the row, it is not where the flow starts.
    ['person,from,to,date:date,count:number,source', { person: 0, source: 1, target: 2, date: 3, value: 4 }],
    // No header names the value: the only number column is it.
    ['A,B,Total TWh 2050:number', { value: 2 }],
  ])('%s', (spec, expected) => {
    expect(guessSlots(cols(spec))).toMatchObject(expected);
  });

  it('takes a header that names a part exactly at its word, but not a partial match of the wrong type', () => {
    expect(guessSlots(cols('from,to,count'))).toMatchObject({ value: 2 });
    expect(guessSlots(cols('from,to,number of people'))).not.toHaveProperty('value');
  });
});

describe('guessMapping', () => {
  it('names the three shapes', () => {
    expect(guessMapping(cols('source,target,value:number')).shape).toBe('edges');
    expect(guessMapping(cols('Person,Company,Start date:date,Title'))).toEqual({
      shape: 'careers',
      slots: { person: 0, node: 1, date: 2, label: 3 },
      stages: [],
    });
    expect(guessMapping(cols('Name,Job 1,Job 2,Job 3'))).toEqual({
      shape: 'paths',
      slots: { person: 0 },
      stages: [1, 2, 3],
    });
    expect(guessMapping(cols('Stage 1,Stage 2,Stage 3')).shape).toBe('paths');
    // Records of a database: numbered people, a job code and a start date (Oracle's HR sample, job_history).
    expect(
      guessMapping(cols('employee_id:number,start_date:date,end_date:date,job_id,department_id:number')),
    ).toEqual({ shape: 'careers', slots: { person: 0, node: 3, date: 1 }, stages: [] });
    // Two nameless text columns: an edge list between them, which the reader can change.
    expect(guessMapping(cols('a,b'))).toEqual({
      shape: 'edges',
      slots: { source: 0, target: 1 },
      stages: [],
    });
  });

  it('takes an unused `source` column of the app’s own CSV as the credit of each row', () => {
    expect(guessMapping(cols('person,from,to,date:date,count:number,source')).cite).toBe(5);
    expect(guessMapping(cols('source,target,value:number')).cite).toBeUndefined();
  });

  it('says what a shape still lacks', () => {
    expect(missingParts({ shape: 'edges', slots: { source: 0 }, stages: [] })).toEqual(['target']);
    expect(missingParts({ shape: 'paths', slots: {}, stages: [1] })).toEqual(['stages']);
  });
});

/** Reads a text as the app does: detection, then the mapping it guesses. */
function read(text: string, name = 'test.csv') {
  const settings = detectSettings(text);
  const table = parseDelimited(text, settings);
  const columns = profileColumns(table, settings);
  const mapping = guessMapping(columns);
  return buildFlows(table, columns, settings, mapping, name);
}

describe('buildFlows', () => {
  it('makes one move per edge, with the unit the value column names, and adds repeated pairs together', () => {
    const built = read('source,target,TWh\nCoal,Solid,75.571\nSolid,Industry,46.477\nCoal,Solid,1.5\n');
    expect(built.unit).toBe('TWh');
    expect(built.moves.map((m) => [m.from, m.to, m.count, m.unit])).toEqual([
      ['coal', 'solid', 75.571, 'TWh'],
      ['solid', 'industry', 46.477, 'TWh'],
      ['coal', 'solid', 1.5, 'TWh'],
    ]);
    expect(built.notes).toEqual([{ key: 'ownData.notes.repeats', values: { count: 1 } }]);
    expect(built.moves[0]!.provenance).toEqual({ lines: [2], sources: ['test'], note: 'Line 2 of test.csv' });
  });

  it('reads decimal commas and worded headers', () => {
    const built = read(
      'Source area;Target area;Millions of persons\nAsia;Europe;1,8\nEurope;Asia;2,05\n',
      'm.csv',
    );
    expect(built.moves.map((m) => m.count)).toEqual([1.8, 2.05]);
    expect(built.unit).toBe('Millions of persons');
  });

  it('explains each bad row: self-loops, zero, negative, not a number, a fraction of a person', () => {
    const built = read(
      ['from,to,count', 'A,B,1', 'A,A,2', 'A,B,0', 'B,C,-3', 'C,D,two', 'D,E,1.5', ',E,1'].join('\n'),
    );
    expect(built.problems).toEqual([
      { row: '3', column: 'to', message: 'is the same as from ("A")' },
      { row: '4', column: 'count', message: 'is 0: nothing flows, so the row is left out' },
      {
        row: '5',
        column: 'count',
        message:
          'is negative (-3): a flow cannot be less than nothing; swap from and to if it runs the other way',
      },
      { row: '6', column: 'count', message: '"two" is not a whole number of people (1 or more)' },
      { row: '7', column: 'count', message: '"1.5" is not a whole number of people (1 or more)' },
      { row: '8', column: 'from', message: 'is empty: name the organisation they left' },
    ]);
    expect(built.moves).toHaveLength(1);
    expect([built.total, built.valid]).toEqual([7, 1]);
  });

  it('turns a career history into moves, in date order per person, skipping a new role at the same place', () => {
    const built = read(
      [
        'Person,Company,Start date',
        'Ada,OpenAI,2018-03',
        'Ada,Google,2015',
        'Bo,Meta,2019',
        'Ada,Anthropic,2021-05',
        'Bo,Meta,2020',
        'Bo,Mistral AI,2023-04',
      ].join('\n'),
    );
    expect(built.moves.map((m) => [m.person, m.from, m.to, m.when?.date, m.step])).toEqual([
      ['ada', 'google', 'openai', '2018-03', 1],
      ['ada', 'openai', 'anthropic', '2021-05', 2],
      ['bo', 'meta', 'mistral-ai', '2023-04', 1],
    ]);
    expect(built.notes).toEqual([{ key: 'ownData.notes.stays', values: { count: 1 } }]);
    expect(built.moves[0]!.provenance.lines).toEqual([3, 2]);
  });

  it('says how many people have one organisation only, when a history has no move for them', () => {
    const built = read('name,company\nAda,Google\nBo,Meta\nBo,OpenAI\n');
    expect(built.moves.map((m) => [m.person, m.from, m.to])).toEqual([['bo', 'meta', 'openai']]);
    expect(built.notes).toEqual([{ key: 'ownData.notes.singleStops', values: { count: 1 } }]);
  });

  it('makes the moves of one named person the steps of their path, in date order', () => {
    const built = read(
      ['player,from,to,date', 'Ada,Ajax,Milan,2019-07', 'Bo,Porto,Ajax,2018', 'Ada,Porto,Ajax,2016-01'].join(
        '\n',
      ),
    );
    expect(built.moves.map((m) => [m.person, m.from, m.to, m.trail, m.step])).toEqual([
      ['ada', 'ajax', 'milan', 'ada', 2],
      ['bo', 'porto', 'ajax', 'bo', 1],
      ['ada', 'porto', 'ajax', 'ada', 1],
    ]);
    // Nobody moved twice: no paths, the Sankey says it all.
    expect(read('person,from,to\nAda,A,B\nBo,B,C\n').moves.some((m) => m.trail)).toBe(false);
  });

  it('draws nothing from a mapping that lacks a part its shape needs, rather than flows to nowhere', () => {
    const text = 'source,target,value\nA,B,1\n';
    const settings = detectSettings(text);
    const table = parseDelimited(text, settings);
    const columns = profileColumns(table, settings);
    const built = buildFlows(
      table,
      columns,
      settings,
      { shape: 'edges', slots: { source: 0, value: 2 }, stages: [] },
      't.csv',
    );
    expect([built.moves.length, built.valid, built.total]).toEqual([0, 0, 1]);
  });

  it('turns a path table into one move per step along each row', () => {
    const built = read(
      ['Name,Job 1,Job 2,Job 3', 'Ada,Google,OpenAI,Anthropic', 'Bo,Meta,,Mistral AI'].join('\n'),
    );
    expect(built.moves.map((m) => [m.trail, m.from, m.to, m.step])).toEqual([
      ['ada', 'google', 'openai', 1],
      ['ada', 'openai', 'anthropic', 2],
      ['bo', 'meta', 'mistral-ai', 1],
    ]);
  });

  it('takes the unit from the value column header', () => {
    expect(unitOf('count')).toBeUndefined();
    expect(unitOf('People')).toBeUndefined();
    expect(unitOf('value')).toBe('');
    expect(unitOf('TWh')).toBe('TWh');
  });
});
