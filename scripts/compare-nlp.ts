/**
 * `npx tsx scripts/compare-nlp.ts`: measures well-kept NLP libraries against the engine's own
 * code on the two parts where a library might do better, before choosing (docs/adr/0001):
 *
 * 1. sentence splitting: boundary precision/recall/F1 on a hand-labelled gold set
 *    (bench/sentences.json) and speed on 1 MB of generated news prose, for the engine's
 *    splitSentences, Intl.Segmenter (built into browsers), Intl.Segmenter with an
 *    abbreviation repair, compromise and wink-nlp;
 * 2. the part-of-speech decisions the engine needs (bench/pos.json): eventive passive vs
 *    stative/adjectival participle vs active verb, and proper noun vs not, for compromise,
 *    wink-nlp and hand-written rules;
 * 3. bundle cost: the minified (and gzipped) bytes each library adds to content.js, and whether
 *    the bundle holds eval, new Function, WebAssembly or Node APIs (unusable in a content script).
 *
 * 4. with `--only browsers`: Intl.Segmenter inside headless Chromium and Firefox (puppeteer-core
 *    and the system browsers), to check it splits there as in Node, and its speed there.
 *
 * Options: --only sentences|pos|bundle|browsers (repeatable; default: all but browsers),
 * --runs N (speed repetitions, default 3).
 * Output is Markdown tables, ready for the ADR.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser } from 'puppeteer-core';
import nlp from 'compromise';
import nlpOne from 'compromise/one';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { loadEngine, toSpans, type SentenceSpan } from './lib/engine-api';
import { generateProse } from './lib/prose';
import { median } from './lib/stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- shared helpers

/** Median wall time in ms of `runs` calls after one warm-up call. */
function timeMs(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : 'n/a');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- 1. sentence splitting

interface SentenceCase {
  id: string;
  sentences: string[];
  sep?: string;
}

type Splitter = (text: string) => SentenceSpan[];

const engine = loadEngine();
const wink = winkNLP(winkModel);

const intlSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Intl.Segmenter over each line. Lines are segmented one by one because V8's segment iterator
 * slows down quadratically on long strings (200 KB: 1.9 s whole, 6 ms line by line); a line
 * break always ends a sentence in its rules, so the result is the same.
 */
function intlSplit(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    for (const s of intlSegmenter.segment(line[0])) {
      const start = line.index + s.index;
      if (s.segment.trim()) out.push({ start, end: start + s.segment.length });
    }
  }
  return out;
}

