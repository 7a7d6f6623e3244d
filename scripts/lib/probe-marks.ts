/**
 * Marked sentences for the probes (scripts/probe-*.ts): a sentence is written with its expected
 * findings in brackets, `⟦said⟧`, `⟪Ana Ruiz⟫`, `⟨noted⟩`, each bracket's words optionally led by
 * a tag (`?`, `*`, `~`, `%`, and `a1:` style labels ending in a colon). `readMarks` strips the
 * brackets and returns the plain text with every mark's offsets and tag; each probe reads the tags
 * its own way. Also the few helpers the probes share: span overlap, shares, Title Case, the
 * indefinite article.
 */

export interface Span {
  start: number;
  end: number;
}

/** One bracketed stretch: its bracket (`⟦`, `⟪` or `⟨`), its tag, and its words' offsets. */
export interface Mark extends Span {
  bracket: '⟦' | '⟪' | '⟨';
  tag: string;
}

/** The tag: flags, then an optional `label:` (a letter and digits, or digits). */
const TAG = /^[?*~%]*(?:[a-z]?\d*:)?/;

/** Strips the marks of `marked`: the plain text and each mark, in order. */
export function readMarks(marked: string): { text: string; marks: Mark[] } {
  let text = '';
  const marks: Mark[] = [];
  const re = /([⟦⟪⟨])([^⟧⟫⟩]*)[⟧⟫⟩]/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    const inner = m[2] ?? '';
    const tag = TAG.exec(inner)?.[0] ?? '';
    const start = text.length;
    text += inner.slice(tag.length);
    marks.push({ bracket: m[1] as Mark['bracket'], tag, start, end: text.length });
    last = re.lastIndex;
  }
  text += marked.slice(last);
  return { text, marks };
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** `a` of `b` as a percentage, right-aligned in `width` (`-` when `b` is 0). */
export const pct = (a: number, b: number, width = 6): string =>
  (b ? ((100 * a) / b).toFixed(1) : '-').padStart(width);

/** The indefinite article English puts before `w`: `an official`, `a union`, `an MP`. */
export const article = (w: string): string =>
  /^(?:[aeio]|u(?!ni|se|ro|k)|hon|MP)/i.test(w) && !/^(?:one|eu|ewe)/i.test(w) ? 'an' : 'a';

/** `w` with its first letter capitalised. */
export const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Title Case, word by word. */
export const title = (words: string): string => words.split(' ').map(cap).join(' ');

export interface CueExpected extends Span {
  optional: boolean;
  /** Whether this cue carries the sentence's source (`⟦*said⟧`; else the first cue does). */
  carries?: boolean;
}
export interface CueParsed {
  text: string;
  cues: CueExpected[];
  source?: Span & { named: boolean };
  traps: CueExpected[];
}

/**
 * A cue probe's marked sentence: `⟦…⟧` a cue (`?` optional, `*` the cue that carries the
 * sentence's source; else the first does), `⟪…⟫` its source (`~` not named), `⟨…⟩` a wrong sense
 * (`?` optional). Strips the marks and records what each marked.
 */
export function parseCueMarks(marked: string): CueParsed {
  const { text, marks } = readMarks(marked);
  const cues: CueExpected[] = [];
  const traps: CueExpected[] = [];
  let source: CueParsed['source'];
  for (const m of marks) {
    const span = { start: m.start, end: m.end };
    if (m.bracket === '⟦') cues.push({ ...span, optional: m.tag === '?', carries: m.tag === '*' });
    else if (m.bracket === '⟪') source = { ...span, named: m.tag !== '~' };
    else traps.push({ ...span, optional: m.tag === '?' });
  }
  const first = cues[0];
  if (first && !cues.some((c) => c.carries)) first.carries = true;
  const out: CueParsed = { text, cues, traps };
  if (source) out.source = source;
  return out;
}

/** A probe's count of cases and of those it got right, per frame, class or expectation. */
export interface Hits {
  n: number;
  ok: number;
}
/** Counts one case under `key` in `m`. */
export const countHit = (m: Map<string, Hits>, key: string, ok: boolean): void => {
  const t = m.get(key) ?? { n: 0, ok: 0 };
  t.n++;
  if (ok) t.ok++;
  m.set(key, t);
};
/**
 * Prints a phrase-by-frame probe's tallies: by frame, by class, by frame kind:ruling, then the
 * total, and the misses with `--misses` (probe-namedness.ts, probe-politics.ts).
 */
