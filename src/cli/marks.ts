import type { Finding } from '../engine/index';

/** What a stretch of text is marked as: a finding's kind, or the source of an attribution. */
export type MarkLabel = 'attribution' | 'source' | 'unnamed' | 'agentless' | 'hedge';

/** A stretch of text with every label that covers exactly that stretch. */
export interface Mark {
  start: number;
  end: number;
  labels: MarkLabel[];
}

const LABEL_ORDER: readonly MarkLabel[] = [
  'attribution',
  'source',
  'unnamed',
  'agentless',
  'hedge',
];

/** Short names for the plain-text markers, e.g. `[attr: said]`. */
export const PLAIN_NAMES: Record<MarkLabel, string> = {
  attribution: 'attr',
  source: 'source',
  unnamed: 'unnamed',
  agentless: 'agentless',
  hedge: 'hedge',
};

/** SGR codes per label: attribution yellow background, source bold underline, and so on. */
const ANSI_CODES: Record<MarkLabel, string> = {
  attribution: '43;30',
  source: '1;4',
  unnamed: '38;5;208',
  agentless: '35',
  hedge: '36',
};

/**
 * Collects the marks to draw: every finding, plus each attribution's source.
 * Marks over the same stretch are merged so `[source+unnamed: officials]` is one
 * marker; spans outside the text (a buggy engine) are clipped, empty ones dropped.
 */
export function collectMarks(findings: readonly Finding[], textLength: number): Mark[] {
  const byRange = new Map<string, Mark>();
  const add = (start: number, end: number, label: MarkLabel): void => {
    const s = Math.max(0, Math.min(start, textLength));
    const e = Math.max(s, Math.min(end, textLength));
    if (e === s) return;
    const key = `${s}:${e}`;
    const mark = byRange.get(key) ?? { start: s, end: e, labels: [] };
    if (!mark.labels.includes(label)) mark.labels.push(label);
    byRange.set(key, mark);
  };
  for (const f of findings) {
    add(f.start, f.end, f.kind);
    if (f.kind === 'attribution' && f.source) add(f.source.start, f.source.end, 'source');
  }
  const marks = [...byRange.values()];
  for (const m of marks) m.labels.sort((a, b) => LABEL_ORDER.indexOf(a) - LABEL_ORDER.indexOf(b));
  return marks.sort(compareMarks);
}

function compareMarks(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Replaces control characters (other than newline and tab) so a hostile file
 * cannot move the cursor or recolour the reader's terminal; drops carriage
 * returns of CRLF line ends.
 */
export function sanitize(text: string): string {
  return (
    text
      .replace(/\r(?=\n)/g, '')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD')
  );
}

/**
 * Renders the text with bracket markers, `[attr: said]`, nesting marks that lie
 * inside others (`[unnamed: a [hedge: purported] official]`). A mark that crosses
 * the edge of an enclosing one is split there, so brackets always balance.
 */
export function renderPlain(text: string, marks: readonly Mark[]): string {
  const queue = [...marks].sort(compareMarks);
  const stack: Mark[] = [];
  let out = '';
  let pos = 0;
  const closeUpTo = (limit: number): void => {
    for (let top = stack.at(-1); top && top.end <= limit; top = stack.at(-1)) {
      out += sanitize(text.slice(pos, top.end)) + ']';
      pos = top.end;
      stack.pop();
    }
  };
  for (let i = 0; i < queue.length; i++) {
    let mark = queue[i];
    if (!mark) continue;
    closeUpTo(mark.start);
    const top = stack.at(-1);
    if (top && mark.end > top.end) {
      insertSorted(queue, { start: top.end, end: mark.end, labels: mark.labels }, i + 1);
      mark = { start: mark.start, end: top.end, labels: mark.labels };
    }
    out += sanitize(text.slice(pos, mark.start));
    out += `[${mark.labels.map((l) => PLAIN_NAMES[l]).join('+')}: `;
    pos = mark.start;
    stack.push(mark);
  }
  closeUpTo(Infinity);
  return out + sanitize(text.slice(pos));
}

function insertSorted(queue: Mark[], mark: Mark, from: number): void {
  let lo = from;
  let hi = queue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const other = queue[mid];
    if (other && compareMarks(other, mark) <= 0) lo = mid + 1;
    else hi = mid;
  }
  queue.splice(lo, 0, mark);
}

/** The SGR sequence that switches on the style of `labels` (empty string for none). */
export function ansiStyle(labels: Iterable<MarkLabel>): string {
  const codes = [...labels].map((l) => ANSI_CODES[l]);
  return codes.length ? `\u001b[${codes.join(';')}m` : '';
}

/** The SGR sequence that switches every style off. */
export const ANSI_RESET = '\u001b[0m';

/**
 * Renders the text with ANSI colours: each stretch takes the style of every mark
 * covering it. Styles are reset before each newline so a background colour never
 * bleeds to the edge of the terminal.
 */
export function renderAnsi(text: string, marks: readonly Mark[]): string {
  const points = new Set<number>([0, text.length]);
  for (const m of marks) {
    points.add(m.start);
    points.add(m.end);
  }
  const cuts = [...points].sort((a, b) => a - b);
  // Marks sorted by start; a sweep keeps those that cover the current stretch.
  const sorted = [...marks].sort(compareMarks);
  let next = 0;
  let active: Mark[] = [];
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? from;
    active = active.filter((m) => m.end > from);
    for (let m = sorted[next]; m && m.start <= from; m = sorted[++next]) {
      if (m.end > from) active.push(m);
    }
    const piece = sanitize(text.slice(from, to));
    const labels = new Set(active.flatMap((m) => m.labels));
    const ordered = LABEL_ORDER.filter((l) => labels.has(l));
    const style = ansiStyle(ordered);
    out += style
      ? piece
          .split('\n')
          .map((line) => (line ? style + line + ANSI_RESET : line))
          .join('\n')
      : piece;
  }
  return out;
}
