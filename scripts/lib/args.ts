/**
 * Command-line options of the development scripts (benchmarks, probes, trials): one reading of
 * `--name VALUE` for all of them.
 */

/** The value after option `name` in `args` (`--pages DIR`); undefined when it is absent or last. */
export function optionValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
}

/**
 * Each argument of `argv` in order, with a reader of its value: the next argument, which the
 * walk then skips. A missing value is an error that names the option.
 */
export function* optionArgs(
  argv: readonly string[],
): Generator<[arg: string, value: () => string], void, undefined> {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    yield [
      arg,
      () => {
        const v = argv[++i];
        if (v === undefined) throw new Error(`${arg} needs a value`);
        return v;
      },
    ];
  }
}
