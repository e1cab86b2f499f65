/**
 * Detection: separators, number notations, dates at their precision, header rows and column types — on fixed
 * examples, and as properties over generated tables written every way the app claims to read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnType,
  detectDayFirst,
  detectDecimal,
  detectDelimiter,
  detectHeader,
  parseDate,
  parseNumber,
  sampleLines,
  splitLine,
  type DecimalMark,
  type Delimiter,
} from './detect';
import { detectSettings, parseDelimited, profileColumns } from './read';

const lines = (text: string) => sampleLines(text);

describe('separators', () => {
  it.each([
    ['source,target,value\nA,B,1\nB,C,2', ','],
    ['Von;Nach;Anzahl\nA;B;1,5\nB;C;2,25', ';'],
    ['source\ttarget\tvalue\nA\tB\t1\nB\tC\t2', '\t'],
    ['a|b|c\n1|2|3\n4|5|6', '|'],
    // Commas inside quoted names do not make a comma-separated file out of a tab-separated one.
    ['name\torg\n"Lovelace, Ada"\tAnalytical Engines\n"Babbage, C"\tDifference Works', '\t'],
  ])('%j uses %j', (text, delimiter) => {
    expect(detectDelimiter(lines(text))).toBe(delimiter);
  });

  it('splits quoted cells, with doubled quotes inside', () => {
    expect(splitLine('"a, b",c,"say ""hi"""', ',')).toEqual(['a, b', 'c', 'say "hi"']);
  });
});

describe('numbers', () => {
  it.each([
    [['1.234,5', '0,75'], ','],
    [['1,234.5', '0.75'], '.'],
    [['1,234', '56,789'], '.'],
    [['1.234.567', '2.345.678'], ','],
    [['12', '7'], '.'],
    [['3,14', '2,72'], ','],
  ] as [string[], DecimalMark][])('%j has the decimal mark %j', (values, mark) => {
    expect(detectDecimal(values)).toBe(mark);
  });

  it.each([
    ['1 234,5', ',', 1234.5],
    ['1.234,5', ',', 1234.5],
    ['1,234.5', '.', 1234.5],
    ['$865,000', '.', 865000],
    ['7.5%', '.', 7.5],
    ['−3', '.', -3],
    ["1'234.5", '.', 1234.5],
    ['0,597', ',', 0.597],
    ['1.4e-05', '.', 0.000014],
    ['2,5E3', ',', 2500],
    ['two', '.', Number.NaN],
    ['e5', '.', Number.NaN],
    ['', '.', Number.NaN],
  ] as [string, DecimalMark, number][])('%j with %j reads as %d', (text, mark, value) => {
    expect(parseNumber(text, mark)).toBe(value);
  });
});

describe('dates', () => {
  it.each([
    ['2023', '2023', 'year'],
    ['2023-10', '2023-10', 'month'],
    ['2023/10', '2023-10', 'month'],
    ['10/2023', '2023-10', 'month'],
    ['2023-10-05', '2023-10-05', 'day'],
    ['2023-10-05T09:30:00Z', '2023-10-05', 'day'],
    ['05/10/2023', '2023-10-05', 'day'],
    ['25/12/2023', '2023-12-25', 'day'],
    ['Oct 2023', '2023-10', 'month'],
    ['5 October 2023', '2023-10-05', 'day'],
    ['October 5, 2023', '2023-10-05', 'day'],
    ['2023年10月', '2023-10', 'month'],
    ['2023年10月5日', '2023-10-05', 'day'],
    ['2023年', '2023', 'year'],
  ])('%j is %s at %s precision', (text, iso, precision) => {
    expect(parseDate(text)).toEqual({ iso, precision });
  });

  it.each(['2023-02-30', '2023-13', 'soon', '12/31', '0099'])('%j is not a date', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('reads ambiguous dates month first when the column shows it, day first otherwise', () => {
    expect(detectDayFirst(['03/04/2023', '12/25/2023'])).toBe(false);
    expect(detectDayFirst(['03/04/2023', '25/12/2023'])).toBe(true);
    expect(parseDate('03/04/2023', false)).toEqual({ iso: '2023-03-04', precision: 'day' });
  });
});

describe('headers and column types', () => {
  const settings = { decimal: '.' as const, dayFirst: true };
  it('finds a header over numbers and dates, and none over more records', () => {
    expect(
      detectHeader(
        [
          ['source', 'target', 'value'],
          ['A', 'B', '1'],
        ],
        settings,
      ),
    ).toBe(true);
    expect(
      detectHeader(
        [
          ['A', 'B', '1'],
          ['B', 'C', '2'],
        ],
        settings,
      ),
    ).toBe(false);
    expect(
      detectHeader(
        [
          ['from', 'to'],
          ['Google', 'OpenAI'],
          ['OpenAI', 'Google'],
        ],
        settings,
      ),
    ).toBe(true);
    // A first row whose names come back below is a record.
    expect(
      detectHeader(
        [
          ['Google', 'OpenAI'],
          ['Google', 'Anthropic'],
        ],
        settings,
      ),
    ).toBe(false);
  });

  it('tells numbers, dates (years too) and text apart', () => {
    expect(columnType(['1', '2.5', '3'], settings)).toBe('number');
    expect(columnType(['2015', '2018', '2021'], settings)).toBe('date');
    expect(columnType(['2015', '2018', '2021'], settings, 'number')).toBe('number');
    expect(columnType(['2023-10', '2024-01-05'], settings)).toBe('date');
    expect(columnType(['Google', 'OpenAI'], settings)).toBe('text');
    expect(columnType(['', ' '], settings)).toBe('empty');
  });
});

/** A table written out as a file would be: separator, decimal mark, quoting, header or not. */
interface Generated {
  delimiter: Delimiter;
  decimal: DecimalMark;
  header: boolean;
  names: string[];
  types: ('text' | 'number' | 'date')[];
  rows: (string | number)[][];
}

