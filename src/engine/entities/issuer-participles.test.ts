/**
 * A document whose issuer the next mention states (decision 83 of the labelled sets: "The review,
 * compiled by the army's inspectorate"): participles of making a document by its issuer include
 * `completed`, `undertaken`, `penned`, `co-authored`, as well as `compiled` and `prepared`; the
 * sender of a letter, an email or a memo wrote it (`The letter, sent by the university's finance
 * director`), though a report someone sends may be another's. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('the issuer stated in a later mention names the document', () => {
  test.each([
    [
      'An inspection report found that patients waited for hours. The report, completed by inspectors from the Health Standards Board in May, was never published.',
      'found',
      'An inspection report',
    ],
    [
      'A safety review concluded that the bridge was unsound. The review, undertaken by the Roads Authority last year, was shelved.',
      'concluded',
      'A safety review',
    ],
    [
      'A letter warned that the school would close. The letter, penned by the Corran Parents Association, reached every home.',
      'warned',
      'A letter',
    ],
    [
      'A study found the drug cut deaths by a third. The study, co-authored by researchers at Harwick University, ran for two years.',
      'found',
      'A study',
    ],
    [
      'An audit showed that funds were missing. The audit, completed by Dunmore Accounting in June, was sent to the board.',
      'showed',
      'An audit',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test.each([
    [
      'The college will cut 300 jobs, a letter seen by the Chronicle shows. The letter, sent by the college’s finance director to staff last week, warns that no area is safe.',
      'shows',
      'a letter seen by the Chronicle',
    ],
    [
      'An email described the plan as doomed. The email, sent by the Harwick Rail Authority to its board, was leaked on Monday.',
      'described',
      'An email',
    ],
    // a time phrase between the participle and its `by`
    [
      'Staff were told to stop filming, a memo seen by the Courier shows. The memo, sent on Tuesday by editor in chief Mara Ellis, asks producers to wait.',
      'shows',
      'a memo seen by the Courier',
    ],
    [
      'An email warned that the depot would close. The email, sent last week by the Harwick Rail Authority, reached every driver.',
      'warned',
      'An email',
    ],
  ])('the sender of a message wrote it: %s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  // a place or a recipient the document was filed in or sent to is no issuer (decision 127), nor
  // is one who only sends a report on
  test.each([
    [
      'A complaint alleges that the singer hid royalties. The complaint, filed in Ventura Superior Court, names three banks.',
      'alleges',
      'A complaint',
    ],
    [
      'A report found that the dam was unsafe. The report, sent by the Harwick Rail Authority to its board, was leaked on Monday.',
      'found',
      'A report',
    ],
    [
      'A letter warned that the school would close. The letter, sent by a parent last week, reached every home.',
      'warned',
      'A letter',
    ],
    // (past a time phrase too, a sender who is not named names no author)
    [
      'A letter warned that the school would close. The letter, sent on Friday by a parent, reached every home.',
      'warned',
      'A letter',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
