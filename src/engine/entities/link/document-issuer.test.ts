/**
 * Documents named through an issuer the story gives (the guideline's settled case on documents;
 * decisions 68, 155 and 164 of the labelled sets): a relative `whose` after a named antecedent,
 * the indictment of a named case, a document `sent by` a named body, and a body named after a
 * place word (`the Harbour Trust`). Near-misses stay unnamed: an indictment in a story that
 * names no one, `whose` after a description, a letter sent by unnamed people. Every sentence is
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../analyze';

/** The source of the first cue reading `cue`: its words and namedness. */
function sourceOf(text: string, cue: string): [string, unknown] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  return f?.source ? [text.slice(f.source.start, f.source.end), f.source.named] : undefined;
}

/** The `unnamed` findings' words. */
function unnamed(text: string): string[] {
  return analyze(text, { kinds: ['unnamed'] }).map((f) => text.slice(f.start, f.end));
}

describe('a document the story ties to a named issuer', () => {
  test.each([
    [
      'The tunnel will cost 9 billion crowns, according to the Kessland Audit Office, whose report last month found that ministers had ignored warnings.',
      'found',
      'whose report',
    ],
    [
      'Tomas Vrba, a former harbour master, was charged in March with taking bribes. The indictment alleges that he took cash from two shipping agents.',
      'alleges',
      'The indictment',
    ],
    [
      'Prosecutors say Lena Marsh, who goes on trial next week, hid the money abroad. According to the indictment, she opened four accounts in 2019.',
      'According to',
      'the indictment',
    ],
    [
      'A report from the Harbour Trust found that waiting lists had doubled.',
      'found',
      'A report from the Harbour Trust',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toEqual([source, true]);
    expect(unnamed(text)).not.toContain(source);
  });
});

describe('near-misses: no issuer given', () => {
  test.each([
    // an indictment in a story with no named defendant or prosecutor (decision 164)
    [
      'According to the indictment, the five men worked 70 hours a week.',
      'According to',
      'the indictment',
    ],
    // a named person who is no party to a prosecution
    [
      'Mayor Ana Lind said the port would reopen. The indictment alleges that two agents took cash.',
      'alleges',
      'The indictment',
    ],
    // `whose` after a description, not a name
    [
      'The figures came from a consultancy, whose report found that rents had doubled.',
      'found',
      'whose report',
    ],
    // sent by people the story does not identify
    [
      'Emails sent by staff show that the contract was awarded late.',
      'show',
      'Emails sent by staff',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toEqual([source, false]);
  });
});
