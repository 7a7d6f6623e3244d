/**
 * One analysis of the page, done so that the page stays responsive: the article is read, the
 * text analysed part by part and the highlights painted in slices of a few milliseconds, each
 * its own task, with the page's input and rendering in between (`steps.ts`). The part the
 * reader sees is analysed and painted first, then the parts below it, then those above.
 *
 * The findings are exactly those of one `analyze(text)` call over the whole article (see
 * `parts.ts`), less those in code, keyboard input, sample output and preformatted text (the
 * text map's quiet spans), which are neither counted nor painted.
 */
import type { Finding } from '../engine/types';
import { extractArticleSteps, type ExtractedArticle } from './article';
import type { Highlighter } from './highlighter';
import { nearestFirst, Painter } from './painter';
import { analyzePart, partOrder, partsOf, type Part } from './parts';
import type { Slicer } from './steps';
import type { TextMap } from './text-map';

/** What one analysis needs. */
export interface RunInput {
  doc: Document;
  analyze: (text: string) => Finding[];
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
}

/** Characters of text the engine warms up on before a longer first part. */
const WARM_UP_CHARS = 2000;

/** Drops what lies in quiet text: a finding there, or just the source span of one outside. */
function audible(findings: readonly Finding[], map: TextMap): Finding[] {
  if (map.quiet.length === 0) return findings as Finding[];
  const out: Finding[] = [];
  for (const f of findings) {
    if (map.isQuiet(f.start, f.end)) continue;
    if (f.source && map.isQuiet(f.source.start, f.source.end)) {
      const rest = { ...f };
      delete rest.source;
      out.push(rest);
    } else {
      out.push(f);
    }
  }
  return out;
}

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
  const focus = parts.length > 1 || input.live ? input.focus(map) : 0;
  const byPart: Finding[][] = parts.map(() => []);
  const painter = new Painter(highlighter, map);
  let analysisMs = 0;
  let paintMs = 0;
  highlighter.begin(input.live);
  try {
    const order = partOrder(parts, focus);
    // The first run of the engine in this page is its slowest (its code is compiled and not
    // yet optimised): a few paragraphs of the first part go through it in a slice of their
    // own first, so that this cost is not added to a whole part's. Their findings are dropped.
    const first = parts[order[0] ?? 0];
    if (first !== undefined && first.end - first.start > WARM_UP_CHARS) {
      const a = now();
      const cut = text.lastIndexOf('\n', first.start + WARM_UP_CHARS);
      input.analyze(text.slice(first.start, cut > first.start ? cut : first.start + WARM_UP_CHARS));
      analysisMs += now() - a;
    }
    for (const i of order) {
      // A part is the engine's unit, up to about 15 ms of work: it starts a slice of its own
      // unless the current one has hardly begun.
      await slicer.pause(signal, slicer.elapsed() > slicer.budgetMs / 4);
      const a = now();
      const part = parts[i] as Part;
      const heard = audible(analyzePart(input.analyze, text, part), map);
      const found = input.present ? input.present(heard, part) : heard;
      const b = now();
      analysisMs += b - a;
      byPart[i] = found;
      const before = painter.ranges;
      await slicer.run(painter.paint(nearestFirst(found, focus)), signal);
      // The part just done goes up at once (on a first analysis): first screen first.
      highlighter.flush();
      paintMs += now() - b;
      if (input.live && before === 0 && painter.ranges > 0) input.onFirstPaint?.();
    }
  } catch (error) {
    // Stopped (or failed) half-way: take down what was painted live.
    if (input.live) highlighter.clear();
    throw error;
  }
  const c = now();
  highlighter.commit();
  paintMs += now() - c;
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
  };
}
