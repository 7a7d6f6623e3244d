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
import { partOrder, partsOf, shiftFindings, type Part } from './parts';
import { abortReason, type Slicer } from './steps';
import { audibleFindings, type TextMap } from './text-map';

/** One analysis as the engine sees it: a name that tells it from the page's others, its signal. */
export interface EngineRun {
  readonly id: string;
  readonly signal: AbortSignal;
}

/**
 * The engine: the findings in a text, at once (DOM tests) or as an answer from the background
 * (the extension: src/content/engine-client.ts), which says so with `answersLater`: its first
 * part is then asked for at once, in the slice that read the page, since asking is only a
 * message (an engine on the page's thread starts a slice of its own).
 */
export type Analyze = ((text: string, run: EngineRun) => Finding[] | Promise<Finding[]>) & {
  readonly answersLater?: boolean;
};

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
  /** Called once, when the first highlight has been added (live runs only). */
  onFirstPaint?: () => void;
  /** Parts asked ahead of an engine that answers later (default `AHEAD`; tests ask fewer). */
  ahead?: number;
  /**
   * Whether the run may go on, known later (the reader's settings, asked of the background when
   * the script was injected): the page is read meanwhile, and nothing is presented or painted
   * before it is true. An engine that answers later is asked meanwhile (a message to our own
   * background; an engine on the page's thread waits for it). False stops the run as an abort
   * does.
   */
  ready?: Promise<boolean>;
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
  /** From the start to each request's sending and to its answer, in the order sent. */
  requestTimes: { sent: number; answered: number | null }[];
  /** From the start to the first request to an engine that answers later (null when none). */
  firstRequestMs: number | null;
  /** From the start to the engine's first answer (null when it answers at once or had none). */
  firstAnswerMs: number | null;
  /** From the start to when the last highlight went up (null when none did). */
  lastHighlightMs: number | null;
}

/**
 * Parts asked of an engine that answers later beyond the one the run waits for: enough that
 * the worker always has the next part queued while an answer travels to the page and is
 * painted. The worker takes in a page's messages slowly while it works (in session 21's
 * timings a message sent while it analysed reached it only after one or more parts' work,
 * 50-1,600 ms later; one-time messages and a port's alike), so the parts asked ahead go in one
 * message (src/content/analyze-port.ts) and are as many as the background queues for a tab
 * (`MAX_WAITING`, 32): the 1 MB article (32 parts) is asked for whole at once. Two ahead until
 * session 16, six until session 21 (docs/adr/0007).
 */
export const AHEAD = 31;

/** Runs of this script so far, and a prefix that tells this script's runs from an earlier one's. */
let runCount = 0;
const RUN_PREFIX = Math.random().toString(36).slice(2, 10) || 'run';

/** Reads, analyses and paints the page in slices; rejects if `signal` aborts. */
export async function runAnalysis(input: RunInput): Promise<RunOutcome> {
  const { slicer, signal, highlighter, now } = input;
  const t0 = now();
  const extracted = await slicer.run(extractArticleSteps(input.doc), signal);
  const extractMs = now() - t0;
  const { map } = extracted;
  const text = map.text;
  const parts = partsOf(text);
  input.begin?.(text);
  // Where the reader is orders the parts, and the findings of each as they are painted.
  // Measuring may force a style and layout pass (the page's ::highlight sheet went in at the
  // injection). An article of one part is put up at once whatever the order of its findings,
  // so there it is measured only when its findings would meet the painter's cap (then the
  // order decides which are shown), after the engine's answer: no forced layout on the page's
  // thread while the engine works, and none at all on a real article (at most a few hundred
  // findings; the cap is 2,000 ranges).
  let focus = parts.length > 1 ? input.focus(map) : 0;
  let focusLater = parts.length === 1 && input.live;
  const byPart: Finding[][] = parts.map(() => []);
  const painter = new Painter(highlighter, map);
  let analysisMs = 0;
  let paintMs = 0;
  let requests = 0;
  const requestTimes: { sent: number; answered: number | null }[] = [];
  let firstRequestMs: number | null = null;
  let firstAnswerMs: number | null = null;
  let lastHighlightMs: number | null = null;
  const order = partOrder(parts, focus);
  const engineRun: EngineRun = { id: `${RUN_PREFIX}-${++runCount}`, signal };
  /** Whether the engine answers later (then parts are asked for ahead). */
  let later = input.analyze.answersLater === true;
  const ahead = input.ahead ?? AHEAD;
  /** Answers asked for ahead, by position in `order`. */
  const asked = new Map<number, Promise<Finding[]>>();
  /** The findings of the part at position `k` of `order`, with offsets into the whole text. */
  const request = (k: number): Finding[] | Promise<Finding[]> => {
    const part = parts[order[k] as number] as Part;
    const answer = input.analyze(text.slice(part.start, part.end), engineRun);
    if (Array.isArray(answer)) return shiftFindings(answer, part.start);
    later = true;
    requests++;
    const times = { sent: now() - t0, answered: null as number | null };
    requestTimes.push(times);
    firstRequestMs ??= times.sent;
    const shifted = answer.then((found) => {
      times.answered = now() - t0;
      return shiftFindings(found, part.start);
    });
    // A part asked ahead may fail after the run stopped: nobody waits for it then.
    shifted.catch(() => undefined);
    return shifted;
  };
  /** Asks for the parts up to `ahead` beyond position `k` of `order` not asked yet. */
  const askAhead = (k: number): void => {
    for (let j = k + 1; j <= k + ahead && j < order.length; j++) {
      if (!asked.has(j)) asked.set(j, Promise.resolve(request(j)));
    }
  };
  if (input.ready !== undefined) {
    // An engine that answers later is asked now, in the slice that read the page, and the
    // settings are awaited while it works: nothing is presented or painted before they are
    // there. Their answer is a task of the page's, which the reading's slices went ahead of
    // (`scheduler.yield`), so it runs only once the reading is over, often after the page's
    // own queued tasks: asked after it, the engine waited a median of 2-3 ms and up to 80 ms
    // more on the saved pages (session 40). A setup that says no stops the run, and the
    // engine's answers go unread.
    if (later) {
      const a = now();
      asked.set(0, Promise.resolve(request(0)));
      askAhead(0);
      analysisMs += now() - a;
    }
    slicer.finish();
    const yes = await input.ready;
    if (signal.aborted) throw abortReason(signal);
    if (!yes) throw new DOMException('Who Said may not run here.', 'AbortError');
  }
  highlighter.begin(input.live);
  try {
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      const part = parts[i] as Part;
      let answer: Finding[] | Promise<Finding[]> | undefined = asked.get(k);
      asked.delete(k);
      if (answer === undefined) {
        // A part analysed here is up to about 15 ms of work: it starts a slice of its own
        // unless the current one has hardly begun. An engine elsewhere only needs asking.
        if (!later) await slicer.pause(signal, slicer.elapsed() > slicer.budgetMs / 4);
        const a = now();
        answer = request(k);
        analysisMs += now() - a;
      }
      if (!Array.isArray(answer)) {
        // The engine works on the next parts while this one is awaited and painted.
        askAhead(k);
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
      if (focusLater) {
        focusLater = false;
        if (painter.wouldCap(found)) focus = input.focus(map);
      }
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
    requestTimes,
    firstRequestMs,
    firstAnswerMs,
    lastHighlightMs,
  };
}
