#!/usr/bin/env node
/**
 * `npm run bench:notes`: notes at scale in Chromium with the built extension (extension/chrome).
 *
 * Makes a Who Said export of 10,000 notes over 1,000 articles (each with its text as it was),
 * imports it into a fresh profile through the options page, then measures what a reader
 * waits for: the popup's first render of an article's notes, a search for a rare and a
 * common word, an export of everything, and placing 100 notes again on one page whose text
 * moved (a paragraph added above, some passages edited). Prints each figure against its goal.
 *
 * Timings are wall-clock on a shared 2-core machine: read them as orders of magnitude.
 * Usage: npm run build && npm run bench:notes [-- --notes 10000 --articles 1000]
 */
/* global chrome -- used only in functions evaluated inside extension pages and the worker */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  clickToolbarButton,
  launchChromium,
  serveDir,
  tabIdFor,
  waitFor,
} from './lib/browser-launch.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, 'extension/chrome');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const NOTES = arg('notes', 10_000);
const ARTICLES = arg('articles', 1_000);
const PAGE_NOTES = 100;
/** `--texts 0` leaves the articles' texts as they were out of the file (to see what they cost). */
const TEXTS = arg('texts', 1) !== 0;

/** A small deterministic random generator (mulberry32), so every run has the same data. */
function random(seed) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(42);
const pick = (list) => list[Math.floor(rand() * list.length)];

const WORDS =
  `the officials said council board water reservoir repairs contractor spokesman according
report figures pipe engineer anonymity statement residents warning hosepipe ban levels decade week
Thursday postponed money plan budget minister police court hearing evidence witness sources
government agency company shares market analysts economy inflation rates election campaign
voters poll candidate party leader senator bill vote committee investigation documents emails
interview official confirmed denied claimed alleged reportedly unnamed person familiar matter`
    .split(/\s+/)
    .filter(Boolean);
const COMMON = 'officials';
const RARE = 'quetzalcoatl';

const sentence = (n) =>
  Array.from({ length: n }, () => pick(WORDS))
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase()) + '.';
const paragraph = () =>
  Array.from({ length: 3 + Math.floor(rand() * 3) }, () => sentence(12)).join(' ');

/** The same 53-bit hash as src/shared/article.ts (`fingerprintText`). */
function fingerprintText(text) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `v1-${text.length.toString(36)}-${hash.toString(36)}`;
}

