import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '../test/fixtures';
import { checkAgainstArticle, datesIn, numbersIn, parseChineseNumeral } from './articleCheck';
import type { When } from './schema';
import { formatIssue } from './validate';

const published: When = { date: '2024-01-23', precision: 'day' };

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10],
    ['十四', 14],
    ['兩', 2],
    ['二十', 20],
    ['三百零五', 305],
    ['五萬', 50000],
    ['一千二百', 1200],
  ])('%s = %d', (text, value) => expect(parseChineseNumeral(text)).toBe(value));

  it('is NaN for text that is not a numeral', () => expect(parseChineseNumeral('天')).toBeNaN());
});

describe('numbersIn', () => {
  it('reads 萬 and 億 multipliers', () => {
    expect(numbersIn('年薪高達86.5萬美元')).toContain(865000);
    expect(numbersIn('估值已達20億美元')).toContain(2e9);
    expect(numbersIn('至16億美元')).toContain(1.6e9);
  });
  it('reads percentages, Chinese numerals and fractions', () => {
    expect(numbersIn('占總流入比例的7.5%')).toContain(7.5);
    expect(numbersIn('有十多名高管')).toContain(10);
    expect(numbersIn('三分之一到一半的時間')).toEqual(expect.arrayContaining([50, 0.5]));
    expect(numbersIn('三分之一').some((n) => Math.abs(n - 33.333) < 0.01)).toBe(true);
  });
  it('does not find a number that is not there', () =>
    expect(numbersIn('OpenAI的薪水比蘋果高出92%')).not.toContain(25));
});

describe('datesIn', () => {
  const dates = (line: string) => datesIn(line, published);
  it('resolves "last <month>" against the article’s year', () => {
    expect(dates('去年8月,隨著Llion Jones宣布離職')).toContainEqual({ date: '2023-08', precision: 'month' });
  });
  it('reads absolute years, months and quarters', () => {
    expect(dates('2023年1月,美國聯邦貿易委員會')).toContainEqual({ date: '2023-01', precision: 'month' });
    expect(dates('加州地區在1872年就立法')).toContainEqual({ date: '1872', precision: 'year' });
    expect(dates('2023年第三季度')).toContainEqual({
      date: '2023-07',
      precision: 'month',
      through: '2023-09',
    });
  });
  it('turns "since" into an interval up to the article’s month', () => {
    expect(dates('自去年10月以來')).toContainEqual({
      date: '2023-10',
      precision: 'month',
      through: '2024-01',
    });
    expect(dates('自2022年12月至今')).toContainEqual({
      date: '2022-12',
      precision: 'month',
      through: '2024-01',
    });
  });
  it('reads a bare month as this year’s or next', () => {
    expect(dates('2月將會加入')).toContainEqual({ date: '2024-02', precision: 'month' });
  });
  it('reads "a few days ago" and "the past five years"', () => {
    expect(dates('就在數天之前')).toContainEqual({ date: '2024-01', precision: 'month' });
    expect(dates('過去五年間')).toContainEqual({ date: '2019', precision: 'year', through: '2024' });
  });
  it('reads the compact publication stamp', () => {
    expect(dates('2024012318:19')).toContainEqual({ date: '2024-01-23', precision: 'day' });
  });
});

describe('checkAgainstArticle', () => {
  const files = loadDataFiles();
  // A synthetic article: only the lines the mutated records cite matter.
  const lines = Array.from({ length: files.article.lineCount }, () => '');
  lines[64] = '根據Rora在2023年4月公布的數據,OpenAI平均每位員工的年薪高達86.5萬美元。';
  lines[72] = '去年7月,原 FAIR研究員Noam Brown宣布加入OpenAI';
  const only = (
    figures = files.figures.filter((f) => f.id === 'openai-average-annual-pay'),
    moves = files.moves.filter((m) => m.id === 'noam-brown-fair-to-openai'),
  ) =>
    checkAgainstArticle(
      { ...files, sources: [], organizations: files.organizations, people: [], moves, figures, events: [] },
      lines,
    );

  it('confirms a record whose number, name and date occur in its line', () => {
    const { issues, counts } = only();
    expect(issues.filter((i) => i.file === 'figures.json' || i.file === 'moves.json')).toEqual([]);
    expect(counts.numbers).toBeGreaterThan(0);
    expect(counts.dates).toBeGreaterThan(0);
  });

  it('reports a number that is not in the cited line', () => {
    const figure = { ...files.figures.find((f) => f.id === 'openai-average-annual-pay')!, value: 856000 };
    const text = only([figure]).issues.map(formatIssue).join('\n');
    expect(text).toContain(
      'data/figures.json › record "openai-average-annual-pay" › field "value": 856000 does not occur',
    );
  });

  it('reports a date the line does not give', () => {
    const move = {
      ...files.moves.find((m) => m.id === 'noam-brown-fair-to-openai')!,
      when: { date: '2023-06', precision: 'month' as const },
    };
    expect(only(undefined, [move]).issues.map(formatIssue).join()).toContain(
      'field "when": 2023-06 is not a date the cited line(s) give',
    );
  });

  it('reports an organisation that is not in the cited line', () => {
    const move = { ...files.moves.find((m) => m.id === 'noam-brown-fair-to-openai')!, to: 'anthropic' };
    expect(only(undefined, [move]).issues.map(formatIssue).join()).toContain(
      'field "to": "Anthropic" does not occur',
    );
  });

  it('checks each stop of a career against the person’s lines: the organisation named, the date given', () => {
    const article = [...lines];
    article[52] = '2013年,Sutskever加入了Google Brain。直到2015年,Ilya被挖到了OpenAI。';
    const ilya = files.people.find((p) => p.id === 'ilya-sutskever')!;
    const check = (career: NonNullable<typeof ilya.career>) =>
      checkAgainstArticle(
        { ...files, sources: [], people: [{ ...ilya, career }], moves: [], figures: [], events: [] },
        article,
      )
        .issues.filter((i) => i.file === 'people.json')
        .map(formatIssue);
    expect(check(ilya.career!)).toEqual([]);
    expect(
      check([{ org: 'google-brain', when: { date: '2014', precision: 'year' } }, { org: 'anthropic' }]),
    ).toEqual([
      'data/people.json › record "ilya-sutskever" › field "career.0.when": 2014 is not a date the cited line(s) give',
      'data/people.json › record "ilya-sutskever" › field "career.1.org": "Anthropic" does not occur in the cited line(s)',
    ]);
  });

  it('recomputes derived values from their formula', () => {
    const { issues, counts } = checkAgainstArticle(files, lines);
    expect(counts.formulas).toBe(
      files.figures.filter((f) => f.derived).length + files.moves.filter((m) => m.derived).length,
    );
    const wrong = files.figures.map((f) =>
      f.id === 'apple-average-annual-pay' ? { ...f, value: 500000 } : f,
    );
    const broken = checkAgainstArticle({ ...files, figures: wrong }, lines)
      .issues.map(formatIssue)
      .join('\n');
    expect(broken).toMatch(
      /record "apple-average-annual-pay" › field "derived.formula": gives 450520\.83\d*, but the record holds 500000/,
    );
    expect(issues.some((i) => i.field === 'derived.formula')).toBe(false);
  });
});
