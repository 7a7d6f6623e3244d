/**
 * Rewrites a bundled engine (scripts/lib/bundle-esm.ts) so that a script can stand between the
 * engine's functions and their callers: each top-level plain function `f` of the bundle that
 * `wrapperOf` gives a body for is renamed `f__inner`, and a new `f` with that body calls it
 * (generators and async functions are left alone). Used by scripts/repeat-calls.ts (to note each
 * call's arguments) and scripts/skip-ceiling.ts (to skip the calls an oracle knows are empty).
 */

/**
 * The bundle with the functions `wrapperOf` names wrapped: `wrapperOf(name)` returns the new
 * function's body, which reaches the original as `name__inner` (e.g. `return f__inner.apply(this,
 * arguments);`), or undefined to leave `name` alone. Returns the names wrapped, too.
 */
export function wrapFunctions(
  bundle: string,
  wrapperOf: (name: string) => string | undefined,
): { code: string; wrapped: string[] } {
  const wrappers: string[] = [];
  const wrapped: string[] = [];
  const code = bundle.replace(/^function ([A-Za-z_$][\w$]*)\(/gm, (m, name: string) => {
    const body = wrapperOf(name);
    if (body === undefined) return m;
    wrapped.push(name);
    wrappers.push(`function ${name}() { ${body} }`);
    return `function ${name}__inner(`;
  });
  return { code: `${code}\n${wrappers.join('\n')}\n`, wrapped };
}
