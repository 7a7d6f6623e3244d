// A definite body, or a body's people, whose own clause says the name is kept back: the subject
// of a negated passive of naming, of `remains unnamed`, or of a `whom` clause of a refusal to name
// (withheld-subject.ts; decisions 137 and 163 of the labelled sets). The sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('a definite phrase whose clause withholds its name', () => {
  test.each([
    [
      'The supplier, a frozen fish wholesaler in Brannock, has not been named by the chain.',
      'The supplier',
    ],
    ['The council’s contractor has not been identified, a spokesperson said.', 'contractor'],
    ['The sale closed on Friday, but the consortium is still unidentified.', 'the consortium'],
    // (`unknown`: the unnamed rules' word of a withheld identity too)
    ['The buyer, a shipping firm in Castrel, remains unknown.', 'The buyer'],
    ['The sale closed on Friday, but the consortium is still unknown.', 'the consortium'],
    ['The fund’s backers, who hold most of its shares, have not been disclosed.', 'backers'],
    ['The firm hasn’t been publicly named.', 'The firm'],
    [
      'Councillor Ewa Holm suggested that the council’s contractor, whom she did not name, had been paid twice.',
      'contractor',
    ],
  ])('flagged: %s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // where it is not named, not that the story keeps the name back
    ['The Harbour Trust filed the claim. The trust was not named in the lawsuit.', 'trust'],
    // a thing whose cause is unknown: no one kept back
    ['The cause of the fire at the depot remains unknown.', 'cause'],
    // a post not yet filled
    ['Halvard Motors said its new chief executive has not been named yet.', 'chief executive'],
    ['Halvard Motors said the club’s new manager has not been named.', 'manager'],
    // named as what, not withheld
    ['The Harbour Trust said the trust was not named as a defendant.', 'trust'],
    // a person who did not name someone: not withheld
    [
      'The Harbour Trust said its chairman, who did not name the buyer, approved the sale.',
      'chairman',
    ],
  ])('not flagged: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});

describe('a subject the text says cannot be named, and why', () => {
  test.each([
    ['The porter cannot be named for legal reasons.', 'The porter'],
    ['The man, 41, cannot be named under a court order.', 'The man'],
    [
      'Her neighbour, who gave evidence on Monday, cannot be named to protect her.',
      'Her neighbour',
    ],
    ['The nurse, 29, who cannot be named for legal reasons, was suspended.', 'The nurse'],
    ["The trainer can't be identified because of the league's rules.", 'The trainer'],
    ['The builder cannot be named, the court heard.', 'The builder'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // nothing said of why or under what, and a role, not the name
    ['The porter cannot be named.', 'The porter'],
    ['The porter cannot be named as a defendant in the case.', 'The porter'],
    // a name in the subject names the person
    ['Dr Vera Holt, who cannot be named as the author, declined to comment.', 'Dr Vera Holt'],
    // a clause that says nothing of a name
    ['The porter, who was suspended last year, is due in court.', 'The porter'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
