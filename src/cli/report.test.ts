import { describe, expect, test } from 'vitest';
import { analyze } from '../engine/index';
import { renderLedger } from './report';

describe('renderLedger', () => {
  test('lists each source once with its other names, and the standards of anonymous ones', () => {
    const text = [
      'Sheriff Ana Okafor said the jail was short of staff. She added that hiring would resume.',
      'People familiar with the talks, who asked not to be identified because the talks are private, said a deal was near.',
      'Internal emails obtained by the Gazette show that managers knew.',
    ].join('\n');
    const out = renderLedger(text, analyze(text), false);
    expect(out).toContain('Ana Okafor — 2 claims');
    // (not "She": a pronoun tells a reader nothing the name does not)
    expect(out).toContain('also: Sheriff Ana Okafor\n');
    // one sentence, one claim: its anonymity phrase and its verb are two cues of it
    expect(out).toContain('People familiar with the talks — 1 claim\n');
    expect(out).toMatch(/cue: asked not to be identified .*\n\s+cue: said /);
    expect(out).toContain('why anonymous: “because the talks are private” (private)');
    expect(out).toContain('how they know: “familiar with the talks” (familiar)');
    expect(out).toContain('described:     only as a source: no role, no organisation');
    expect(out).toContain('how obtained:  “obtained by the Gazette” (obtained)');
    // a document: how it was obtained and how it is described, no reason for anonymity
    const documents = out.slice(out.indexOf('  documents ('));
    expect(documents).toMatch(/described: {5}(by its kind|only as a document)/);
    expect(documents).not.toContain('why anonymous');
    expect(out).not.toContain('no source given');
  });

  test('a body speaking as itself is listed without the questions for anonymous sources', () => {
    const text =
      'The judge threw out the suit. Several discount retailers claim that the chargers are safe. ' +
      'The courts have long held that such clauses are void.';
    const out = renderLedger(text, analyze(text), false);
    expect(out).toContain('The courts — 1 claim');
    expect(out).not.toContain('why anonymous');
    expect(out).not.toContain('how they know');
  });

  test('a body’s spokeswoman says whose she is', () => {
    const text =
      'Talvik Foods said on Monday it would close two plants. ' +
      'A Talvik Foods spokeswoman said the closures were final.';
    const out = renderLedger(text, analyze(text), false);
    expect(out).toMatch(
      /A Talvik Foods spokeswoman \(part of a named body\) — 1 claim\n\s+of: Talvik Foods\n/,
    );
  });
});
