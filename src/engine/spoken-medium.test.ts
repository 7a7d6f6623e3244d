import { describe, expect, test } from 'vitest';
import { spans } from './test-helpers';

// analyze.ts `spokenMedium`: the medium a speaker used ("said in a statement") is the speaker's,
// not an unnamed document, even where a cue in its content took it for a source.

describe('a medium of a named speaker is not credited as an unnamed source by a cue in its content', () => {
  test.each([
    [
      'Sen. Maria Okonkwo, who chairs the panel, said in a statement that she would call the director to testify.',
      'a statement',
    ],
    [
      'The Defence Equipment Agency said in a statement that it expected to announce a decision by June.',
      'a statement',
    ],
    [
      'Coach Ana Ruiz announced her exit in a two-paragraph statement that thanked the fans for their support.',
      'a two-paragraph statement',
    ],
  ])('%s', (text, medium) => {
    expect(spans(text, 'unnamed')).not.toContain(medium);
  });

  test.each([
    // a statement relied on with no speaker stays an unnamed document
    ['A statement circulated to reporters said the plant would close.', 'A statement'],
  ])('%s', (text, doc) => {
    expect(spans(text, 'unnamed')).toContain(doc);
  });
});
