// Types for browser-launch.mjs, so the TypeScript end-to-end tests can use it.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';

/** Path of the Chromium binary (CHROMIUM_PATH or /usr/bin/chromium). */
export const CHROMIUM: string;
/** Path of the Firefox binary (FIREFOX_PATH or /usr/bin/firefox-esr). */
export const FIREFOX: string;

/** Serves the files of `dir` on 127.0.0.1 at a free port. */
export function serveDir(dir: string): Promise<{ origin: string; close(): Promise<void> }>;

export interface LaunchedChromium {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker. */
  worker(): Worker;
  close(): Promise<void>;
}

/** Starts Chromium with the unpacked extension in `dist` and a throw-away profile. */
export function launchChromium(options: {
  dist: string;
  headless: boolean;
  viewport?: { width: number; height: number } | null;
  /** More command-line flags for Chromium. */
  args?: readonly string[];
}): Promise<LaunchedChromium>;

/** Clicks the extension's toolbar button for the tab showing `page` (CDP Extensions.triggerAction). */
export function clickToolbarButton(
  context: BrowserContext,
  extensionId: string,
  page: Page,
): Promise<void>;

/** The extension's id for the tab showing `url`, or null when the extension cannot see it. */
export function tabIdFor(worker: Worker, url: string): Promise<number | null>;

/** Sends a ContentMessages request to a tab from the service worker; returns the raw Result. */
export function askContent(worker: Worker, tabId: number, type: string): Promise<unknown>;

/** Polls `fn` until it returns a truthy value; throws after `ms`. */
export function waitFor<T>(what: string, fn: () => Promise<T>, ms?: number): Promise<T>;
export function waitForHighlights(page: Page, worker: Worker): Promise<void>;
export function diagnoseTab(worker: Worker, url: string, context?: BrowserContext): Promise<string>;

export interface LaunchedFirefox {
  browser: FirefoxBrowser;
  /** `moz-extension://UUID`, the add-on's origin. */
  origin: string;
  /** What Firefox says it is, e.g. `firefox/140.12.0`. */
  version: string;
  close(): Promise<void>;
}

/** Starts headless Firefox with the unpacked add-on in `dist` installed (puppeteer-core, BiDi). */
export function launchFirefox(options: {
  dist: string;
  geckoId: string;
  width?: number;
  height?: number;
}): Promise<LaunchedFirefox>;

/** Opens an extension URL in a fresh tab (closing `previous`) and waits until it has loaded. */
export function openExtensionPage(
  browser: FirefoxBrowser,
  url: string,
  previous?: FirefoxPage | null,
): Promise<FirefoxPage>;

/** Grants the add-on a site the way "Always on this site" does; resolves to whether granted. */
export function allowSiteInFirefox(extensionPage: FirefoxPage, pattern: string): Promise<boolean>;
export function requireBuild(dist: string): void;
