/**
 * The person gate in the guideline's own terms (episodic-agents.ts): a person noun that is the
 * agent of an active clause telling of a particular event is `unnamed` (ANNOTATION.md section 2,
 * "bare or definite group nouns used as an unidentified agent"), whatever its head word; generic
 * statements stay optional, and objects, recipients, victims, patients of a passive and the
 * public are not labelled.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a person noun that acts in a particular event is an unnamed actor', () => {
  test.each([
    // a past, a perfect, a progressive; in the writer's voice or in what a source tells
    ['Election workers in the province counted ballots by candlelight.', 'Election workers'],
    ['Holidaymakers at the resort counted the empty sunbeds at dawn.', 'Holidaymakers'],
    ['A nurse said stocks ran so low that staff had begun donating blood.', 'staff'],
    ['Members voted seven to four in favour of the scheme.', 'Members'],
    ['Within minutes a spectator is shouting at the referee.', 'a spectator'],
    ['The bosun said: "Passengers were hammering on the cabin doors."', 'Passengers'],
    ['Cabin crew on the flight had to restrain a drunk passenger.', 'Cabin crew'],
    ['Before later admirers left them out, he thanked them all.', 'admirers'],
    ['A porter said two guests had smashed the lobby windows.', 'two guests'],
    // a where-clause after a comma tells what happened next, and one after a verb asks
    ['They were taken to a school, where volunteers handed out cots.', 'volunteers'],
    ['Officials asked where volunteers had dumped the sandbags.', 'volunteers'],
  ])('%s', (text, want) => {
    const found = spans(text, 'unnamed').join(' | ');
    for (const w of want.split(' ')) expect(found).toContain(w);
  });
});

describe('left alone: generic, negated, hypothetical, passive, object or the public', () => {
  test.each([
    // a generic or habitual present, a modal, a supposition, a negation
    ['Parents worry about rising fees.', 'Parents'],
    ['Holidaymakers often book their sunbeds at dawn.', 'Holidaymakers'],
    ['Volunteers could help clear the beach next week.', 'Volunteers'],
    ['If holidaymakers protested, the hotel would refund them.', 'holidaymakers'],
    ['It was not clear how many residents had fled.', 'residents'],
    ['Many older tenants never registered with the council.', 'tenants'],
    // acted on: a passive, an object, the object of a preposition
    ['Two volunteers were asked to move their cars.', 'volunteers'],
    ['A school bus carrying 31 pupils left the road on Tuesday.', 'pupils'],
    ['The long hearing left members divided.', 'members'],
    // a state, a rest or a cost borne, and a participle that picks the group out
    ['Thousands of households were falling behind on their payments.', 'households'],
    ['Students were sitting in the hall for an hour.', 'Students'],
    ['Tenants affected by the leak would not be charged, the landlord said.', 'Tenants'],
    // an -ed word the lexicon does not know as an act's, right after the subject, is its verb,
    // not a participle before a later clause's verb; a verb of bodily suffering is a state
    ['Tenants shivered in the cold because landlords cut the heating.', 'Tenants'],
    ['Pensioners languished on waiting lists while managers drafted plans.', 'Pensioners'],
    // a defining where-clause pictures a place, it tells no event of the story
    ['In the square where, a year ago, farmers sold apples, nothing moves.', 'farmers'],
    // the public, a definite mention the story knows, a known person's relatives
    ['Voters backed the plan by a wide margin.', 'Voters'],
    ['The couple are seeking an injunction.', 'couple'],
    ['The mayor and members of his family gave money to the campaign.', 'members'],
    // a body's own people in what the body says (decisions 65 and 79)
    ['The forum said in a statement that members had rejoined the talks.', 'members'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

// "said" and "believe" open a content clause, whose subject the phrase is; "told" and "blamed"
// take the people as their object
describe('a person noun right after a verb of saying is the subject of what is said', () => {
  test.each([
    [
      'Police said a 15-year-old pupil brought a knife to the school on Monday.',
      'a 15-year-old pupil',
    ],
    ['A cashier said some depositors had emptied their accounts in cash.', 'some depositors'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    ['The harbourmaster blamed a tired crew.', 'a tired crew'],
    ['Officials told residents they had cleared the drains.', 'residents'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});

// coming or waiting is no act (decision 85), unless the clause goes on to the deed it was for
describe('people who come somewhere to do something act', () => {
  test.each([
    ['Grieving classmates gathered at the bridge to release lanterns.', 'Grieving classmates'],
    ['Angry tenants gathered outside the town hall, demanding repairs.', 'Angry tenants'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    ['Neighbours gathered at the harbour as the boats came in.', 'Neighbours'],
    ['Commuters waited for three hours at the station.', 'Commuters'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
