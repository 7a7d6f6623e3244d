/**
 * `npm run package` on the built extensions (npm run test:e2e builds first): the three zips are
 * unpacked and checked: each store package holds exactly its build, with a manifest of the
 * right version and form whose every file is inside the zip; the source archive holds what a
 * reviewer needs to rebuild it, and nothing built.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { makePackages, packageNames } from '../../scripts/package';
import { outDirFor, type Target } from '../../scripts/lib/browser-manifest';
import { POPUP_PAGE } from '../../src/background/toolbar-click';
import { cssFileFor, STYLE_VARIANTS } from '../../src/shared/highlight-styles';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The parts of a manifest the checks read. */
interface Manifest {
  manifest_version: number;
  version: string;
  icons: Record<string, string>;
  /** Absent in Chrome's: the background opens the popup (src/background/toolbar-click.ts). */
  action: { default_popup?: string; default_icon: Record<string, string> };
  options_ui: { page: string };
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
  };
  minimum_chrome_version?: string;
  content_scripts?: unknown;
  host_permissions?: unknown;
}

/** Every file of a built extension, relative paths with `/`. */
function builtFiles(target: Target): string[] {
  const dir = join(root, outDirFor(target));
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk('');
  return out.sort();
}

/** The files a manifest names, which the browser loads from the package. */
function namedFiles(m: Manifest): string[] {
  return [
    ...Object.values(m.icons),
    ...Object.values(m.action.default_icon),
    m.action.default_popup ?? POPUP_PAGE,
    m.options_ui.page,
    ...(m.background.service_worker ? [m.background.service_worker] : []),
    ...(m.background.scripts ?? []),
  ];
}

describe('npm run package', () => {
  let out: string;
  let zips: Record<Target | 'source', Record<string, Uint8Array>>;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'whosaid-package-'));
    const paths = makePackages(out);
    expect(Object.values(paths).map((p) => p.slice(out.length + 1))).toEqual(
      Object.values(packageNames(pkg.version)),
    );
    zips = {
      chrome: unzipSync(readFileSync(paths.chrome)),
      firefox: unzipSync(readFileSync(paths.firefox)),
      source: unzipSync(readFileSync(paths.source)),
    };
  });

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it.each(['chrome', 'firefox'] as const)(
    'the %s package is its build, with a manifest the store accepts',
    (target) => {
      const zip = zips[target];
      const names = Object.keys(zip).filter((n) => !n.endsWith('/'));
      expect(names.sort()).toEqual(builtFiles(target));
      const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as Manifest;
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.version).toBe(pkg.version);
      expect(manifest.content_scripts).toBeUndefined();
      expect(manifest.host_permissions).toBeUndefined();
      for (const file of namedFiles(manifest)) expect(names, file).toContain(file);
      // What the background injects: the content script and both highlight stylesheets.
      for (const file of ['content.js', ...STYLE_VARIANTS.map((v) => cssFileFor(v))]) {
        expect(names, file).toContain(file);
      }
      expect(names.filter((n) => /\.(ts|tsx|map)$/.test(n) || n.startsWith('.'))).toEqual([]);
      if (target === 'chrome') {
        expect(manifest.background.service_worker).toBeTruthy();
        expect(manifest.minimum_chrome_version).toBeTruthy();
        expect(manifest.browser_specific_settings).toBeUndefined();
        expect(manifest.action.default_popup).toBeUndefined();
      } else {
        expect(manifest.action.default_popup).toBe(POPUP_PAGE);
        expect(manifest.background.scripts?.length).toBe(1);
        expect(manifest.browser_specific_settings?.gecko).toMatchObject({
          id: 'who-said@who-said.local',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        });
      }
    },
  );

  it('the source archive has what a reviewer needs to rebuild, and nothing built', () => {
    const names = Object.keys(zips.source);
    for (const file of [
      'package.json',
      'package-lock.json',
      'manifest.json',
      'vite.config.ts',
      'scripts/build.ts',
      'scripts/lib/browser-manifest.ts',
      'src/content/index.ts',
      'src/background/index.ts',
      'src/shared/highlight-styles.ts',
      'icons/icon-128.png',
      'docs/building-from-source.md',
    ]) {
      expect(names, file).toContain(file);
    }
    expect(
      names.filter((n) => /^(node_modules|extension\/(chrome|firefox)|dist)\//.test(n)),
    ).toEqual([]);
    const instructions = new TextDecoder().decode(zips.source['docs/building-from-source.md']);
    expect(instructions).toContain('npm ci');
    expect(instructions).toContain('npm run build');
  });
});
