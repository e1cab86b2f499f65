import { describe, expect, it } from 'vitest';
import { evaluateFormula } from './formula';

describe('evaluateFormula', () => {
  it('follows precedence and parentheses', () => {
    expect(evaluateFormula('openai / (1 + premium / 100)', { openai: 865000, premium: 25 })).toBe(692000);
    expect(evaluateFormula('2 + 3 * 4', {})).toBe(14);
    expect(evaluateFormula('-(2 - 5)', {})).toBe(3);
  });
  it('knows floor, ceil and round', () => {
    expect(evaluateFormula('floor(authors / 2) + 1 - named', { authors: 14, named: 2 })).toBe(6);
    expect(evaluateFormula('ceil(1.2) + round(1.5)', {})).toBe(4);
  });
  it('rejects unknown inputs and stray tokens', () => {
    expect(() => evaluateFormula('a + b', { a: 1 })).toThrow('unknown input "b"');
    expect(() => evaluateFormula('1 + ', {})).toThrow('expected a value');
    expect(() => evaluateFormula('alert(1)', {})).toThrow('unknown input "alert"');
    expect(() => evaluateFormula('1 2', {})).toThrow('unexpected "2"');
  });
});
