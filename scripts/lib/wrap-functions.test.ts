import { describe, expect, it } from 'vitest';
import { wrapFunctions } from './wrap-functions';

const BUNDLE = [
  'function double(x) {',
  '  return 2 * x;',
  '}',
  'function* pairs() {}',
  'function triple(x) {',
  '  return 3 * x;',
  '}',
  'const result = [double(2), triple(2)];',
].join('\n');

describe('wrapFunctions', () => {
  it('puts a new body in front of the named top-level functions only', () => {
    const { code, wrapped } = wrapFunctions(BUNDLE, (name) =>
      name === 'double' ? 'return 10 + double__inner.apply(this, arguments);' : undefined,
    );
    expect(wrapped).toEqual(['double']);
    const result = new Function(`${code}\nreturn result;`)() as number[];
    expect(result).toEqual([14, 6]);
    expect(code).toContain('function* pairs()');
    expect(code).toContain('function triple(x)');
  });
});
