/**
 * `npm run build`: two loadable extensions from one source, plus the CLI.
 *
 *   extension/chrome   MV3, background service worker
 *   extension/firefox  MV3, background.scripts, gecko id, data_collection_permissions: none
 *   dist/cli           whosaid.mjs (scripts/build-cli.ts)
 *
 * Each extension is two Vite builds (see vite.config.ts): crxjs for the manifest (from
 * manifest.json through scripts/lib/browser-manifest.ts), popup, options page and background;
 * then the content script as one self-contained IIFE (`content.js`) beside the `::highlight()`
 * stylesheets drawn from src/shared/highlight-styles.ts (one per scheme and style variant; the
 * background injects the one this browser paints) with `scripting`. The Chrome manifest loses
 * `action.default_popup` (the popup is still built): there a click reaches the background, which
 * reads the page and opens the popup itself (src/background/toolbar-click.ts, ADR 0006). The
 * build then checks what it wrote:
 * production only (no dev-server URLs), no content_scripts, no web_accessible_resources, and
 * the per-browser background form.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildCli } from './build-cli.ts';
import {
  cssFileFor,
  highlightCss,
  SCHEMES,
  STYLE_VARIANTS,
  type SchemeName,
} from '../src/shared/highlight-styles.ts';
import { outDirFor, TARGETS, type Target } from './lib/browser-manifest.ts';
import { POPUP_PAGE } from '../src/background/toolbar-click.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

/** Strings that only a dev server build leaves behind. */
const DEV_MARKERS = [
  'localhost:5173',
  '@vite/client',
  '/@crx/',
  '/@vite/',
  'http://localhost',
  'ws://localhost',
];

/** The parts of a built manifest the build looks at. */
interface BuiltManifest {
  manifest_version?: number;
  content_scripts?: unknown;
  host_permissions?: unknown;
  web_accessible_resources?: Array<{ resources: string[] }>;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
  action?: { default_popup?: string };
}

const readManifest = (outDir: string): BuiltManifest =>
  JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as BuiltManifest;

async function buildTarget(target: Target): Promise<void> {
  const outDir = join(root, outDirFor(target));
  for (const part of ['extension', 'content']) {
    process.env.WHOSAID_TARGET = target;
    process.env.WHOSAID_PART = part;
    await build({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  }
  delete process.env.WHOSAID_TARGET;
  delete process.env.WHOSAID_PART;
  for (const file of stylesheets(target)) writeFileSync(join(outDir, file.name), file.css);
  fixManifest(target, outDir);
  check(target, outDir);
  console.log(`built ${outDirFor(target)}`);
}

/**
 * Every highlight stylesheet the background may inject; in Chromium the rules sit on the root
 * only, which inherits them down the tree for less style work (`RuleScope`).
 */
function stylesheets(target: Target): Array<{ name: string; css: string }> {
  const schemes = Object.keys(SCHEMES) as SchemeName[];
  const scope = target === 'chrome' ? 'root' : 'each';
  return schemes.flatMap((scheme) =>
    STYLE_VARIANTS.map((variant) => ({
      name: cssFileFor(variant, scheme),
      css: highlightCss(variant, scheme, scope),
    })),
  );
}

/** What crxjs cannot be told: keep the manifest to what Who Said really needs. */
function fixManifest(target: Target, outDir: string): void {
  const manifest = readManifest(outDir);
  // The content script is injected, never declared: no chunk needs to be reachable from pages.
  const war = manifest.web_accessible_resources;
  if (
    Array.isArray(war) &&
    war.every((entry) => entry.resources.every((r) => !r.startsWith('src/ui/')))
  ) {
    delete manifest.web_accessible_resources;
  }
  if (target === 'chrome' && manifest.action) {
    // The background opens the popup after starting the analysis (ADR 0006).
    if (manifest.action.default_popup !== POPUP_PAGE) {
      throw new Error(`action.default_popup is not ${POPUP_PAGE} (toolbar-click.ts)`);
    }
    delete manifest.action.default_popup;
  }
  if (target === 'firefox' && manifest.background?.service_worker) {
    // Firefox runs MV3 backgrounds as event pages from `scripts`.
    const sw = manifest.background.service_worker;
    manifest.background = { scripts: [sw], type: 'module' };
  }
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

function check(target: Target, outDir: string): void {
  const problems: string[] = [];
  const manifest = readManifest(outDir);
  if (manifest.manifest_version !== 3) problems.push('manifest_version is not 3');
  if (manifest.content_scripts) problems.push('declares content_scripts');
  if (manifest.web_accessible_resources) problems.push('declares web_accessible_resources');
  if (manifest.host_permissions) problems.push('declares host_permissions');
  if (target === 'chrome') {
    if (!manifest.background?.service_worker) problems.push('no service worker');
    if (manifest.browser_specific_settings) problems.push('has Firefox settings');
  }
  if (target === 'firefox') {
    if (!manifest.background?.scripts?.length) problems.push('no background.scripts');
    if (!manifest.browser_specific_settings?.gecko?.id) problems.push('no gecko id');
  }
  const needed = [
    'content.js',
    ...stylesheets(target).map((s) => s.name),
    target === 'chrome' ? POPUP_PAGE : manifest.action?.default_popup,
  ];
  for (const file of needed) {
    if (!file || !existsSync(join(outDir, file))) problems.push(`missing ${file}`);
  }
  for (const path of files(outDir)) {
    if (!/\.(js|mjs|html|json|css)$/.test(path)) continue;
    const text = readFileSync(path, 'utf8');
    for (const marker of DEV_MARKERS) {
      if (text.includes(marker)) problems.push(`${relative(root, path)} contains "${marker}"`);
    }
  }
  if (problems.length) {
    throw new Error(
      `${outDirFor(target)} is not a clean production build:\n  ${problems.join('\n  ')}`,
    );
  }
}

const started = Date.now();
for (const target of TARGETS) await buildTarget(target);
await buildCli();
console.log('built dist/cli');
console.log(`build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