const uuid = (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const time = (n) => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();

/** Selectors of `text.slice(start, end)`, as the content script makes them. */
const selectors = (text, start, end) => [
  {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
  },
  { type: 'TextPositionSelector', start, end },
];

/**
 * The benchmark's article page: a headline and paragraphs, read by the content script as
 * headline + "\n\n" + paragraphs joined by "\n\n" (plain text, no inline markup).
 */
function articlePage(title, paragraphs) {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><article><h1>${title}</h1>\n${body}</article></body></html>`;
}

function makeData(origin) {
  const articles = [];
  const notes = [];
  const snapshots = [];
  let n = 0;
  // Article 0 is the page the benchmark opens: its notes are placed in the page.
  const pageTitle = 'Reservoir inquiry: what the board knew';
  const pageParagraphs = Array.from({ length: 60 }, paragraph);
  const pageText = [pageTitle, ...pageParagraphs].join('\n\n');
  const perArticle = Math.max(1, Math.floor(NOTES / ARTICLES));
  for (let a = 0; a < ARTICLES; a++) {
    const url =
      a === 0 ? `${origin}/bench-article.html` : `https://news${a % 37}.example/story/${a}`;
    const title = a === 0 ? pageTitle : sentence(8).slice(0, -1);
    const text = a === 0 ? pageText : [title, ...Array.from({ length: 8 }, paragraph)].join('\n\n');
    const fingerprint = fingerprintText(text);
    articles.push({
      url,
      title,
      site: `News ${a % 37}`,
      fingerprint,
      createdAt: time(a),
      updatedAt: time(a),
    });
    if (TEXTS) snapshots.push({ url, fingerprint, text, createdAt: time(a) });
    const count = a === 0 ? PAGE_NOTES : perArticle;
    for (let k = 0; k < count && notes.length < NOTES; k++) {
      const start = Math.floor(rand() * (text.length - 80));
      const s = text.indexOf(' ', start) + 1;
      const e = text.indexOf(' ', s + 20 + Math.floor(rand() * 40));
      const body = `${sentence(10 + Math.floor(rand() * 20))}${n % 3000 === 7 ? ` ${RARE}` : ''}`;
      notes.push({
        id: uuid(++n),
        url,
        title,
        body,
        tags: [pick(['sources', 'follow up', 'legal', 'numbers', 'quotes'])],
        target: { selectors: selectors(text, s, e) },
        articleFingerprint: fingerprint,
        createdAt: time(a + k),
        updatedAt: time(a + k),
        version: 1,
      });
    }
  }
  const file = {
    format: 'who-said-export',
    version: 3,
    exportedAt: time(0),
    articles,
    notes,
    decisions: [],
    snapshots,
    sites: [],
  };
  // The page as it is now: a paragraph added at the top, and a few passages edited.
  const changed = pageParagraphs.map((p, i) => (i % 10 === 3 ? p.replace(/ the /, ' a ') : p));
  changed.unshift(`Update: ${sentence(14)}`);
  return { file, page: articlePage(pageTitle, changed) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;

async function main() {
  if (!existsSync(resolve(dist, 'manifest.json'))) {
    throw new Error('extension/chrome is missing: run `npm run build` first.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-bench-notes-'));
  const server = await serveDir(dir);
  const { file, page } = makeData(server.origin);
  writeFileSync(join(dir, 'bench-article.html'), page);
  const text = JSON.stringify(file);
  const exportPath = join(dir, 'export.json');
  writeFileSync(exportPath, text);
  console.log(
    `Who Said notes benchmark: ${file.notes.length.toLocaleString('en')} notes over ${file.articles.length.toLocaleString('en')} articles (${(text.length / 1e6).toFixed(1)} MB file, ${TEXTS ? 'with' : 'without'} the articles' texts as they were), Chromium, extension/chrome`,
  );

  const chromium = await launchChromium({
    dist,
    headless: true,
    viewport: { width: 1200, height: 900 },
  });
  const results = [];
  try {
    const { context, extensionId } = chromium;
    const options = await context.newPage();
    const base = `chrome-extension://${extensionId}/src/ui`;
    await options.goto(`${base}/options/index.html`);
    await waitFor('the options page', async () =>
      ((await options.textContent('body')) ?? '').includes('No notes yet.'),
    );

    // Import into this fresh profile, the way a reader does: the file input, then the report.
    // The page's own progress line says when reading ends and writing starts.
    await options.evaluate(() => {
      const marks = (globalThis.__importMarks = {});
      new MutationObserver(() => {
        const step = document.querySelector('[data-testid=import-step]')?.textContent ?? '';
        const phase = step.startsWith('Handing')
          ? 'sending'
          : step.startsWith('Saving')
            ? 'writing'
            : null;
        if (phase && marks[phase] === undefined) marks[phase] = performance.now();
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const t0 = Date.now();
    const p0 = await options.evaluate(() => performance.now());
    await options.setInputFiles('[data-testid=import]', exportPath);
    await waitFor(
      'the import',
      async () => /Imported: /.test((await options.textContent('[data-testid=status]')) ?? ''),
      120_000,
    );
    const importMs = Date.now() - t0;
    console.log(`  ${(await options.textContent('[data-testid=status]'))?.trim()}`);
    const marks = await options.evaluate(() => globalThis.__importMarks);
    if (marks.sending !== undefined && marks.writing !== undefined) {
      console.log(
        `  import steps: read and check the file ${ms(marks.sending - p0)}, hand it over ${ms(marks.writing - marks.sending)}, write ${ms(importMs - (marks.writing - p0))}`,
      );
    }
    results.push(['import into a fresh profile (options page, file to report)', importMs, 3000]);

    const ask = (type, payload) =>
      options.evaluate(
        async ([t, p]) => {
          const started = performance.now();
          const answer = await chrome.runtime.sendMessage({ ws: 1, type: t, payload: p });
          const size = JSON.stringify(answer).length;
          return { ms: performance.now() - started, answer, size };
        },
        [type, payload],
      );

    // Search: the first search builds the index from the store; later ones use it.
    const first = await ask('notes.search', { query: COMMON, limit: 50 });
    results.push([
      `first search after start (builds the index over ${file.notes.length.toLocaleString('en')} notes)`,
      first.ms,
      null,
    ]);
    for (const [label, query] of [
      [`search, rare word ("${RARE}")`, RARE],
      [`search, common word ("${COMMON}")`, COMMON],
    ]) {
      const runs = [];
      let total = 0;
      for (let i = 0; i < 7; i++) {
        const r = await ask('notes.search', { query, limit: 50 });
        runs.push(r.ms);
        total = r.answer.value.total;
      }
      results.push([
        `${label}: ${total.toLocaleString('en')} matches, first page of 50`,
        median(runs),
        50,
      ]);
    }
    // As typed in the options page: the box to the count shown.
    await options.fill('[data-testid=search]', '');
    await options.waitForTimeout(300);
    const typed = await options.evaluate(async (q) => {
      const box = document.querySelector('[data-testid=search]');
      const results = document.querySelector('[data-testid=results]');
      const before = results.textContent;
      const started = performance.now();
      box.value = q;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        if (results.textContent !== before && /matching/.test(results.textContent)) break;
        if (performance.now() - started > 10_000) break;
      }
      return performance.now() - started;
    }, RARE);
    results.push([`search as typed in the options page, to results shown`, typed, 50]);

    const exports = [];
    for (let i = 0; i < 3; i++) {
      const r = await options.evaluate(async () => {
        const started = performance.now();
        const answer = await chrome.runtime.sendMessage({
          ws: 1,
          type: 'data.export',
          payload: {},
        });
        const json = JSON.stringify(answer.value, null, 2);
        return {
          ms: performance.now() - started,
          bytes: json.length,
          notes: answer.value.notes.length,
        };
      });
      exports.push(r.ms);
      if (i === 0)
        console.log(
          `  export: ${r.notes.toLocaleString('en')} notes, ${(r.bytes / 1e6).toFixed(1)} MB of JSON`,
        );
    }
    results.push([
      "export everything (the file's text in the options page)",
      median(exports),
      1000,
    ]);

    // The article page, changed since the notes were written: 100 notes placed again.
    const article = await context.newPage();
    const url = `${server.origin}/bench-article.html`;
    await article.goto(url);
    await clickToolbarButton(context, extensionId, article);
    const tabId = await waitFor('the tab', () => tabIdFor(chromium.worker(), url));
    const notesState = await waitFor('the notes placed', async () => {
      const answer = await chromium
        .worker()
        .evaluate(
          (id) => chrome.tabs.sendMessage(id, { ws: 1, type: 'content.notes', payload: {} }),
          tabId,
        );
      return answer?.ok && answer.value.anchors.length === PAGE_NOTES ? answer.value : null;
    });
    const placed = notesState.anchors.filter((a) => a.status === 'anchored').length;
    const fuzzy = notesState.anchors.filter((a) => a.method === 'fuzzy').length;
    results.push([
      `re-anchoring ${PAGE_NOTES} notes on one page (text moved; ${placed} placed, ${fuzzy} by fuzzy match, ${PAGE_NOTES - placed} orphans)`,
      notesState.anchorMs,
      50,
    ]);

    // The popup's first render for that article: opened, to its notes listed.
    const renders = [];
    for (let i = 0; i < 5; i++) {
      const popup = await context.newPage();
      // Noted in the page itself: when the first note is drawn, from the start of navigation.
      await popup.addInitScript(() => {
        const seen = new MutationObserver(() => {
          if (document.querySelector('[data-testid=note-item]')) {
            globalThis.__firstNote = performance.now();
            seen.disconnect();
          }
        });
        seen.observe(document, { childList: true, subtree: true });
      });
      await popup.goto(`${base}/popup/index.html?tab=${tabId}&run=${i}`);
      await popup.waitForSelector('[data-testid=note-item]', { timeout: 30_000 });
      renders.push(await popup.evaluate(() => globalThis.__firstNote));
      await popup.close();
    }
    results.push([
      `popup first render (opened to the article's ${PAGE_NOTES} notes listed)`,
      median(renders),
      200,
    ]);
  } finally {
    await chromium.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }

  console.log('');
  const width = Math.max(...results.map(([label]) => label.length));
  for (const [label, value, goal] of results) {
    const verdict =
      goal === null
        ? ''
        : value < goal
          ? `  goal < ${goal} ms: met`
          : `  goal < ${goal} ms: MISSED`;
    console.log(`  ${label.padEnd(width)}  ${ms(value).padStart(8)}${verdict}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