export function printHits(o: {
  phrases: number;
  frames: number;
  width: number;
  frameHeader: string;
  kindHeader: string;
  byFrame: Map<string, Hits>;
  byClass: Map<string, Hits>;
  byWant: Map<string, Hits>;
  misses: readonly string[];
  showMisses: boolean;
}): void {
  const line = (k: string, t: Hits): string =>
    `${k.padEnd(o.width)} ${pct(t.ok, t.n)}  (${t.ok}/${t.n})`;
  console.log(`${o.phrases} phrases x ${o.frames} frames`);
  console.log(`\n${o.frameHeader}`);
  for (const [k, t] of o.byFrame) console.log(line(k, t));
  console.log('\nclass');
  for (const [k, t] of o.byClass) console.log(line(k, t));
  console.log(`\n${o.kindHeader}`);
  let all: Hits = { n: 0, ok: 0 };
  for (const [k, t] of [...o.byWant].sort()) {
    console.log(line(k, t));
    all = { n: all.n + t.n, ok: all.ok + t.ok };
  }
  console.log(line('all', all));
  if (o.showMisses) for (const m of o.misses) console.log(m);
}
/** A frame's agreement slots for a singular or plural phrase: {is}, {has}, {s} (a verb's -s). */
export const agreeNumber = (s: string, plural: boolean): string =>
  s
    .replace('{is}', plural ? 'are' : 'is')
    .replace('{has}', plural ? 'have' : 'has')
    .replace('{s}', plural ? '' : 's');

/** A cue probe's counts: cues, cues found, sources expected and right, optional cues. */
export interface Tally {
  n: number;
  hit: number;
  srcN: number;
  srcOk: number;
  optN: number;
  optHit: number;
}
export const tally = (): Tally => ({ n: 0, hit: 0, srcN: 0, srcOk: 0, optN: 0, optHit: 0 });

/** A finding as the cue probes compare it: its span and the source it credits. */
export interface CueFound extends Span {
  source?: (Span & { named?: unknown }) | undefined;
}

/**
 * Scores one cue-probe sentence: each marked cue pairs with the first unused finding it
 * overlaps and is counted in every tally of `into` (required or optional); a required cue not
 * found goes to `misses`; a found cue that carries the marked source is checked against it
 * (overlap and `named`), a wrong one going to `wrongSrc`. `key` leads both lists' lines.
 */
export function scoreCueSentence(
  { text, cues, source }: CueParsed,
  found: readonly CueFound[],
  key: string,
  into: readonly Tally[],
  misses: string[],
  wrongSrc: string[],
): void {
  const used = new Set<number>();
  for (const c of cues) {
    const fi = found.findIndex((f, j) => !used.has(j) && overlaps(f, c));
    const f = fi >= 0 ? found[fi] : undefined;
    if (fi >= 0) used.add(fi);
    for (const t of into) {
      if (c.optional) {
        t.optN++;
        if (f) t.optHit++;
      } else {
        t.n++;
        if (f) t.hit++;
      }
    }
    if (!f && !c.optional)
      misses.push(
        `[${key}] ${JSON.stringify(text)} -- missed ${JSON.stringify(text.slice(c.start, c.end))}`,
      );
    if (c.carries && f && source) {
      const ok = !!f.source && overlaps(f.source, source) && !!f.source.named === source.named;
      for (const t of into) {
        t.srcN++;
        if (ok) t.srcOk++;
      }
      if (!ok) {
        const got = f.source
          ? `${JSON.stringify(text.slice(f.source.start, f.source.end))} ${String(f.source.named)}`
          : 'none';
        wrongSrc.push(
          `[${key}] ${JSON.stringify(text)} -- source ${got}, want ${JSON.stringify(text.slice(source.start, source.end))} ${String(source.named)}`,
        );
      }
    }
  }
}

/** One line of a cue probe's wrong-sense report, and whether it is about an optional trap. */
export interface WrongSenseLine {
  line: string;
  optional: boolean;
}

/**
 * Scores a cue probe's wrong-sense sentences (`⟨…⟩` traps; `⟦…⟧` cues they may also carry):
 * required traps found are false alarms, optional ones are reported as such, and a cue that
 * overlaps neither a trap nor a marked cue is an "other cue". `find` gives the cues of a text.
 */
export function scoreWrongSenses(
  sentences: readonly string[],
  find: (text: string) => readonly Span[],
): { trapN: number; trapFA: number; lines: WrongSenseLine[] } {
  let trapN = 0;
  let trapFA = 0;
  const lines: WrongSenseLine[] = [];
  for (const marked of sentences) {
    const { text, cues, traps } = parseCueMarks(marked);
    const found = find(text);
    const quote = (s: Span): string => JSON.stringify(text.slice(s.start, s.end));
    for (const t of traps) {
      const hit = found.find((f) => overlaps(f, t));
      if (t.optional) {
        if (hit)
          lines.push({
            line: `${JSON.stringify(text)} -- ${quote(hit)} (optional)`,
            optional: true,
          });
        continue;
      }
      trapN++;
      if (hit) {
        trapFA++;
        lines.push({ line: `${JSON.stringify(text)} -- ${quote(hit)}`, optional: false });
      }
    }
    for (const f of found)
      if (!traps.some((t) => overlaps(f, t)) && !cues.some((c) => overlaps(f, c)))
        lines.push({ line: `${JSON.stringify(text)} -- other cue ${quote(f)}`, optional: false });
  }
  return { trapN, trapFA, lines };
}
