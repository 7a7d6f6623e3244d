import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

// What a document provides for, commits its parties to or obliges them to do is its provision
// (decisions 178 and 182: a document's provisions are required cues), with the document as
// source; the same verbs with a person or a stance are no cue.
describe("a document's provisions", () => {
  test.each([
    [
      'A draft seen by the paper commits members to cut tariffs by 2030.',
      'commits',
      'A draft seen by the paper',
    ],
    [
      'The final communique commits the nine states to open the border.',
      'commits',
      'The final communique',
    ],
    [
      'A leaked draft of the accord provides for a 60-day pause in fighting.',
      'provides for',
      'A leaked draft of the accord',
    ],
  ])('%s', (text, cue, source) => {
    expect(spans(text, 'attribution')).toContain(cue);
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    ['The club said it remained committed to the stadium plan.', 'committed'],
    ['He committed the burglary in March.', 'committed'],
    ['The charity provides for families in need.', 'provides for'],
    ['She feels obliged to help.', 'obliged'],
  ])('not: %s', (text, cue) => {
    expect(spans(text, 'attribution')).not.toContain(cue);
  });
});
