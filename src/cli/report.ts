import { FINDING_KINDS } from '../engine/index';
import type { AnonymityCheck, Evidence, Finding, FindingKind, Named } from '../engine/index';
import { DOCUMENT_SPECIFICITY, SPECIFICITY } from '../shared/ledger';
import { buildLedger } from './ledger';
import type { LedgerClaim, LedgerSource } from './ledger';
import { ANSI_RESET, ansiStyle, collectMarks, renderAnsi, renderPlain, sanitize } from './marks';

/** How the human-readable report is drawn. */
export interface ReportStyle {
  /** ANSI colours (a terminal) or bracket markers (a pipe or file). */
  color: boolean;
  /** The kinds counted on the count line (the ones asked for). */
  kinds: readonly FindingKind[];
}

const bold = (s: string, on: boolean): string => (on ? `\u001b[1m${s}${ANSI_RESET}` : s);
const dim = (s: string, on: boolean): string => (on ? `\u001b[2m${s}${ANSI_RESET}` : s);

/** One line showing what each colour means, for a terminal. */
export function legend(): string {
  const item = (label: Parameters<typeof ansiStyle>[0], name: string): string =>
    ansiStyle(label) + name + ANSI_RESET;
  return [
    item(['attribution'], 'attribution'),
    item(['source'], 'source'),
    item(['unnamed'], 'unnamed'),
    item(['agentless'], 'agentless'),
    item(['hedge'], 'hedge'),
  ].join('  ');
}

/** The count line: `attribution 3 · unnamed 1 · ...`, one entry per kind asked for. */
export function countLine(findings: readonly Finding[], kinds: readonly FindingKind[]): string {
  const counts = new Map<FindingKind, number>(FINDING_KINDS.map((k) => [k, 0]));
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return kinds.map((k) => `${k} ${counts.get(k) ?? 0}`).join(' \u00b7 ');
}

function namedNote(named: Named): string {
  return named === 'partial' ? ' (part of a named body)' : named ? '' : ' (unnamed)';
}

function claimLines(claim: LedgerClaim, color: boolean): string[] {
  const cueLine = (c: { cue: string; cueClass?: string; why: string }): string => {
    const cue = c.cueClass ? `${c.cue} (${c.cueClass})` : c.cue;
    return dim(`        cue: ${sanitize(cue)} \u2014 ${sanitize(c.why)}`, color);
  };
  return [
    // The sentence often opens with a quotation mark itself: no quotes around it.
    `      \u203a ${sanitize(claim.sentence)}`,
    cueLine(claim),
    ...(claim.also ?? []).map(cueLine),
  ];
}

function sourceLines(
  source: LedgerSource,
  color: boolean,
  showNamed: boolean,
  document = false,
): string[] {
  const n = source.claims.length;
  const note = showNamed ? namedNote(source.named) : '';
  const head = `    ${bold(sanitize(source.text), color)}${note} \u2014 ${n} claim${n === 1 ? '' : 's'}`;
  const lines = [head];
  if (source.mentions.length > 0)
    lines.push(dim(`      also: ${source.mentions.map((m) => sanitize(m)).join(', ')}`, color));
  if (source.body) lines.push(dim(`      of: ${sanitize(source.body)}`, color));
  if (source.anonymity) lines.push(...standardsLines(source.anonymity, document, color));
  if (source.via)
    lines.push(dim(`      second-hand: ${source.via.map((v) => sanitize(v)).join('; ')}`, color));
  return [...lines, ...source.claims.flatMap((c) => claimLines(c, color))];
}

/** One item of the standards: the story's words and their class, or that the story is silent. */
function evidence(item: Evidence<string> | null, missing: string): string {
  return item ? `\u201c${sanitize(item.text)}\u201d (${item.kind})` : missing;
}

/**
 * What the story says about an anonymous source against newsroom standards (AP): why it was
 * granted anonymity, how it knows, how specifically it is described; for a document, how the
 * story came to have it.
 */
function standardsLines(check: AnonymityCheck, document: boolean, color: boolean): string[] {
  // (a document is granted no anonymity: the standards ask how the story came to have it)
  const lines = document
    ? [
        `      how obtained:  ${evidence(check.obtained, 'not stated')}`,
        `      described:     ${DOCUMENT_SPECIFICITY[check.specificity]}`,
      ]
    : [
        `      why anonymous: ${evidence(check.reason, 'not stated')}`,
        `      how they know: ${evidence(check.basis, 'not stated')}`,
        `      described:     ${SPECIFICITY[check.specificity]}`,
      ];
  return lines.map((l) => dim(l, color));
}

/** The sourcing ledger: sources grouped as named, unnamed, documents, then cues with no source. */
export function renderLedger(text: string, findings: readonly Finding[], color: boolean): string {
  const ledger = buildLedger(text, findings);
  const lines = [bold('Sources', color)];
  const group = (
    title: string,
    sources: LedgerSource[],
    showNamed: boolean,
    document = false,
  ): void => {
    if (sources.length === 0) return;
    lines.push(`  ${title} (${sources.length})`);
    for (const s of sources) lines.push(...sourceLines(s, color, showNamed, document));
  };
  group('named', ledger.named, true);
  group('unnamed', ledger.unnamed, false);
  group('documents', ledger.documents, true, true);
  if (lines.length === 1 && ledger.unsourced.length === 0) lines.push('  (no attribution found)');
  if (ledger.unsourced.length) {
    lines.push(`  no source given (${ledger.unsourced.length})`);
    for (const c of ledger.unsourced) lines.push(...claimLines(c, color));
  }
  return lines.join('\n');
}

/**
 * The whole report for one file: a header, the text with findings marked, the
 * sourcing ledger and the count line.
 */
export function renderReport(
  label: string,
  title: string | undefined,
  text: string,
  findings: readonly Finding[],
  style: ReportStyle,
): string {
  const { color } = style;
  const header = `== ${sanitize(label)}${title ? ` \u2014 ${sanitize(title)}` : ''} ==`;
  const marks = collectMarks(findings, text.length);
  const body = color ? renderAnsi(text, marks) : renderPlain(text, marks);
  const parts = [bold(header, color)];
  if (color) parts.push(legend());
  parts.push('', body.trimEnd(), '', renderLedger(text, findings, color), '');
  parts.push(`Counts: ${countLine(findings, style.kinds)}`);
  return `${parts.join('\n')}\n\n`;
}
