/**
 * New people or a body an -ing participle shows at a deed of the story, wherever the phrase
 * stands (perceived.ts `participleActing`): the reduced relative tells what they were doing in a
 * past event, so the story withholds who acted (ANNOTATION.md section 2). Left alone: a condition
 * or a class, a habit described, a present or unreal frame, a quotation's aside, a victim, and a
 * body the sentence names next.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('an -ing participle of a deed makes a new phrase an actor', () => {
  test.each([
    [
      'Riot police fired water cannon at pensioners blocking the ring road on Friday.',
      'pensioners',
    ],
    [
      'The quarry was caught in a feud between two haulage firms competing for the contract.',
      'two haulage firms',
    ],
    [
      'Footbridge traffic halted after several cyclists chaining bikes to the railings refused to move.',
      'several cyclists',
    ],
    ['Locals said the rally ended with two men throwing chairs at the stage.', 'two men'],
    ['The vote ended with three councillors storming out of the chamber.', 'three councillors'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});

describe('left alone: a condition, a class, a habit, an aim, a quip, a victim, a named body', () => {
  test.each([
    // a condition or a placement, not a deed
    ['The ferry was carrying a tourist facing charges at home when it docked.', 'a tourist'],
    ['The landlord evicted tenants living above the shop last year.', 'tenants'],
    // no past event: a class in the present, a rule for the future
    ['Commuters crossing the bridge pay a toll every morning.', 'Commuters'],
    ['Shoppers using the old cards will pay a fee.', 'Shoppers'],
    // a habit described, an infinitive's aim, a likeness, a supposition
    ['The head teacher described pupils checking phones every few minutes.', 'pupils'],
    ['The sound was slowed as if to mimic a person speaking underwater.', 'a person'],
    ['If volunteers filling sandbags had stayed, the wall would have held.', 'volunteers'],
    // a quip inside a quotation, with the past outside it
    [
      'One user wrote: "Two grown women fighting over a party. Give me strength."',
      'Two grown women',
    ],
    // a victim of the clause, a preposition, a noun of content
    ['A cyclist carrying a ladder was hit by a van on Tuesday.', 'A cyclist'],
    ['The managers had warned staff during briefings that talking was banned.', 'staff'],
    ['The court upheld an employment tribunal ruling that the drivers were employees.', 'tribunal'],
    // a cause laid at a fact
    ['The analyst linked the slump to engineers retiring early.', 'engineers'],
    // a body the sentence names next
    [
      'A campaign group backing the mayor, Forward Together, sent out leaflets on Monday.',
      'A campaign group',
    ],
  ])('%s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
