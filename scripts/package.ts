/**
 * `npm run package` (after `npm run build`): the store packages, in extension/.
 *
 *   who-said-VERSION-chrome.zip    extension/chrome, for the Chrome Web Store
 *   who-said-VERSION-firefox.zip   extension/firefox through `web-ext build`, for addons.mozilla.org
 *   who-said-VERSION-source.zip    the source AMO asks for when code is bundled or minified:
 *                                  every file git tracks, as in the working tree, with
 *                                  docs/building-from-source.md saying how to rebuild
 *
 * VERSION is package.json's, which the build also writes into both manifests (checked here).
 * `--out DIR` writes the packages elsewhere (the tests use it). Zip entries carry a fixed date,
 * so packaging the same files twice gives the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import pkg from '../package.json' with { type: 'json' };
import { outDirFor, type Target } from './lib/browser-manifest.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The file names `npm run package` writes for a version. */
export function packageNames(version: string): Record<Target | 'source', string> {
  return {
    chrome: `who-said-${version}-chrome.zip`,
    firefox: `who-said-${version}-firefox.zip`,
    source: `who-said-${version}-source.zip`,
  };
}

/** 1980-01-01, the earliest date a zip can hold: the same files make the same archive. */
const FIXED_DATE = new Date(1980, 0, 1);

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** A zip of `files` (paths relative to `base`). */
function zipFiles(base: string, files: readonly string[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    entries[file] = [readFileSync(join(base, file)), { mtime: FIXED_DATE }];
  }
  return zipSync(entries, { level: 9 });
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' });
}

/** The built extension for `target`, checked to be there and to carry package.json's version. */
function builtDir(target: Target): string {
  const dir = join(root, outDirFor(target));
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`${outDirFor(target)} is missing: run \`npm run build\` first.`);
  }
  const { version } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version?: string };
  if (version !== pkg.version) {
    throw new Error(
      `${outDirFor(target)} is version ${version}, package.json says ${pkg.version}: run \`npm run build\`.`,
    );
  }
  return dir;
}

/** Writes the three packages into `outDir` and returns their paths. */
export function makePackages(outDir: string): Record<Target | 'source', string> {
  mkdirSync(outDir, { recursive: true });
  const names = packageNames(pkg.version);
  const paths = {
    chrome: join(outDir, names.chrome),
    firefox: join(outDir, names.firefox),
    source: join(outDir, names.source),
  };

  const chrome = builtDir('chrome');
  writeFileSync(paths.chrome, zipFiles(chrome, filesUnder(chrome)));

  // AMO's own packer: it leaves out what AMO rejects (dotfiles and the like).
  const firefox = builtDir('firefox');
  const webExt = join(root, 'node_modules/.bin/web-ext');
  execFileSync(
    webExt,
    [
      'build',
      '--source-dir',
      firefox,
      '--artifacts-dir',
      outDir,
      '--filename',
      names.firefox,
      '--overwrite-dest',
      '--no-input',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );

  // The source: what git tracks, as it is in the working tree (so it matches the builds above).
  const tracked = git(['ls-files', '-z'])
    .split('\0')
    .filter((f) => f !== '' && existsSync(join(root, f)));
  const untracked = git(['ls-files', '--others', '--exclude-standard']).trim();
  const changed = git(['status', '--porcelain', '--untracked-files=no']).trim();
  if (changed || untracked) {
    console.warn(
      'warning: the working tree has uncommitted changes; the source archive holds the files as ' +
        'they are now (untracked files left out). Commit before packaging a release.',
    );
  }
  writeFileSync(paths.source, zipFiles(root, tracked));
  return paths;
}

// `tsx scripts/package.ts [--out DIR]`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const chosen = at > 0 ? process.argv[at + 1] : undefined;
  const outDir = chosen ? resolve(chosen) : join(root, 'extension');
  const paths = makePackages(outDir);
  for (const path of Object.values(paths)) {
    console.log(`${relative(process.cwd(), path)}  ${(statSync(path).size / 1024).toFixed(0)} kB`);
  }
}
