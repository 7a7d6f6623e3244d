import { build } from 'esbuild';

/**
 * Bundles one module of ours (the engine, or the CLI's engine API) into a single ES module file a
 * benchmark imports or hands to a child process. Not minified, so a stack trace stays readable;
 * minifying does not change V8's speed.
 */
export async function bundleEsm(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile,
    logLevel: 'silent',
  });
}
