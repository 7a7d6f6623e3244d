/**
 * Vite builds one part of one target per run, chosen by environment variables
 * so `scripts/build.ts` can drive every combination through Vite's JS API:
 *
 * - `WHOSAID_TARGET`: `chrome` (default) or `firefox`; output goes to `extension/<target>`.
 * - `WHOSAID_PART`: `extension` (default: popup + background through crxjs) or
 *   `content` (the content script as one self-contained IIFE, `content.js`,
 *   which the background injects with `scripting.executeScript`).
 *
 * A plain `npx vite build` therefore builds the Chrome extension without its
 * content script; use `npm run build` for complete, loadable builds.
 */
import { defineConfig, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { manifestFor, outDirFor, type Target } from './scripts/lib/browser-manifest.ts';

function targetFromEnv(value: string | undefined): Target {
  if (value === undefined || value === '' || value === 'chrome') return 'chrome';
  if (value === 'firefox') return 'firefox';
  throw new Error(`WHOSAID_TARGET must be "chrome" or "firefox", not "${value}"`);
}

/** Popup and background, with the manifest crxjs writes for `target`. */
function extensionConfig(target: Target): UserConfig {
  return {
    plugins: [preact(), crx({ manifest: manifestFor(target), browser: target })],
    // Icons are named in manifest.json and copied by crxjs from icons/; there is no public/.
    publicDir: false,
    build: {
      outDir: outDirFor(target),
      emptyOutDir: true,
      target: 'es2022',
      // (ASCII output, non-ASCII characters escaped: a script with one non-ASCII character is
      // decoded as two-byte text; reading the background's 515 KB in node cost 10.9M fewer
      // instructions so, of ~115M with its parse; session 24)
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  };
}

/** The content script: one IIFE with every import inlined, as `executeScript` needs. */
function contentConfig(target: Target): UserConfig {
  return {
    plugins: [preact()],
    // This build only adds content.js beside the extension build.
    publicDir: false,
    // A page has no `process`; libraries that test NODE_ENV must see a constant.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: outDirFor(target),
      emptyOutDir: false,
      target: 'es2022',
      copyPublicDir: false,
      // (ASCII output, as the extension's: see above)
      rolldownOptions: { output: { charset: 'ascii' } },
      lib: {
        entry: 'src/content/index.ts',
        formats: ['iife'],
        name: 'whoSaidContent',
        fileName: () => 'content.js',
      },
    },
  };
}

export default defineConfig(() => {
  const target = targetFromEnv(process.env.WHOSAID_TARGET);
  return process.env.WHOSAID_PART === 'content' ? contentConfig(target) : extensionConfig(target);
});
