/**
 * The one list of entry points: the extension manifest for each target browser.
 * crxjs reads it, bundles what it names and writes `manifest.json` into the build.
 *
 * The content script is deliberately absent: the background injects `content.js`
 * (built separately as one IIFE) with `scripting.executeScript` after a reader's
 * gesture (activeTab), or registers it per site once the reader grants that
 * origin. So there are no `content_scripts`, no `host_permissions` and no
 * `web_accessible_resources`.
 */
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

/** The browsers a build targets. */
export type Target = 'chrome' | 'firefox';

/** The add-on id Firefox knows the extension by (also used by the Firefox e2e test). */
export const GECKO_ID = 'who-said@who-said.local';

/**
 * Firefox 140 (ESR) brought the CSS Custom Highlight API, and is what Debian stable and many
 * workplaces run. Desktop Firefox reads `data_collection_permissions` from 140 on.
 */
export const FIREFOX_MIN_VERSION = '140.0';

/** Firefox for Android: 142 is the first to read `data_collection_permissions`. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Chrome 105 has both `CSS.highlights` and the `scripting` API we use. */
export const CHROME_MIN_VERSION = '105';

const popup = 'src/ui/popup/index.html';
const background = 'src/background/index.ts';

const icons = {
  16: 'icons/icon-16.png',
  32: 'icons/icon-32.png',
  48: 'icons/icon-48.png',
  128: 'icons/icon-128.png',
};

/** The manifest for `target`, in the form crxjs expects. */
export function manifestFor(target: Target) {
  return defineManifest({
    manifest_version: 3,
    name: 'Who Said',
    description:
      'Shows who is said to have said what in a news article: attributions, unnamed sources, hidden actors and hedges. Works offline.',
    version: pkg.version,
    icons,
    action: {
      default_popup: popup,
      default_title: 'Who Said: show who said what on this page',
      default_icon: icons,
    },
    options_ui: { page: 'src/ui/options/index.html', open_in_tab: true },
    // `storage` backs storage.session (per-tab summaries that survive the worker's restarts).
    // `contextMenus`: "Note this passage" on selected text (README, permissions).
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'],
    // Asked only when the reader ticks "always on this site", for that origin alone.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+W' },
        description: 'Open Who Said for this page',
      },
      'run-on-page': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight who said what on this page without opening the popup',
      },
      'note-passage': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Note the selected passage',
      },
    },
    ...(target === 'chrome'
      ? {
          minimum_chrome_version: CHROME_MIN_VERSION,
          background: { service_worker: background, type: 'module' as const },
        }
      : {
          // Firefox runs MV3 backgrounds as event pages; crxjs writes a module loader for it.
          background: { scripts: [background] },
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              // Nothing leaves the reader's machine.
              data_collection_permissions: { required: ['none' as const] },
            },
            // Firefox for Android reads `data_collection_permissions` only from 142 on.
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }),
  });
}
