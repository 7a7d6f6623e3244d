/**
 * The one step that turns the top-level `manifest.json` (the single source of truth, plain
 * JSON that a reviewer can read) into the manifest of one browser. manifest.json carries the
 * keys of both browsers; each keeps what it understands:
 *
 * - Chrome: `background.service_worker` and `minimum_chrome_version`; no
 *   `browser_specific_settings` (Chrome warns about keys it does not know).
 * - Firefox: `background.scripts` (Firefox runs MV3 backgrounds as event pages) and
 *   `browser_specific_settings` (add-on id, minimum versions, data collection: none).
 *
 * `version` comes from package.json, so the two can never disagree. The entry points still
 * name sources (`src/.../index.ts`, `.html`): crxjs bundles them and writes the built paths.
 *
 * The content script is deliberately absent: the background injects `content.js` (built as
 * one IIFE) with `scripting.executeScript` after a reader's gesture (activeTab), or registers
 * it per site once the reader grants that origin. So there are no `content_scripts`, no
 * `host_permissions` and no `web_accessible_resources` (the build checks).
 */
import source from '../../manifest.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };

/** The browsers a build targets. */
export type Target = 'chrome' | 'firefox';

/** Every target, in build order. */
export const TARGETS: readonly Target[] = ['chrome', 'firefox'];

/** Where the unpacked build of a target goes (what a reader loads; ignored by git). */
export const outDirFor = (target: Target): string => `extension/${target}`;

/** The keys manifest.json holds for one browser only; the shared keys pass through as they are. */
interface BrowserKeys {
  background: { service_worker: string; scripts: string[]; type: string };
  minimum_chrome_version: string;
  browser_specific_settings: {
    gecko: {
      id: string;
      strict_min_version: string;
      data_collection_permissions: { required: string[] };
    };
    gecko_android: { strict_min_version: string };
  };
}

// Checked here, at compile time: a key renamed in manifest.json breaks the typecheck, not a browser.
const { background, minimum_chrome_version, browser_specific_settings, ...shared } =
  source satisfies BrowserKeys;

/** The add-on id Firefox knows the extension by (also used by the Firefox e2e test). */
export const GECKO_ID = browser_specific_settings.gecko.id;

/** The oldest Firefox the add-on installs in (ESR 140: the Custom Highlight API arrived in 140). */
export const FIREFOX_MIN_VERSION = browser_specific_settings.gecko.strict_min_version;

/** Commands with their suggested keys, as declared (the e2e tests check that each registers). */
export const COMMANDS: Readonly<Record<string, { suggested_key: { default: string } }>> =
  shared.commands;

/**
 * Firefox's `data_collection_permissions`, checked: Who Said collects nothing, and the README
 * and the store listings say so. Anything else in manifest.json is a mistake to stop on.
 */
function noDataCollection(declared: { required: string[] }): { required: ['none'] } {
  if (declared.required.length !== 1 || declared.required[0] !== 'none') {
    throw new Error(
      `manifest.json: data_collection_permissions.required must be ["none"], not ${JSON.stringify(declared.required)}`,
    );
  }
  return { required: ['none'] };
}

/** The manifest for `target`, with the version from package.json. */
export function manifestFor(target: Target, version: string = pkg.version) {
  // The version right after the name, where a reader of the built manifest looks for it.
  const { manifest_version, name, ...rest } = shared;
  const common = { manifest_version, name, version, ...rest };
  if (target === 'chrome') {
    return {
      ...common,
      minimum_chrome_version,
      background: { service_worker: background.service_worker, type: 'module' as const },
    };
  }
  return {
    ...common,
    // crxjs writes a module loader for it and adds `type: module`.
    background: { scripts: background.scripts },
    browser_specific_settings: {
      ...browser_specific_settings,
      gecko: {
        ...browser_specific_settings.gecko,
        data_collection_permissions: noDataCollection(
          browser_specific_settings.gecko.data_collection_permissions,
        ),
      },
    },
  };
}