const NAMES = ['Alpha Labs', 'Beta Co', 'Gamma AI', 'Delta Systems', 'Epsilon', '深度求索', 'Zeta, Inc.'];

const generated: fc.Arbitrary<Generated> = fc
  .record({
    delimiter: fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
    decimal: fc.constantFrom<DecimalMark>('.', ','),
    header: fc.boolean(),
    types: fc.array(fc.constantFrom<'text' | 'number' | 'date'>('text', 'number', 'date'), {
      minLength: 2,
      maxLength: 5,
    }),
    seed: fc.integer({ min: 0, max: 1e6 }),
    count: fc.integer({ min: 4, max: 30 }),
  })
  .filter((g) => g.types.includes('text'))
  .map(({ delimiter, decimal, header, types, seed, count }) => {
    let state = seed;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const rows = Array.from({ length: count }, () =>
      types.map((type) =>
        type === 'text'
          ? NAMES[Math.floor(random() * NAMES.length)]!
          : type === 'number'
            ? Math.round(random() * 1e6) / 100 + 0.01
            : `20${10 + Math.floor(random() * 14)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`,
      ),
    );
    const names = types.map((type, i) =>
      type === 'number' ? `value ${i}` : type === 'date' ? `date ${i}` : `name ${i}`,
    );
    return { delimiter, decimal, header, names, types, rows };
  });

/** A number written with a decimal mark and thousands groups of the other kind. */
function write(value: number, decimal: DecimalMark): string {
  const [whole, fraction = ''] = value.toFixed(2).split('.');
  const groups = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, decimal === ',' ? '.' : ',');
  return `${groups}${decimal}${fraction}`;
}

function toText(g: Generated): string {
  const quote = (cell: string) =>
    cell.includes(g.delimiter) || cell.includes('"') ? `"${cell.replace(/"/g, '""')}"` : cell;
  const body = g.rows.map((row) =>
    row.map((cell) => quote(typeof cell === 'number' ? write(cell, g.decimal) : cell)).join(g.delimiter),
  );
  return [...(g.header ? [g.names.join(g.delimiter)] : []), ...body].join('\n');
}

describe('generated tables', () => {
  it('are read back as written: separator, decimal mark, header, column types and every number', () => {
    fc.assert(
      fc.property(generated, (g) => {
        // A table of only text columns has no number to show its notation, and may not show its header.
        const text = toText(g);
        const settings = detectSettings(text);
        expect(settings.delimiter).toBe(g.delimiter);
        if (g.types.includes('number')) expect(settings.decimal).toBe(g.decimal);
        if (g.types.some((t) => t !== 'text')) expect(settings.header).toBe(g.header);
        const table = parseDelimited(text, { ...settings, header: g.header, decimal: g.decimal });
        expect(table.rows).toHaveLength(g.rows.length);
        const columns = profileColumns(table, settings);
        expect(columns.map((c) => c.type)).toEqual(g.types);
        g.types.forEach((type, c) => {
          if (type !== 'number') return;
          table.rows.forEach((row, r) =>
            expect(parseNumber(row[c]!, g.decimal)).toBeCloseTo(g.rows[r]![c] as number, 6),
          );
        });
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
