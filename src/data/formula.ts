/**
 * Evaluates the arithmetic of a derived value (`openai / (1 + premium / 100)`), so `check:data` can confirm
 * the stored value follows from its inputs. A small recursive-descent parser rather than `eval`: the grammar is
 * four operators, parentheses and `floor`/`ceil`/`round`, and the app's Content-Security-Policy forbids eval.
 */

const FUNCTIONS: Record<string, (x: number) => number> = {
  floor: Math.floor,
  ceil: Math.ceil,
  round: Math.round,
};

/**
 * Computes `formula` with the named inputs in `scope`.
 * @throws Error naming the unknown identifier or the unexpected token when the formula cannot be read.
 */
export function evaluateFormula(formula: string, scope: Record<string, number>): number {
  const tokens = formula.match(/\d+(?:\.\d+)?|[A-Za-z_]\w*|[-+*/()]|\S/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (expected?: string) => {
    const token = tokens[pos++];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      throw new Error(
        `formula "${formula}": expected ${expected ?? 'a value'} at token ${pos}, got ${token ?? 'the end'}`,
      );
    }
    return token;
  };
  const expression = (): number => {
    let value = term();
    while (peek() === '+' || peek() === '-') value = take() === '+' ? value + term() : value - term();
    return value;
  };
  const term = (): number => {
    let value = factor();
    while (peek() === '*' || peek() === '/') value = take() === '*' ? value * factor() : value / factor();
    return value;
  };
  const factor = (): number => {
    const token = take();
    if (token === '-') return -factor();
    if (token === '(') {
      const value = expression();
      take(')');
      return value;
    }
    if (/^\d/.test(token)) return Number(token);
    if (/^[A-Za-z_]/.test(token)) {
      const fn = FUNCTIONS[token];
      if (fn && peek() === '(') {
        take('(');
        const value = expression();
        take(')');
        return fn(value);
      }
      const value = scope[token];
      if (value === undefined) throw new Error(`formula "${formula}": unknown input "${token}"`);
      return value;
    }
    throw new Error(`formula "${formula}": unexpected "${token}"`);
  };
  const value = expression();
  if (pos !== tokens.length) throw new Error(`formula "${formula}": unexpected "${tokens[pos]}"`);
  return value;
}
