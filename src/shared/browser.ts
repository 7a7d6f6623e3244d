/**
 * The one module that imports webextension-polyfill. Everything else takes the
 * `browser` object from here (or as a parameter, so tests can hand in a fake).
 * The polyfill's maintainers call it finished now that browsers ship a
 * promise-based `browser`; keeping it behind this wrapper makes it easy to drop. The content
 * script does without it (src/content/runtime.ts): it runs cold on every page.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Scripting, Tabs, Permissions, Storage } from 'webextension-polyfill';
export type Browser = typeof browser;
export { browser };
