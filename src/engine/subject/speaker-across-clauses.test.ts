/**
 * Whose cue it is when a clause stands between the speaker and the verb: a reporting verb after
 * the content of the first (decisions 64 and 77 of the labelled sets: sense first), a verb of
 * judging a person with an aside before it (no inversion), a coordinated clause after `, and`
 * whose subject is set off by a name in apposition, and a name in apposition whose surname is
 * also a place word. Each construction misplaced sources across several writers' sets (session
 * 22); every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

/** The source words of the first cue reading `cue`, or null when it has none. */
function sourceOf(text: string, cue: string): string | null {
  return cueSource(text, cue)?.[0] ?? null;
}

describe('a reporting verb after content whose subject cannot report', () => {
  // "said the price looked full and questioned": a price, a figure or an ordinal does not
  // question or accuse; the speaker does
  test.each([
    [
      'One broker said the price looked steep and questioned whether demand would hold.',
      'questioned',
      'One broker',
    ],
    ['The union said the offer was an insult and vowed to keep striking.', 'vowed', 'The union'],
    [
      'Marta Velt said the weather had been dreadful and blamed the organisers for the delay.',
      'blamed',
      'Marta Velt',
    ],
    [
      'The mayor said it was the third flooded street in a week and accused the water board of neglect.',
      'accused',
      'The mayor',
    ],
    [
      'Dunmore Foods said the numbers did not reflect its discounts and accused the regulator of bias.',
      'accused',
      'Dunmore Foods',
    ],
    [
      'A teacher said the timetable was unworkable and urged parents to write to the board.',
      'urged',
      'A teacher',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });

  // a content subject that can report keeps the verb (decision 64: it belongs to the content)
  test.each([
    [
      'The ministry said the figures were wrong and rejected the claim.',
      'rejected',
      'The ministry',
    ],
    ['Weller said the council had ignored him and accused it of bias.', 'said', 'Weller'],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});

describe('a verb of judging a person after an aside is not inverted', () => {
  // "X, the chief negotiator, accused Karsk of stalling": the phrase after the verb is its object
  test.each([
    [
      "The union's negotiator, Aldo Brenn, accused Calloway of bad faith.",
      'accused',
      "The union's negotiator, Aldo Brenn",
    ],
    ['Irene Moss, of the tenants group HomeFirst, blasted the landlord.', 'blasted', 'Irene Moss'],
    ['Paulo Drax, the club captain, praised Venn for his calm.', 'praised', 'Paulo Drax'],
    [
      'The minister, who toured the site on Monday, blamed the contractor for the delays.',
      'blamed',
      'The minister',
    ],
    [
      'Selma Oduya, a councillor for the east ward, slammed Harrow Homes over the repairs.',
      'slammed',
      'Selma Oduya',
    ],
    [
      'The coach, Mirek Tal, thanked the fans for their patience.',
      'thanked',
      'The coach, Mirek Tal',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });

  // verbs of saying still invert after a comma
  test.each([
    ['"It was a disgrace," said the coach.', 'said', 'the coach'],
    ['"We will appeal," said Irene Moss, the tenants\' lawyer.', 'said', 'Irene Moss'],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});

describe('a coordinated clause whose subject has a name in apposition', () => {
  // "Results collapsed this winter, and the club's chief executive, Ian Doherty, described":
  // the clause before `, and` has its own subject and verb
  test.each([
    [
      "Results collapsed this winter, and the club's chief executive, Ian Doherty, described the form as poor.",
      'described',
      "the club's chief executive, Ian Doherty",
    ],
    [
      "Sales fell in March, and the firm's founder, Lidia Sorn, said a recovery was near.",
      'said',
      "the firm's founder, Lidia Sorn",
    ],
    [
      "Shares slid on Friday, and the bank's chief, Nora Vell, said the loss was contained.",
      'said',
      "the bank's chief, Nora Vell",
    ],
    [
      "Prices soared overnight, but the regulator's chair, Omar Keane, insisted the market was sound.",
      'insisted',
      "the regulator's chair, Omar Keane",
    ],
    [
      "Talks stalled, and the union's leader, Petra Lund, told members to prepare.",
      'told',
      "the union's leader, Petra Lund",
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });

  // two subjects each set off by an aside stay one subject's first segment
  test.each([['Ana Ruiz, 45, and her husband, Tom, said they were leaving.', 'said', 'Ana Ruiz']])(
    '%s',
    (text, cue, source) => {
      expect(sourceOf(text, cue)).toBe(source);
    },
  );
});

describe('a name in apposition whose surname is a place word', () => {
  // "His manager, Tasha Green,": a first name then a surname like Green, Hill, Wood, Field
  test.each([
    ['His manager, Tasha Green, said the tour would go ahead.', 'said', 'His manager, Tasha Green'],
    ['Her lawyer, Ana Hill, said the claim was false.', 'said', 'Her lawyer, Ana Hill'],
    ["The band's agent, Rory Wood, said the show was off.", 'said', "The band's agent, Rory Wood"],
    ['Its founder, Mei Field, told staff the shop would close.', 'told', 'Its founder, Mei Field'],
    ['Their spokesman, Dev Brook, denied the report.', 'denied', 'Their spokesman, Dev Brook'],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});

describe('a subordinate clause whose subject has a name in apposition', () => {
  // "The fund, which is based in Oslo, sold its stake before the chairman, Ivo Brask, announced":
  // the clause opens inside a segment after a subject set off by its own aside
  test.each([
    [
      'The fund, which is based in Oslo, sold its stake before the chairman, Ivo Brask, announced the deal.',
      'announced',
      'the chairman, Ivo Brask',
    ],
    [
      'The club, already in debt, cut wages after its owner, Lars Holm, warned of losses.',
      'warned',
      'its owner, Lars Holm',
    ],
    [
      'Talks, held in Geneva, stalled when the mediator, Ana Sarrin, said no deal was near.',
      'said',
      'the mediator, Ana Sarrin',
    ],
    [
      'The board, meeting on Friday, delayed the vote because its chair, Tom Hale, insisted on a recount.',
      'insisted',
      'its chair, Tom Hale',
    ],
    [
      'Shares, up 5% in March, fell after the regulator, Ofgrid, said it would act.',
      'said',
      'the regulator, Ofgrid',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });

  // an aside with no name after it keeps the subject before it
  test.each([
    ['The minister, speaking after the meeting, said the plan was dead.', 'said', 'The minister'],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});

describe('a parenthetical of reporting is no subject', () => {
  // "Instead, the emails show, a senior manager asked": the parenthetical credits the emails
  test.each([
    [
      'Instead, the emails show, the owner, Brightfold Care, complained to the regulator.',
      'complained',
      'the owner, Brightfold Care',
    ],
    [
      "In May, court filings say, the firm's founder, Ivo Brask, denied any debt.",
      'denied',
      "the firm's founder, Ivo Brask",
    ],
    [
      "By then, the minutes show, the club's chair, Petra Lund, had warned of losses.",
      'had warned',
      "the club's chair, Petra Lund",
    ],
    [
      "Last year, the records suggest, the council's auditor, Omar Keane, told members the accounts were late.",
      'told',
      "the council's auditor, Omar Keane",
    ],
    [
      "On Friday, Reuters reported, the agency's head, Dana Holm, confirmed the breach.",
      'confirmed',
      "the agency's head, Dana Holm",
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});
