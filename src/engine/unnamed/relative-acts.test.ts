import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// People new to the story whose relative clause tells of their own past act (content-subject.ts
// actedInRelative): whatever the main clause does with them, the story withholds who did it.

describe('a new mention whose relative clause tells of its own act', () => {
  test.each([
    ['A lorry driver who ignored a red light has been banned for a year.', 'A lorry driver'],
    ['Two shoppers who chased the thief were later praised by police.', 'Two shoppers'],
    [
      'The mayor shouted at a council officer who had refused to open the gates.',
      'a council officer',
    ],
    ['The complaint was handed to a manager, who took no action, the audit says.', 'a manager'],
    ['Reporters spoke to three nurses who worked on the ward that night.', 'three nurses'],
    [
      'Several of the councillors who signed the letter are now facing deselection.',
      'Several of the councillors',
    ],
    ['A cyclist who filmed the crash has handed the footage to detectives.', 'A cyclist'],
    // a past whose participle differs, as `took` and `taken` do (participles.json irregularPast)
    ['A boss who blew the club’s savings on cars has been banned.', 'A boss'],
    ['A steward who strode onto the pitch during the match has been banned.', 'A steward'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // what befell them, or a state
    ['A pensioner who died in the fire was buried on Friday.', 'A pensioner'],
    ['Patients who received the placebo were given a second dose.', 'Patients'],
    // a likeness or an aim
    ['He spoke like a man who had run out of patience.', 'a man'],
    ['She had waited for a man who had wronged her.', 'a man'],
    // an aside after a comma
    ['Neighbours called him quiet, a lodger who kept to himself.', 'a lodger'],
    // people at large
    ['Several people who spoke over time were asked to sit down.', 'Several people'],
    // a story's vague opening, named in the next sentence (optional by the guideline)
    [
      'A club cyclist who stopped to help a rival has been praised. Maria Holt, 29, was lying third.',
      'A club cyclist',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('a bare plural that `who` ties to a past act of the story', () => {
  test.each([
    ['She praised volunteers who had filled sandbags overnight.', 'volunteers'],
    ['Residents who blocked the road were fined.', 'Residents'],
    ['Fans who invaded the pitch will be banned for life.', 'Fans'],
    ['Neighbours who pulled the family from the flames were praised.', 'Neighbours'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a rule's class, the public, a purchase, a crowd picked out by where it was
    ['Students who cheated will be expelled.', 'Students'],
    ['Voters who backed the party feel betrayed.', 'Voters'],
    ['Customers who paid by card will be refunded.', 'Customers'],
    ['Residents who packed the parish hall were told little.', 'Residents'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

// A `who` clause after an `of` phrase picks out the `of` phrase's people: what befell them is
// not the group's, whose own verb follows the clause (position.ts pastPickingClause).
describe('a group of those a `who` clause says were harmed, doing its own act', () => {
  test.each([
    ['Families of miners who died in the explosion have sued the owners.', 'Families of miners'],
    ['Friends of climbers who drowned in the lake have raised a memorial.', 'Friends of climbers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a group that only undergoes, and one whose `of` phrase has no `who` clause to pass
    ['Neighbours of the house where he died were evacuated.', 'Neighbours'],
    ['Relatives of a man who died in custody were told on Friday.', 'Relatives'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });
});

// A subject picked out by a clause that carries an infinitive: the subject's own verb comes after
// the infinitive's object unless the infinitive's verb takes a clause (position.ts
// pastPickingClause).
describe('a subject past a picking clause with an infinitive', () => {
  test.each([
    [
      'A charity set up by former miners to support their families has bought the old pithead.',
      'A charity',
    ],
    ['A developer hoping to build 400 homes near the river has lodged an appeal.', 'A developer'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // an infinitive of a verb group, whose auxiliary is no main verb
    [
      'Most of the work comes from a single company — a company that appears to have been winding the project down.',
      'a company',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