// Abbreviations after which Intl.Segmenter (UAX #29 rules, no suppression list in V8) breaks
// wrongly even before a capital: titles, initials, and a few that precede a number or name.
const NEVER_FINAL =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Cmdr|Adm|Rev|Hon|St|Mt|Ft|No|Nos|Fig|vs|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z])\.["”’)]*\s*$/;

// After ? or ! (and closing quotes) the rules break even before a lower-case word, as in
// "“Who knew?” she said": a sentence does not start in lower case, so glue those back.
const QUESTION_END = /[?!]["”’)]*\s*$/;
const LOWER_START = /^["“‘(]?\p{Ll}/u;

/** Intl.Segmenter, then segments glued back after a title or initial, or before lower case. */
function intlRepairedSplit(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const span of intlSplit(text)) {
    const prev = out[out.length - 1];
    const prevText = prev ? text.slice(prev.start, prev.end) : '';
    const glue =
      NEVER_FINAL.test(prevText) ||
      (QUESTION_END.test(prevText) && LOWER_START.test(text.slice(span.start, span.end)));
    if (prev && glue) prev.end = span.end;
    else out.push(span);
  }
  return out;
}

function compromiseSplit(text: string): SentenceSpan[] {
  const sentences = nlpOne(text).json({ offset: true, text: false }) as {
    offset: { start: number; length: number };
  }[];
  return sentences.map((s) => ({ start: s.offset.start, end: s.offset.start + s.offset.length }));
}

function winkSplit(text: string): SentenceSpan[] {
  return toSpans(text, wink.readDoc(text).sentences().out());
}

const SPLITTERS: Record<string, Splitter> = {
  'engine splitSentences': engine.splitSentences,
  'Intl.Segmenter': intlSplit,
  'Intl.Segmenter + abbreviation repair': intlRepairedSplit,
  'compromise 14 (one)': compromiseSplit,
  'wink-nlp 2 + lite web model': winkSplit,
};

/** Sentence starts after the first, at the first non-space character of each span. */
function boundaries(text: string, spans: readonly SentenceSpan[]): Set<number> {
  const out = new Set<number>();
  const first = text.search(/\S/);
  for (const s of spans) {
    let i = s.start;
    while (i < s.end && /\s/.test(text.charAt(i))) i++;
    if (i < s.end && i !== first) out.add(i);
  }
  return out;
}

interface GoldCase {
  id: string;
  text: string;
  gold: Set<number>;
}

function loadSentenceGold(): GoldCase[] {
  const gold = JSON.parse(readFileSync(join(root, 'bench', 'sentences.json'), 'utf8')) as {
    cases: SentenceCase[];
  };
  return gold.cases.map((c) => {
    const sep = c.sep ?? ' ';
    const starts: number[] = [];
    let at = 0;
    c.sentences.forEach((s, i) => {
      if (i > 0) starts.push(at);
      at += s.length + sep.length;
    });
    return { id: c.id, text: c.sentences.join(sep), gold: new Set(starts) };
  });
}

/** Boundary precision, recall and F1 of `split` over the gold cases, and the cases it missed. */
function scoreSplitter(cases: readonly GoldCase[], split: Splitter): string[] {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const c of cases) {
    const got = boundaries(c.text, split(c.text));
    let caseTp = 0;
    for (const b of got) if (c.gold.has(b)) caseTp++;
    tp += caseTp;
    fp += got.size - caseTp;
    fn += c.gold.size - caseTp;
    if (caseTp !== got.size || caseTp !== c.gold.size) wrong.push(c.id);
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return [
    pct(p),
    pct(r),
    pct((2 * p * r) / (p + r)),
    `${cases.length - wrong.length}/${cases.length}`,
    wrong.join(', ') || 'none',
  ];
}

function compareSentences(runs: number): string {
  const cases = loadSentenceGold();
  const goldCount = cases.reduce((n, c) => n + c.gold.size, 0);
  const prose = generateProse(1024 * 1024);
  const mb = Buffer.byteLength(prose, 'utf8') / 1e6;
  const rows: string[][] = [];
  const misses: string[] = [];
  for (const [name, split] of Object.entries(SPLITTERS)) {
    const [p = '', r = '', f1 = '', exact = '', wrong = ''] = scoreSplitter(cases, split);
    const ms = timeMs(() => split(prose), runs);
    rows.push([name, p, r, f1, exact, (mb / (ms / 1000)).toFixed(2)]);
    misses.push(`- ${name}: ${wrong}`);
  }
  return [
    `### Sentence splitting: ${cases.length} cases, ${goldCount} gold boundaries; speed on ${mb.toFixed(2)} MB of generated prose (median of ${runs})`,
    '',
    table(['splitter', 'precision', 'recall', 'F1', 'cases exact', 'MB/s'], rows),
    '',
    'Cases not split exactly:',
    '',
    ...misses,
  ].join('\n');
}

/**
 * Intl.Segmenter inside the real browsers a content script runs in (Chromium, Firefox), to
 * check that it splits as in Node, and how fast it is there. Needs the browsers installed.
 */
async function compareBrowsers(runs: number): Promise<string> {
  const { launch } = await import('puppeteer-core');
  const cases = loadSentenceGold();
  const prose = generateProse(1024 * 1024);
  const mb = Buffer.byteLength(prose, 'utf8') / 1e6;
  const browsers: ['chrome' | 'firefox', string][] = [
    ['chrome', '/usr/bin/chromium'],
    ['firefox', '/usr/bin/firefox-esr'],
  ];
  const rows: string[][] = [];
  const cspRows: string[][] = [];
  const csp = await serveUnderCsp();
  for (const [kind, executablePath] of browsers) {
    if (!existsSync(executablePath)) {
      rows.push([kind, 'not installed', '', '', '', '', '']);
      continue;
    }
    const browser = await launch({
      browser: kind,
      executablePath,
      headless: true,
      args: kind === 'chrome' ? ['--no-sandbox'] : [],
    });
    try {
      const page = await browser.newPage();
      // Runs in the page: segment each gold text, then time line-by-line segmentation of the
      // prose (median of `runs`), as intlSplit does.
      const result = await page.evaluate(
        (texts: string[], big: string, n: number) => {
          const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
          const spans = texts.map((t) =>
            [...seg.segment(t)].map((x) => [x.index, x.index + x.segment.length]),
          );
          const times: number[] = [];
          for (let i = 0; i <= n; i++) {
            const t0 = performance.now();
            for (const line of big.split('\n')) for (const x of seg.segment(line)) void x;
            if (i > 0) times.push(performance.now() - t0); // the first is warm-up
          }
          times.sort((a, b) => a - b);
          return { spans, ms: times[Math.floor(times.length / 2)] ?? NaN };
        },
        cases.map((c) => c.text),
        prose,
        runs,
      );
      const byText = new Map(cases.map((c, i) => [c.text, result.spans[i] ?? []]));
      const split: Splitter = (text) =>
        (byText.get(text) ?? []).map(([start = 0, end = 0]) => ({ start, end }));
      const [p = '', r = '', f1 = '', exact = '', wrong = ''] = scoreSplitter(cases, split);
      const same = wrong === scoreSplitter(cases, intlSplit)[4] ? 'yes' : `no (${wrong})`;
      cspRows.push([`${kind} ${await browser.version()}`, ...(await csp.check(browser))]);
      rows.push([
        `${kind} ${await browser.version()}`,
        p,
        r,
        f1,
        exact,
        same,
        (mb / (result.ms / 1000)).toFixed(2),
      ]);
    } finally {
      await browser.close();
    }
  }
  csp.close();
  return [
    `### Intl.Segmenter in the browsers (gold set as above; speed line by line on ${mb.toFixed(2)} MB, median of ${runs})`,
    '',
    table(
      ['browser', 'precision', 'recall', 'F1', 'cases exact', 'same misses as Node', 'MB/s'],
      rows,
    ),
    '',
    "### Each bundle loaded as a script on a page whose CSP is `script-src 'self'` (no eval), then called",
    '',
    table(['browser', ...Object.keys(ENTRIES)], cspRows),
  ].join('\n');
}

/**
 * Serves each bundle of ENTRIES from 127.0.0.1 to a page under a strict Content Security Policy
 * (no eval, no inline script), as strict as a Manifest V3 content script's, and checks in a
 * browser that each loads and answers.
 */
async function serveUnderCsp(): Promise<{
  check: (browser: Browser) => Promise<string[]>;
  close: () => void;
}> {
  const names = Object.keys(ENTRIES);
  const code = await Promise.all(Object.values(ENTRIES).map(bundleEntry));
  // Calls each bundle from a page script, not from the test driver: DevTools evaluation is
  // exempt from a page's CSP (CDP allowUnsafeEvalBlockedByCSP), so a call from page.evaluate
  // would let eval through.
  const runner = `const g = globalThis;
    try {
      const v = g.__x ? g.__x('Mr. Smith said the files were discovered. Officials denied it.') : null;
      g.__result = v === null ? 'did not load' : Array.isArray(v) && v.length > 0 ? 'runs' : 'no result';
    } catch (e) {
      g.__result = 'throws: ' + String(e);
    }`;
  const server = createServer((req, res) => {
    const m = /^\/(\d+|run)\.(js|html)$/.exec(req.url ?? '');
    const i = Number(m?.[1]);
    if (m?.[1] === 'run') {
      res.setHeader('content-type', 'text/javascript');
      res.end(runner);
    } else if (!m || !code[i]) {
      res.statusCode = 404;
      res.end();
    } else if (m[2] === 'js') {
      res.setHeader('content-type', 'text/javascript');
      res.end(code[i]);
    } else {
      res.setHeader('content-type', 'text/html');
      res.setHeader('content-security-policy', "script-src 'self'; object-src 'none'");
      res.end(`<!doctype html><script src="/${i}.js"></script><script src="/run.js"></script>`);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const check = async (browser: Browser): Promise<string[]> => {
    const out: string[] = [];
    for (let i = 0; i < names.length; i++) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`http://127.0.0.1:${port}/${i}.html`);
      const answer = await page.evaluate(
        () => (globalThis as unknown as { __result?: string }).__result ?? 'runner did not run',
      );
      // "throws: EvalError: <the browser's long message>" -> "throws: EvalError"
      out.push(answer.split(':').slice(0, 2).join(':') + (errors.length ? ' (page error)' : ''));
      await page.close();
    }
    return out;
  };
  return { check, close: () => server.close() };
}

// ---------------------------------------------------------------- 2. part of speech

type VoiceLabel = 'passive' | 'adjective' | 'active';
type ProperLabel = 'proper' | 'common';

interface PosItem {
  task: 'voice' | 'proper';
  text: string;
  word: string;
  label: VoiceLabel | ProperLabel;
}

const BE_OR_GET =
  /^(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting|'s|’s|'re|’re)$/i;
const LINKING = /^(?:seem|seems|seemed|appear|appears|appeared|look|looks|looked|became|become)$/i;
// Words that may stand between an auxiliary and its participle ("was not quickly found").
const SKIPPABLE = /^(?:not|never|also|already|still|just|then|since|n't|ly)$|ly$/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|some|any|no)$/i;

/** The voice decision from a word's left context, shared by the wink-nlp rule and the baseline. */
function voiceFromContext(left: readonly string[]): VoiceLabel {
  for (let i = left.length - 1; i >= 0; i--) {
    const w = left[i] ?? '';
    if (SKIPPABLE.test(w)) continue;
    if (BE_OR_GET.test(w)) return 'passive';
    if (LINKING.test(w)) return 'adjective';
    if (DETERMINER.test(w)) return 'adjective';
    return 'active';
  }
  return 'adjective'; // sentence-initial participle: "Leaked documents show..."
}

/**
 * Word lists for the hand-written rules, read from the engine's lexicon files (data, so this
 * script does not bind to the engine's internal module names): stative participles, and the
 * lowercase words that are no name when capitalised at the start of a sentence.
 */
function readEngineLexicon(): { stative: Set<string>; common: Set<string> } {
  const dir = join(root, 'src', 'engine', 'lexicon');
  const read = (file: string): Record<string, unknown> =>
    JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  const words = (obj: Record<string, unknown>, keys?: readonly string[]): string[] =>
    Object.entries(obj)
      .filter(([k]) => !keys || keys.includes(k))
      .flatMap(([, v]) => (Array.isArray(v) ? v.filter((w) => typeof w === 'string') : []))
      .filter((w: string) => !w.includes(' '));
  return {
    stative: new Set(words(read('participles.json'), ['stative'])),
    common: new Set([...words(read('function-words.json')), ...words(read('actor-nouns.json'))]),
  };
}

const LEXICON = readEngineLexicon();

function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}’'.-]+|[^\s\p{L}\p{N}]/gu)?.map((t) => t.replace(/\.$/, '')) ?? [];
}

function baselineLabel(item: PosItem): string {
  const tokens = tokenize(item.text);
  const i = tokens.indexOf(item.word);
  if (item.task === 'proper') {
    if (i > 0) return /^\p{Lu}/u.test(item.word) ? 'proper' : 'common';
    return LEXICON.common.has(item.word.toLowerCase()) ? 'common' : 'proper';
  }
  const voice = voiceFromContext(tokens.slice(0, Math.max(i, 0)));
  // be + a participle the lexicon knows as stative ("is located") describes a state
  return voice === 'passive' && LEXICON.stative.has(item.word.toLowerCase()) ? 'adjective' : voice;
}

function compromiseLabel(item: PosItem): string {
  const terms = (nlp(item.text).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap(
    (s) => s.terms,
  );
  const term = terms.find((t) => t.text === item.word);
  if (!term) return 'missing';
  const tags = new Set(term.tags);
  if (item.task === 'proper') {
    return ['ProperNoun', 'Person', 'Place', 'Organization'].some((t) => tags.has(t))
      ? 'proper'
      : 'common';
  }
  if (tags.has('Adjective')) return 'adjective';
  if (tags.has('Passive')) return 'passive';
  return tags.has('Verb') ? 'active' : `other:${term.tags.join('|')}`;
}

function winkLabel(item: PosItem): string {
  const doc = wink.readDoc(item.text);
  const words = doc.tokens().out() as string[];
  const pos = doc.tokens().out(wink.its.pos) as string[];
  const i = words.indexOf(item.word);
  const tag = pos[i];
  if (i < 0 || !tag) return 'missing';
  if (item.task === 'proper') return tag === 'PROPN' ? 'proper' : 'common';
  if (tag === 'ADJ') return 'adjective';
  if (tag === 'VERB' || tag === 'AUX') return voiceFromContext(words.slice(0, i));
  return `other:${tag}`;
}

/**
 * The engine's own decision, through its public analyze(): the word is a hidden-agent passive
 * when an `agentless` finding covers it. The engine makes only this two-way decision.
 */
function engineVoice(item: PosItem): string {
  const at = new RegExp(`\\b${item.word}\\b`).exec(item.text)?.index ?? -1;
  const hit = engine
    .analyze(item.text)
    .some((f) => f.kind === 'agentless' && f.start <= at && at < f.end);
  return hit ? 'passive' : 'not passive';
}

interface PosSystem {
  name: string;
  /** The item's label, or null when the system makes no such decision. */
  label: (item: PosItem) => string | null;
  /** Decides only passive vs not, so the 3-way voice score does not apply. */
  twoWay?: boolean;
  /** Tags the speed text once, or null when it has no tagging pass of its own. */
  tagAll: ((text: string) => void) | null;
}

function comparePos(runs: number): string {
  const gold = JSON.parse(readFileSync(join(root, 'bench', 'pos.json'), 'utf8')) as {
    items: PosItem[];
  };
  const prose = generateProse(200 * 1024, 7);
  const mb = Buffer.byteLength(prose, 'utf8') / 1e6;
  const systems: PosSystem[] = [
    {
      name: 'engine analyze() (agentless finding on the word)',
      label: (item) => (item.task === 'voice' ? engineVoice(item) : null),
      twoWay: true,
      tagAll: null,
    },
    {
      name: 'hand-written rules over the engine lexicon',
      label: baselineLabel,
      // the rules' cost: one tokenisation pass and a set lookup per token
      tagAll: (text) => tokenize(text).forEach((t) => LEXICON.stative.has(t.toLowerCase())),
    },
    {
      name: 'compromise 14 (its tags, Passive tag)',
      label: compromiseLabel,
      tagAll: (text) => nlp(text).json(),
    },
    {
      name: 'wink-nlp 2 (UPOS + be/get rule)',
      label: winkLabel,
      tagAll: (text) => wink.readDoc(text).tokens().out(wink.its.pos),
    },
  ];
  const voiceItems = gold.items.filter((i) => i.task === 'voice');
  const properItems = gold.items.filter((i) => i.task === 'proper');
  const rows: string[][] = [];
  const errors: string[] = [];
  for (const sys of systems) {
    const wrong: string[] = [];
    const score = (items: readonly PosItem[], toLabel: (gold: string) => string): string => {
      let ok = 0;
      let n = 0;
      for (const item of items) {
        const got = sys.label(item);
        if (got === null) return 'n/a';
        n++;
        const want = toLabel(item.label);
        const have = toLabel(got);
        if (have === want) ok++;
        else if (toLabel === same) wrong.push(`${item.word} (${want}→${have})`);
      }
      return `${pct(ok / n)} (${ok}/${n})`;
    };
    const same = (l: string): string => l;
    const binary = (l: string): string => (l === 'passive' ? 'passive' : 'not passive');
    const three = sys.twoWay ? 'n/a' : score(voiceItems, same);
    const two = score(voiceItems, binary);
    if (sys.twoWay) {
      for (const item of voiceItems) {
        const got = sys.label(item);
        if (got !== binary(item.label)) wrong.push(`${item.word} (${binary(item.label)}→${got})`);
      }
    }
    const proper = score(properItems, same);
    const ms = sys.tagAll ? timeMs(() => sys.tagAll?.(prose), runs) : NaN;
    rows.push([
      sys.name,
      three,
      two,
      proper,
      Number.isFinite(ms) ? (mb / (ms / 1000)).toFixed(2) : 'see bench',
    ]);
    errors.push(`- ${sys.name}: ${wrong.join('; ') || 'none'}`);
  }
  return [
    `### Part of speech: ${voiceItems.length} voice and ${properItems.length} proper-noun decisions, hand-labelled; speed tagging ${mb.toFixed(2)} MB of generated prose (median of ${runs})`,
    '',
    table(
      ['system', 'voice (3-way)', 'passive vs not', 'proper noun vs not', 'MB/s (tagging)'],
      rows,
    ),
    '',
    'Errors (word: gold→predicted):',
    '',
    ...errors,
  ].join('\n');
}

// ---------------------------------------------------------------- 3. bundle cost

const ENTRIES: Record<string, string> = {
  'compromise 14 (full: tagger)': `import nlp from 'compromise'; globalThis.__x = (t) => nlp(t).sentences().out('array');`,
  'compromise 14 /two (tagger, no phrases)': `import nlp from 'compromise/two'; globalThis.__x = (t) => nlp(t).json();`,
  'compromise 14 /one (tokenizer + sentences)': `import nlp from 'compromise/one'; globalThis.__x = (t) => nlp(t).json({ offset: true });`,
  'wink-nlp 2 + eng-lite-web-model': `import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; const n = winkNLP(model); globalThis.__x = (t) => n.readDoc(t).sentences().out();`,
  'Intl.Segmenter (built in)': `const s = new Intl.Segmenter('en', { granularity: 'sentence' }); globalThis.__x = (t) => [...s.segment(t)].map((x) => x.segment);`,
  // a control that must fail both checks, to show the checks can fail
  'control: calls eval': `globalThis.__x = (t) => [eval('t.length')];`,
  'for scale: the whole Who Said engine': `import { analyze } from './src/engine/index'; globalThis.__x = (t) => analyze(t);`,
};

/** `contents` bundled as a content script is: one minified IIFE for the browser. */
async function bundleEntry(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

// Constructs a content script cannot use: Manifest V3 forbids eval in extension pages and
// content scripts, and Node built-ins do not exist in a page.
const UNSAFE: [string, RegExp][] = [
  ['eval', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['WebAssembly', /\bWebAssembly\b/],
  ['node require', /\brequire\s*\(\s*["'](?:fs|path|os|crypto|node:)/],
];

async function compareBundles(): Promise<string> {
  const rows: string[][] = [];
  for (const [name, contents] of Object.entries(ENTRIES)) {
    const code = await bundleEntry(contents);
    const found = UNSAFE.filter(([, re]) => re.test(code)).map(([n]) => n);
    rows.push([
      name,
      `${(code.length / 1024).toFixed(1)} KiB`,
      `${(gzipSync(code).length / 1024).toFixed(1)} KiB`,
      found.length ? found.join(', ') : 'none',
    ]);
  }
  return [
    '### Bundle cost: a minimal entry bundled by esbuild (iife, minified, browser)',
    '',
    table(['library', 'minified', 'gzipped', 'eval / Function / wasm / node'], rows),
  ].join('\n');
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = new Set<string>();
  let runs = 3;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--only') only.add(args[++i] ?? '');
    else if (args[i] === '--runs') runs = Math.max(1, Number(args[++i]) || 3);
    else throw new Error(`unknown option ${args[i]}`);
  }
  // the browser check launches Chromium and Firefox: only when asked for by name
  const want = (part: string): boolean =>
    only.has(part) || (only.size === 0 && part !== 'browsers');
  const out: string[] = [
    `NLP comparison (node ${process.version}, ICU ${process.versions.icu ?? '?'})`,
    '',
  ];
  if (want('sentences')) out.push(compareSentences(runs), '');
  if (want('pos')) out.push(comparePos(runs), '');
  if (want('bundle')) out.push(await compareBundles(), '');
  if (want('browsers')) out.push(await compareBrowsers(runs), '');
  console.log(out.join('\n'));
}

await main();
