/**
 * Mozilla's add-on linter (web-ext lint, as addons.mozilla.org runs it) on the built
 * Firefox add-on: no errors allowed; warnings are printed for a person to judge.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('web-ext lint: extension/firefox', () => {
  it('reports no errors', async () => {
    expect(
      existsSync(resolve(root, 'extension/firefox/manifest.json')),
      'extension/firefox built',
    ).toBe(true);
    const webExt = resolve(root, 'node_modules/.bin/web-ext');
    const run = promisify(execFile);
    // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
    const { stdout } = await run(
      webExt,
      ['lint', '--source-dir', resolve(root, 'extension/firefox'), '--output=json', '--no-input'],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as {
      count: number;
      summary: { errors: number; warnings: number; notices: number };
      errors: Array<{ code: string; message: string; file?: string }>;
      warnings: Array<{ code: string; message: string; file?: string }>;
    };
    for (const w of report.warnings)
      console.log(`web-ext warning ${w.code}: ${w.message} (${w.file ?? ''})`);
    console.log('web-ext lint summary:', report.summary);
    expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  });
});
