/**
 * `see` as a verb of characterising (seeing-as.ts, cues/frames/rating.ts): "see X as Y" credits
 * the view to whoever sees, active or with a by-agent (decisions 113 and 355 of the labelled
 * sets: seeing "as" a characterisation is a required cue); a by-agent is the cue's source. The
 * bare passive "is widely seen as" is decision 32's `agentless`, its cue optional and left out.
 * Sight and an outlet's access to a document are no cue.
 */
import { describe, expect, test } from 'vitest';
import { seen, sourceText, spans } from '../test-helpers';

describe('seeing something as something credits a view, its holder the source', () => {
  test.each([
    ['Analysts see the merger as a sign of weakness at the smaller bank.', 'see', 'Analysts'],
    ['The ruling is seen by tenant groups as a test of the new law.', 'is seen', 'tenant groups'],
    [
      "The vaccine had been seen by investors as the firm's best hope.",
      'had been seen',
      'investors',
    ],
    ['Some in the trade see the sale as a turning point.', 'see', 'Some in the trade'],
    ['Many at the club saw him as the obvious successor.', 'saw', 'Many at the club'],
    [
      'The mayor faces pressure from councillors who see the levy as a betrayal.',
      'see',
      'councillors',
    ],
    [
      'The party lost ground over what many farmers saw as a broken promise.',
      'saw',
      'many farmers',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test('the source is unnamed, and a by-agent leaves no agentless passive', () => {
    const text = 'The ruling is seen by tenant groups as a test of the new law.';
    expect(seen(text, 'attribution')).toEqual([
      { text: 'is seen', source: 'tenant groups', named: false },
    ]);
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

/** A cue on a form of `see`. */
const SEEING = /\b(?:see|sees|saw|seen|seeing)\b/i;

describe('seeing that credits nothing', () => {
  test.each([
    'Neighbours saw the smoke as they left the building.',
    'Neighbours saw the barn as the fire grew.',
    'A memo seen by the paper says the depot will close.',
    'Growers said some farms had seen crops burnt by the frost.',
    'Officers saw it as well.',
    'Shoppers found a rarely seen offer on salmon as part of the sale.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution').filter((c) => SEEING.test(c))).toEqual([]);
  });

  test('"is widely seen as": the agentless passive, no cue', () => {
    const text = 'The move is widely seen as a gamble.';
    expect(spans(text, 'attribution')).toEqual([]);
    expect(spans(text, 'agentless')).toEqual(['is widely seen']);
  });

  test('sight keeps its other findings: a document an outlet saw, staff told', () => {
    const text =
      'According to a briefing deck seen by the Ledger, store staff were told to stop refunds.';
    expect(spans(text, 'unnamed')).toContain('store staff');
  });
});
