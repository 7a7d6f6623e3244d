// Bundles the command line (src/cli/main.ts) for Node into dist/cli/whosaid.mjs:
// one self-contained ES module with linkedom and the engine's JSON lexicons inside,
// so `npm run whosaid` works from a fresh `npm ci && npm run build` with nothing
// resolved at run time but Node's own modules.
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds dist/cli/whosaid.mjs. Resolves once it is written. */
export async function buildCli(): Promise<void> {
  await build({
    root,
    // The project's vite.config.ts builds the extension (crxjs, preact); none of
    // that applies to a Node program.
    configFile: false,
    logLevel: 'warn',
    // Nothing is copied beside the CLI.
    publicDir: false,
    resolve: {
      alias: {
        // linkedom tries `require('canvas')` and falls back to its own shim when the
        // native package is missing; point the bundler at the shim so the bundle
        // never tries to load a package that is not there.
        canvas: fileURLToPath(
          new URL('../node_modules/linkedom/commonjs/canvas-shim.cjs', import.meta.url),
        ),
      },
    },
    ssr: {
      // Bundle every dependency: dist/cli must run without node_modules.
      noExternal: true,
      target: 'node',
    },
    build: {
      ssr: 'src/cli/main.ts',
      outDir: 'dist/cli',
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        output: {
          format: 'es',
          entryFileNames: 'whosaid.mjs',
          banner: '#!/usr/bin/env node',
          // One file: nothing to resolve next to it at run time.
          codeSplitting: false,
        },
      },
    },
  });
  await chmod(fileURLToPath(new URL('../dist/cli/whosaid.mjs', import.meta.url)), 0o755);
}

// `tsx scripts/build-cli.ts` builds the CLI alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
