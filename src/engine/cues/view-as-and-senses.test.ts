/**
 * Session 25's cues, each on invented sentences: `view` joins `regard` as a verb of regarding
 * with `as`, and both are cues when their object is fronted by a relative or `what` ("what many
 * residents regarded as neglect", a miss on a saved news page) and as a reduced passive with its
 * judge and grade between commas ("Ruiz, still regarded by many voters as a reformer,", one on
 * another); and three wrong senses the cue
 * probe found: a sum credited to an account, people or a ship welcomed somewhere, and a plural
 * noun in -s before its own past verb ("Bug reports piled up").
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('regarding and viewing as, with the object before the subject', () => {
  test.each([
    ['The union views the offer as a breach of trust.', 'views', 'The union'],
    ['Many residents view the tower as an eyesore.', 'view', 'Many residents'],
    ['It was what the union regarded as a breach of trust.', 'regarded', 'the union'],
    ['It was what many farmers viewed as a betrayal.', 'viewed', 'many farmers'],
    ['The levy, which critics view as a tax, passed.', 'view', 'critics'],
    ['The fees, which regulators regarded as excessive, were cut.', 'regarded', 'regulators'],
    // a reduced passive with its judge and then its grade, set off by commas
    ['The mayor, still regarded by many voters as a reformer, lost.', 'regarded', 'many voters'],
    ['The bank, viewed by analysts as a safe pair of hands, rose.', 'viewed', 'analysts'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    'She viewed the paintings at the gallery.',
    'Their views on the plan differ.',
    'The view from the bridge is stunning.',
    'Investors will view the results on Tuesday.',
    'A levy viewed as a tax was scrapped last year.',
  ])('no cue of viewing: %s', (text) => {
    expect(spans(text, 'attribution').filter((s) => /view/i.test(s))).toEqual([]);
  });
});

describe('wrong senses of credit, welcome and a plural in -s', () => {
  test.each([
    'She credited the money to his account.',
    'The firm credited the refund to every customer on Monday.',
    'The team welcomed visitors from Spain.',
    'Crowds welcomed the ship into the harbour.',
    'The hotel welcomed its first guests in May.',
    'Bug reports piled up.',
    'Weather warnings flooded in overnight.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test.each([
    ['She credited the win to her coach.', 'credited', 'She'],
    ['Unions welcomed the decision.', 'welcomed', 'Unions'],
    ['Residents welcomed the move to a four-day week.', 'welcomed', 'Residents'],
    ['Campaigners welcomed the ruling as overdue.', 'welcomed', 'Campaigners'],
    ['The agency reports increased sales.', 'reports', 'The agency'],
    ['The mayor warns flooding is likely.', 'warns', 'The mayor'],
  ])('the reporting sense stays: %s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });
});
