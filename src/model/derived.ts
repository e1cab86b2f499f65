/**
 * Derived values shown to people: the formula with each input's value and label, so a reader can redo the sum.
 */
import type { Derived, Figure } from '../data/schema';

/**
 * "openai / (1 + premium / 100), where openai = 865000 (OpenAI average annual pay), premium = 25 (…)".
 * Inputs missing from `figures` are shown by id.
 */
export function describeFormula(derived: Derived, figures: ReadonlyMap<string, Figure>): string {
  const inputs = Object.entries(derived.inputs).map(([name, id]) => {
    const figure = figures.get(id);
    return figure ? `${name} = ${figure.value ?? '?'} (${figure.label})` : `${name} = ${id}`;
  });
  return `${derived.formula}, where ${inputs.join('; ')}`;
}
