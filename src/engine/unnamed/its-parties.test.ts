import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A body's or a document's own people who open a sentence and act (its-parties.ts): a second
// party the story does not name (decisions 69, 114, 142).

describe("'Its' people of a body or a document who act are unnamed", () => {
  test.each([
    [
      'The Ferry Users Guild said it had not been asked about the timetable. Its members have written to the minister.',
      'Its members',
    ],
    [
      'The flats belong to Westmoor Homes, a housing trust. Its tenants describe years of damp.',
      'Its tenants',
    ],
    [
      'A petition signed by 300 nurses reached the board on Monday. Its signatories say the wards are unsafe.',
      'Its signatories',
    ],
    // adjectives between `Its` and the head
    [
      'The Harbour Traders Federation backed the plan. Its smaller members have threatened to leave.',
      'Its smaller members',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a union's own statement about its members, later in the sentence (optional)
    ['The Ferry Users Guild said its members would boycott the new service.', 'its members'],
    // people who only undergo
    ['The flats belong to Westmoor Homes. Its tenants were moved out in May.', 'Its tenants'],
    // `their`: people's own relatives
    [
      'The two sailors are held in Ostra. Their families have not been allowed to visit.',
      'Their families',
    ],
    // the one holder of an office
    [
      'Westmoor Homes raised rents by 9 percent. Its chief executive said costs had doubled.',
      'Its chief executive',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).not.toContain(want);
  });
});
