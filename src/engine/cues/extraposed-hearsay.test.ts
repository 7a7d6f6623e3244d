import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

/**
 * Hearsay nouns (`reports`, `rumours`, `word`, `suggestions`) whose content clause is set after
 * a verb of spreading ("Rumours swept the hall that"), after a phrase of where they were heard
 * ("reports on social media that", "a report in the Chronicle on Monday that"), or after a hedge
 * between commas: the content is attached, so the noun is a cue.
 */
describe('hearsay with its content set after a verb of spreading or a place', () => {
  test.each([
    ['Reports are circulating online that the coach has been sacked.', 'Reports'],
    ['Rumours had spread through the village that the quarry would reopen.', 'Rumours'],
    ['Rumours swept the stadium that the match had been called off.', 'Rumours'],
    ['Word spread quickly that the mill would close.', 'Word'],
    ['Reports are coming in of a fire at a warehouse near the docks.', 'Reports'],
    ['There were unconfirmed reports on social media of an explosion.', 'reports'],
    ['Reports on a fans’ forum that the striker had signed proved false.', 'Reports'],
    ['Speculation, unconfirmed, that the bank will cut rates lifted shares.', 'Speculation'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    [
      'Shares fell after a report in the Harbour Chronicle on Monday that the mill would close.',
      'report',
      'the Harbour Chronicle',
    ],
    [
      'The union objected to suggestions in some local papers that drivers were to blame.',
      'suggestions',
      'some local papers',
    ],
  ])('%s (source)', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });

  test.each([
    // a relative clause whose object is `that`, inside the sentence's subject
    ['The report on the crash that investigators published was brief.', 'report'],
    // no content: a document and where it is kept
    ['Reports in the archive go back to 1990.', 'Reports'],
    // no verb of spreading: the noun is the subject of an ordinary verb
    ['Reports from the branch offices arrived late that week.', 'Reports'],
  ])('no cue %j', (text, cue) => {
    expect(spans(text, 'attribution')).not.toContain(cue);
  });
});

describe('reports coming in, then their that-clause', () => {
  // session 41: a live page's "Reports are coming in that" + clause, as "coming in of" + event
  test.each([
    ['Reports are coming in that the mayor has resigned.', 'Reports'],
    ['Reports are now coming in that two lorries have collided.', 'Reports'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each(['Orders are coming in that we cannot fill.', 'Reports are coming in that shop.'])(
    'no cue in %j',
    (text) => {
      expect(spans(text, 'attribution')).toEqual([]);
    },
  );
});
