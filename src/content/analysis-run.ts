/**
 * One analysis of the page, done so that the page stays responsive: the article is read, the
 * text analysed part by part and the highlights painted in slices of a few milliseconds, each
 * its own task, with the page's input and rendering in between (`steps.ts`). The part the
 * reader sees is analysed and painted first, then the parts below it, then those above.
 *
 * The findings are exactly those of one `analyze(text)` call over the whole article (see
 * `parts.ts`), less those in code, keyboard input, sample output and preformatted text (the
 * text map's quiet spans), which are neither counted nor painted.
 *
 * In the extension the engine answers later: it runs in the background (`page.analyze`,
 * src/content/engine-client.ts, docs/adr/0007), off the page's main thread. The run then asks
 * for the next parts while it waits for one and paints it, and the page has the thread while
 * the run waits. An engine that answers at once (DOM tests) runs part by part in slices here.
 */
import type { Finding } from '../engine/types';
import { extractArticleSteps, type ExtractedArticle } from './article';
import type { Highlighter } from './highlighter';
import { nearestFirst, Painter } from './painter';
import {
  ENGINE_PART,
  MAX_PART,
  partOrder,
  partsOf,
  settledParts,
  shiftFindings,
  type Part,
} from './parts';
import { abortReason, type Slicer } from './steps';
import { audibleFindings, type TextMap, type TextSoFar } from './text-map';

/** One analysis as the engine sees it: a name that tells it from the page's others, its signal. */
export interface EngineRun {
  readonly id: string;
  readonly signal: AbortSignal;
}

/**
 * The engine: the findings in a text, at once (DOM tests) or as an answer from the background
 * (the extension: src/content/engine-client.ts).
 */
export type Analyze = (text: string, run: EngineRun) => Finding[] | Promise<Finding[]>;

/** What one analysis needs. */
export interface RunInput {
  doc: Document;
  analyze: Analyze;
  /** Told the article text before its parts are analysed (the reader's layer, if any). */
  begin?: (text: string) => void;
  /** What is shown of a part's findings (the reader's corrections and settings); default all. */
  present?: (findings: Finding[], part: Part) => Finding[];
  highlighter: Highlighter;
  slicer: Slicer;
  signal: AbortSignal;
  /** Show highlights as they are painted (first analysis), or swap them in at the end. */
  live: boolean;
  /** The text offset where the reader is (0 when unknown). */
  focus: (map: TextMap) => number;
  now: () => number;
  /**
   * Send the article's first parts to an engine that answers later while the rest of the page
   * is still being read: for a reader at the top of the page, whose first screen they hold.
   */
  readAhead?: boolean;
  /** Called once, when the first highlight has been added (live runs only). */
  onFirstPaint?: () => void;
}

/** What one analysis found and what it cost. */
export interface RunOutcome {
  extracted: ExtractedArticle;
  /** Sorted by start. */
  findings: Finding[];
  /** Findings and ranges painted, whether the cap left some out, and the text they span. */
  painted: number;
  ranges: number;
  capped: boolean;
  window: { from: number; to: number };
  parts: number;
  extractMs: number;
  analysisMs: number;
  paintMs: number;
  /** Requests to an engine that answers later (the background's `page.analyze`), one a part. */
  requests: number;
  /** From the start to the engine's first answer (null when it answers at once or had none). */
  firstAnswerMs: number | null;
  /** From the start to when the last highlight went up (null when none did). */
  lastHighlightMs: number | null;
}

/** Parts asked of an engine that answers later beyond the one the run waits for. */
const AHEAD = 2;

/** Runs of this script so far, and a prefix that tells this script's runs from an earlier one's. */
let runCount = 0;
const RUN_PREFIX = Math.random().toString(36).slice(2, 10) || 'run';

