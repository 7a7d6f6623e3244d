/**
 * The learned unnamed-phrase experiment's data (docs/learned-unnamed.md): every development
 * text (anonymous-source sentences and labelled passages), the engine's findings on it, and its
 * candidates with their features and gold labels.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/analyze';
import { buildContext } from '../../src/engine/context';
import { findCues } from '../../src/engine/cues/find-cues';
import { anonFormula } from '../../src/engine/learned/gate';
import type { Unnamed } from '../../src/engine/unnamed/find-unnamed';
import type { Candidate as TokenCandidate } from './decide';
import { candidates } from './decide';
import type { Finding } from '../../src/engine/types';

export interface Span {
  start: number;
  end: number;
}

/** A candidate in characters, `finding` indexing the doc's unnamed findings. */
export interface Candidate extends Omit<TokenCandidate, 'finding'> {
  finding: number;
  /** true / false, or null when the labels allow either (optional span, unlabelled region). */
  label: boolean | null;
  /**
   * (session 30) What the candidate's sentence carries, from its text alone: 1 an anonymity or
   * basis-of-knowledge formula (src/engine/learned/gate.ts), 2 a cue the rules found.
   */
  gate: number;
}

export interface Doc {
  group: string;
  name: string;
  text: string;
  kind: 'anon' | 'passage';
  /** Passages: every gold span (all kinds); anon: the required spans as `unnamed`. */
  gold: { start: number; end: number; kind: string; optional?: boolean }[];
  optional: Span[];
  unlabelled: Span[];
  control: boolean;
  findings: Finding[];
  unnamed: Finding[];
  candidates: Candidate[];
}

const root = join(import.meta.dirname, '..', '..');

/** Loads every development text with the engine's output and candidates. */
export function loadDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const set of readdirSync(join(root, 'eval/anon')).sort()) {
    const file = join(root, 'eval/anon', set, 'sentences.jsonl');
    if (!existsSync(file)) continue;
    const group = `anon-${set.replace('set-', '')}`;
    for (const raw of readFileSync(file, 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const line = JSON.parse(raw) as {
        id: string;
        text: string;
        anon: string[];
        optional?: string[];
      };
      const locate = (s: string): Span => {
        const i = line.text.indexOf(s);
        return { start: i, end: i + s.length };
      };
      docs.push(
        withCandidates({
          group,
          name: line.id,
          text: line.text,
          kind: 'anon',
          gold: line.anon.map((s) => ({ ...locate(s), kind: 'unnamed' })),
          optional: (line.optional ?? []).map(locate),
          unlabelled: [],
          control: line.anon.length === 0,
          findings: [],
          unnamed: [],
          candidates: [],
        }),
      );
    }
  }
  const dirs = [
    ['corpus', join(root, '../shared/corpus')],
    ...readdirSync(join(root, 'eval/labelled'))
      .filter((d) => d.startsWith('set-'))
      .sort()
      .map((d) => [d, join(root, 'eval/labelled', d)]),
  ];
  for (const [group, dir] of dirs) {
    for (const n of readdirSync(dir!)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const text = readFileSync(join(dir!, n), 'utf8');
      const g = JSON.parse(readFileSync(join(dir!, n.replace(/\.txt$/, '.json')), 'utf8')) as {
        spans: Doc['gold'];
        unlabelled?: Span[];
      };
      docs.push(
        withCandidates({
          group: group!,
          name: n,
          text,
          kind: 'passage',
          gold: g.spans,
          optional: g.spans.filter((s) => s.kind === 'unnamed' && s.optional),
          unlabelled: g.unlabelled ?? [],
          control: false,
          findings: [],
          unnamed: [],
          candidates: [],
        }),
      );
    }
  }
  return docs;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const within = (a: Span, b: Span): boolean => a.start >= b.start && a.end <= b.end;

export function withCandidates(doc: Doc): Doc {
  const required = doc.gold.filter((g) => g.kind === 'unnamed' && !g.optional);
  const labelOf = (head: Span): boolean | null => {
    if (required.some((g) => within(head, g))) return true;
    if (doc.optional.some((g) => overlaps(head, g))) return null;
    if (doc.unlabelled.some((g) => within(head, g))) return null;
    return false;
  };
  doc.findings = analyze(doc.text);
  doc.unnamed = doc.findings.filter((f) => f.kind === 'unnamed');
  // the sentence's cues and candidates again, on a context of the whole text (the passages and
  // sentences are short: analyze takes them in one part too)
  const ctx = buildContext(doc.text);
  const toks = ctx.tokens;
  for (const s of ctx.sentences) {
    const sent = { start: toks[s.first]!.start, end: toks[s.last - 1]!.end };
    // the rules' findings of the sentence, as token ranges
    const index: number[] = [];
    const found: Unnamed[] = [];
    doc.unnamed.forEach((f, i) => {
      if (!within(f, sent)) return;
      let a = s.first;
      while (a < s.last && toks[a]!.end <= f.start) a++;
      let b = a;
      while (b < s.last && toks[b]!.start < f.end) b++;
      index.push(i);
      found.push({ start: a, end: b, why: f.why });
    });
    const cues = findCues(ctx, s);
    const gate = (anonFormula(ctx, s) ? 1 : 0) | (cues.length > 0 ? 2 : 0);
    for (const c of candidates(ctx, s, cues, found)) {
      const t = toks[c.head]!;
      const headSpan = { start: t.start, end: t.end };
      doc.candidates.push({
        ...c,
        start: toks[c.start]!.start,
        end: toks[c.end - 1]!.end,
        finding: c.finding >= 0 ? index[c.finding]! : -1,
        label: labelOf(headSpan),
        gate,
      });
    }
  }
  return doc;
}