/** Reads, analyses and paints the page in slices; rejects if `signal` aborts. */
export async function runAnalysis(input: RunInput): Promise<RunOutcome> {
  const { slicer, signal, highlighter, now } = input;
  const t0 = now();
  const engineRun: EngineRun = { id: `${RUN_PREFIX}-${++runCount}`, signal };
  let requests = 0;
  /** Whether the engine answers later (then parts are asked for ahead). */
  let later = false;
  /** Requests on their way to an engine that answers later. */
  let waiting = 0;
  /** The findings of `part` of `source` (the text, or the part of it read so far), shifted. */
  const request = (source: string, part: Part): Finding[] | Promise<Finding[]> => {
    const answer = input.analyze(source.slice(part.start, part.end), engineRun);
    if (Array.isArray(answer)) return shiftFindings(answer, part.start);
    later = true;
    requests++;
    waiting++;
    const shifted = answer.then((found) => shiftFindings(found, part.start));
    const settled = (): void => void waiting--;
    shifted.then(settled, settled);
    // A part asked ahead may fail after the run stopped: nobody waits for it then.
    shifted.catch(() => undefined);
    return shifted;
  };
  /** Answers asked for before their turn, by the part's start. */
  const asked = new Map<number, { end: number; answer: Finding[] | Promise<Finding[]> }>();
  const ask = (source: string, part: Part): void => {
    if (!asked.has(part.start))
      asked.set(part.start, { end: part.end, answer: request(source, part) });
  };

  // Reading ahead: while the page is still being read, the parts at its beginning that are
  // already settled are sent to the engine, so that it works while the page is read (for a
  // reader at the top, those are the parts wanted first).
  let readAhead = input.readAhead === true;
  /** Parts settled while reading, how many of them were asked, and when to look again. */
  const early: Part[] = [];
  let earlyAsked = 0;
  let lookAt = ENGINE_PART + 1;
  const onPause = (read: TextSoFar): void => {
    if (!readAhead) return;
    if (read.length >= lookAt) {
      const from = early.length > 0 ? (early[early.length - 1] as Part).end : 0;
      const prefix = read.text();
      early.push(...settledParts(prefix, false, from));
      const end = early.length > 0 ? (early[early.length - 1] as Part).end : 0;
      // A long stretch without a line break (not news prose): no reading ahead.
      if (read.length - end > MAX_PART) readAhead = false;
      lookAt = Math.max(end + ENGINE_PART + 1, read.length + 4096);
    }
    while (readAhead && earlyAsked < early.length && waiting <= AHEAD) {
      ask(read.text(), early[earlyAsked++] as Part);
      // An engine that answers at once would work inside this slice: not ahead, then.
      if (!later) readAhead = false;
    }
  };

  const extracted = await slicer.run(extractArticleSteps(input.doc, onPause), signal);
  const extractMs = now() - t0;
  const { map } = extracted;
  const text = map.text;
  const parts = partsOf(text);
  input.begin?.(text);
  const focus = parts.length > 1 || input.live ? input.focus(map) : 0;
  const byPart: Finding[][] = parts.map(() => []);
  const painter = new Painter(highlighter, map);
  let analysisMs = 0;
  let paintMs = 0;
  let firstAnswerMs: number | null = null;
  let lastHighlightMs: number | null = null;
  const order = partOrder(parts, focus);
  highlighter.begin(input.live);
  try {
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      const part = parts[i] as Part;
      const early = asked.get(part.start);
      asked.delete(part.start);
      let answer = early?.end === part.end ? early.answer : undefined;
      if (answer === undefined) {
        // A part analysed here is up to about 15 ms of work: it starts a slice of its own
        // unless the current one has hardly begun. An engine elsewhere only needs asking.
        if (!later) await slicer.pause(signal, slicer.elapsed() > slicer.budgetMs / 4);
        const a = now();
        answer = request(text, part);
        analysisMs += now() - a;
      }
      if (!Array.isArray(answer)) {
        // The engine works on the next parts while this one is awaited and painted (at most
        // AHEAD + 1 on their way: the background refuses a page that asks for more).
        for (let j = k + 1; j <= k + AHEAD && j < order.length && waiting <= AHEAD; j++) {
          ask(text, parts[order[j] as number] as Part);
        }
        // Waiting is not work: the page has the thread meanwhile.
        slicer.finish();
        const a = now();
        answer = await answer;
        const got = now();
        analysisMs += got - a;
        firstAnswerMs ??= got - t0;
        if (signal.aborted) throw abortReason(signal);
      }
      const b = now();
      const heard = audibleFindings(answer, map);
      const found = input.present ? input.present(heard, part) : heard;
      byPart[i] = found;
      const before = painter.ranges;
      await slicer.run(painter.paint(nearestFirst(found, focus)), signal);
      // The part just done goes up at once (on a first analysis): first screen first.
      highlighter.flush();
      const painted = now();
      paintMs += painted - b;
      if (input.live && painter.ranges > before) lastHighlightMs = painted - t0;
      if (input.live && before === 0 && painter.ranges > 0) input.onFirstPaint?.();
    }
  } catch (error) {
    // Stopped (or failed) half-way: take down what was painted live.
    if (input.live) highlighter.clear();
    throw error;
  }
  const c = now();
  highlighter.commit();
  const committed = now();
  paintMs += committed - c;
  if (!input.live && painter.ranges > 0) lastHighlightMs = committed - t0;
  slicer.finish();
  return {
    extracted,
    findings: byPart.flat(),
    painted: painter.painted,
    ranges: painter.ranges,
    capped: painter.capped,
    window: { from: painter.first, to: painter.last },
    parts: parts.length,
    extractMs,
    analysisMs,
    paintMs,
    requests,
    firstAnswerMs,
    lastHighlightMs,
  };
}
