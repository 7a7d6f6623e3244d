/**
 * Sources that are bodies or speak for them: a body named in apposition with its article, a `by`
 * agent counted with `some`, and the documents and people a story's named body stands behind
 * (docs/sources.md). Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { spans } from '../test-helpers';

/** The source of the first cue reading `cue`: its words and namedness, or undefined. */
function sourceOf(text: string, cue: string): [string, unknown] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  return f?.source ? [text.slice(f.source.start, f.source.end), f.source.named] : undefined;
}

/** The entity name and type of the first cue reading `cue`. */
function entityOf(text: string, cue: string): [string, string] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  const e = f?.source?.entity;
  return e ? [e.name, e.type] : undefined;
}

describe('a body named in apposition with its article', () => {
  test('the description is the named body', () => {
    const text =
      'Two grants were frozen on Friday. The sponsor, the Orrell Heart Foundation, confirmed it had paused both.';
    expect(sourceOf(text, 'confirmed')).toEqual(['The sponsor, the Orrell Heart Foundation', true]);
    expect(entityOf(text, 'confirmed')).toEqual(['Orrell Heart Foundation', 'organisation']);
  });

  test('a later definite description is the same body', () => {
    const text =
      'The clinic’s operator, Bellweather Care Group, said it was reviewing the case. The operator said no patient had been harmed.';
    expect(sourceOf(text, 'said')).toEqual(['The clinic’s operator, Bellweather Care Group', true]);
    const later = analyze(text, { kinds: ['attribution'] })[1]!;
    expect(later.source?.named).toBe(true);
    expect(later.source?.entity?.name).toBe('Bellweather Care Group');
  });

  test('a person named in apposition is still a person', () => {
    const text = 'The treasurer, the Rev. Amos Tull, said the accounts were in order.';
    expect(entityOf(text, 'said')?.[1]).toBe('person');
  });
});

describe('a by-agent counted with "some"', () => {
  test('some people after by are the agent, not a measure', () => {
    const text = 'The new timetable was condemned by some commuters as a cash grab.';
    expect(sourceOf(text, 'was condemned')).toEqual(['some commuters', false]);
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test('some followed by an amount is still a measure', () => {
    const text = 'The ruling was reversed by some margin, and prices were cut by some 20 percent.';
    expect(spans(text, 'agentless')).toEqual(['was reversed', 'were cut']);
  });
});

describe('a document a named source wrote in or issued', () => {
  test('the letter a named body issued', () => {
    const text =
      'The Corlan Drug Council has issued a warning letter to Pexford Labs over its records. The letter, dated May 2, states that tests were repeated.';
    expect(sourceOf(text, 'states')).toEqual(['The letter', true]);
  });

  test('the memo a named body told staff in', () => {
    const text =
      'Marlow Valley Hospital told staff in a memo that the ward would close. The memo, which was seen by the Courier, said 20 jobs would go.';
    expect(sourceOf(text, 'said')).toEqual(['The memo', true]);
  });

  test('a named writer in a branded medium', () => {
    const text =
      'In a Slack message to managers, chief executive Tove Lind wrote that cuts were coming. The message said about 80 jobs would go.';
    expect(sourceOf(text, 'said')).toEqual(['The message', true]);
  });

  test('an unnamed writer, or a document found, leaves it unnamed', () => {
    const told =
      'A rural hospital told staff in a memo that the ward would close. The memo said 20 jobs would go.';
    expect(sourceOf(told, 'said')).toEqual(['The memo', false]);
    const found = 'Detectives found a letter in the flat. The letter said he had left for good.';
    expect(sourceOf(found, 'said')).toEqual(['The letter', false]);
  });
});

describe('a document named by the kind of body the story is about', () => {
  test('an indefinite one is that body’s too', () => {
    const text =
      'Brindle Foods cut 300 jobs. The company blamed costs. Its finance chief left in May, a company filing shows.';
    expect(sourceOf(text, 'shows')).toEqual(['a company filing', true]);
  });

  test('one obtained by a paper is not', () => {
    const text =
      'Brindle Foods cut 300 jobs. The company blamed costs. Its finance chief left in May, a company memo obtained by the Courier shows.';
    expect(sourceOf(text, 'shows')?.[1]).toBe(false);
  });
});

describe('people of a district that is a body, not a place', () => {
  test('district officials after a school district are of that body', () => {
    const text =
      'The Orrin Falls School District has suspended two teachers, district officials confirmed.';
    expect(sourceOf(text, 'confirmed')).toEqual(['district officials', 'partial']);
  });

  test('district officials after a district that is a place are not', () => {
    const text = 'Floods hit the Mardale District on Monday, district officials said.';
    expect(sourceOf(text, 'said')).toEqual(['district officials', false]);
  });
});

describe('a copula heading the first of two coordinated predicates', () => {
  test('the second predicate’s cue has the copula’s subject', () => {
    const text =
      'Dunmore coach Ivo Brask is a long-time fan and has told the board that Pell is his first choice.';
    expect(sourceOf(text, 'has told')).toEqual(['Dunmore coach Ivo Brask', true]);
  });

  test('a copula inside reported content is not the cue’s', () => {
    const text = 'She said the club was bankrupt and warned that wages would go unpaid.';
    expect(sourceOf(text, 'warned')?.[0]).toBe('She');
  });
});

describe('a for-phrase before the by-agent', () => {
  test('the agent after "for approval" is the source', () => {
    const text = 'The scheme was recommended for approval by two housing inspectors on Friday.';
    expect(sourceOf(text, 'was recommended')).toEqual(['two housing inspectors', false]);
  });
});

describe('a verb of expression after a raising or control verb', () => {
  test('the raised subject voices the concern', () => {
    const text =
      'Lawyers for the nurses’ union are believed to have raised concerns about the rota.';
    expect(sourceOf(text, 'have raised concerns')).toEqual([
      'Lawyers for the nurses’ union',
      false,
    ]);
  });

  test('so does the subject of an adjective of readiness', () => {
    const text = 'The Pelham Trust was quick to voice concern about the sale.';
    expect(sourceOf(text, 'voice concern')).toEqual(['The Pelham Trust', true]);
  });
});

describe('a representative of a person the story named with a role', () => {
  test('a publicist for the rapper after rapper Dax Orme', () => {
    const text =
      'Rapper Dax Orme cancelled his tour on Monday. A publicist for the rapper said he was exhausted.';
    expect(sourceOf(text, 'said')).toEqual(['A publicist for the rapper', 'partial']);
  });

  test('not when the role was never named', () => {
    const text = 'A rapper was hurt in the crash. A publicist for the rapper said he was stable.';
    expect(sourceOf(text, 'said')).toEqual(['A publicist for the rapper', false]);
  });
});

describe('the client of a lawyer introduced by a possessive pronoun', () => {
  test('her client after his lawyer is the man named before', () => {
    const text =
      'Aldo Brenner, 41, was charged on Friday. Brenner appeared in court on Monday. His lawyer, Joan Pike, told the court her client denies the charges.';
    expect(sourceOf(text, 'denies')).toEqual(['her client', true]);
  });

  test('not when the man was never named', () => {
    const text =
      'A 41-year-old man appeared in court on Monday. His lawyer told the court her client denies the charges.';
    expect(sourceOf(text, 'denies')).toEqual(['her client', false]);
  });
});

describe('a draft or copy of a document', () => {
  test('is as named as the document of a named body', () => {
    const text =
      'The Tessary Monetary Authority meets in May. A draft of the authority’s annual risk report warns that loans are rising.';
    expect(sourceOf(text, 'warns')).toEqual([
      'A draft of the authority’s annual risk report',
      true,
    ]);
  });

  test('and as unnamed as one of no named body', () => {
    const text = 'A copy of an internal memo says the plant will close in June.';
    expect(sourceOf(text, 'says')?.[1]).toBe(false);
  });
});

describe('documents of an inquiry or of a named owner’s body', () => {
  test('the report cited after a named inquiry concluded is the inquiry’s', () => {
    const text =
      'An internal audit at the Port of Calder has found that fees were misspent, according to a report seen by the Ledger. The report says the losses ran for years.';
    expect(sourceOf(text, 'according to')?.[1]).toBe(true);
    expect(sourceOf(text, 'says')).toEqual(['The report', true]);
  });

  test('not when no inquiry of a named body speaks in the sentence', () => {
    const text = 'Officials said fees were misspent, according to a report seen by the Ledger.';
    expect(sourceOf(text, 'according to')?.[1]).toBe(false);
  });

  test('the review by a named minister’s own department', () => {
    const text =
      'The transport minister, Ivo Renner, has been accused of sitting on a review by his own department. The review concludes that repairs are years late.';
    expect(sourceOf(text, 'concludes')).toEqual(['The review', true]);
  });

  test('not by the department of a man the story never names', () => {
    const text =
      'A junior official has been accused of sitting on a review by his own department. The review concludes that repairs are years late.';
    expect(sourceOf(text, 'concludes')).toEqual(['The review', false]);
  });
});

describe('"only" after a determiner or possessive is an adjective of the subject', () => {
  test('the whole description is the source', () => {
    const text =
      'Parents face a long drive after the valley’s only clinic said it would shut in May.';
    expect(sourceOf(text, 'said')?.[0]).toBe('the valley’s only clinic');
  });

  test('"only" before a bare noun is still an adverb of the clause', () => {
    const text = 'Only engineers said the bridge was unsafe.';
    expect(sourceOf(text, 'said')?.[0]).toBe('engineers');
  });
});

describe('a simple past coordinated after a quoted perfect in reported content', () => {
  test('shares the subject of the reporting verb', () => {
    const text =
      'A lawyer for Corvane, Ines Dahl, said her client had "acted in good faith" and rejected the regulator’s findings.';
    expect(sourceOf(text, 'rejected')).toEqual(['A lawyer for Corvane, Ines Dahl', true]);
  });
});

describe('a document whose author the next sentence names', () => {
  test('"It was written by" a person of a named body names it', () => {
    const text =
      'Night closures were hidden, according to an internal memo obtained by the Herald. The memo tells staff to avoid announcements. It was written by a senior manager at Kelso Health Trust.';
    expect(sourceOf(text, 'tells')).toEqual(['The memo', true]);
  });

  test('an author of no named body leaves it unnamed', () => {
    const text =
      'Night closures were hidden, according to an internal memo obtained by the Herald. The memo tells staff to avoid announcements. It was written by a senior manager.';
    expect(sourceOf(text, 'tells')).toEqual(['The memo', false]);
  });
});

describe('people inside a body, `in` or `within` it', () => {
  test.each([
    ['Sources in the Parliamentary Expenses Office said the claims were paid.', 'said', 'partial'],
    [
      'People within the Regional Transport Authority said the plan was being redrawn.',
      'said',
      'partial',
    ],
    [
      'The Harlow Borough Council said it had approved the scheme. A source within the council, who did not wish to be named, said staff were told to keep quiet.',
      'said',
      'partial',
    ],
    // no body named: unnamed
    ['Officials within the ministry said the plan was dead.', 'said', false],
    // a place is no body
    ['Residents in Harbour Street said the noise went on all night.', 'said', false],
  ])('%s', (text, cue, named) => {
    const all = analyze(text, { kinds: ['attribution'] }).filter(
      (g) => text.slice(g.start, g.end) === cue,
    );
    expect(all.at(-1)?.source?.named).toBe(named);
  });
});

describe('a place or another body of the same kind is not the named body', () => {
  test.each([
    // "in the state": a place, whatever body the story named
    [
      'The Harbour Press said turnout was high. Two senior strategists in the state said the surveys had shown him trailing.',
      'said',
      false,
    ],
    [
      'The Orrin County Council said turnout was high. Two officials in the county said the count was slow.',
      'said',
      false,
    ],
    // a part of the named company still is
    [
      'Acme Corp said sales fell. Three employees in the sales division said morale was low.',
      'said',
      'partial',
    ],
    // a council of another level than the one named
    [
      'The Tararoa District Council approved the plant. Regional council data shows the river is polluted.',
      'shows',
      false,
    ],
    [
      'The Tararoa District Council approved the plant. District council data shows the river is polluted.',
      'shows',
      true,
    ],
    [
      'The Tararoa Regional Council approved the plant. Regional council data shows the river is polluted.',
      'shows',
      true,
    ],
  ])('%s', (text, cue, named) => {
    const all = analyze(text, { kinds: ['attribution'] }).filter(
      (g) => text.slice(g.start, g.end) === cue,
    );
    expect(all.at(-1)?.source?.named).toBe(named);
  });
});

describe('a name in apposition after a noun for what it names', () => {
  test.each([
    [
      'The buyer, private equity firm Harbor Capital, said it would keep the staff.',
      'said',
      ['Harbor Capital', 'organisation'],
    ],
    [
      'The seller, listed fund Cairnstone Property Trust, told the exchange on Monday that it had agreed a deal.',
      'told',
      ['Cairnstone Property Trust', 'organisation'],
    ],
    [
      'Its parent, the conglomerate Orrin Holdings, said the unit would be sold.',
      'said',
      ['Orrin Holdings', 'organisation'],
    ],
    [
      'Its top scorer, striker Dario Mendes, said the team would recover.',
      'said',
      ['Dario Mendes', 'person'],
    ],
  ])('%s', (text, cue, entity) => {
    expect(entityOf(text, cue)).toEqual(entity);
  });

  test('no name after the words: the description stays unnamed', () => {
    const text =
      'The seller, listed since 2019, told the exchange on Monday that it had agreed a deal.';
    expect(sourceOf(text, 'told')).toEqual(['The seller', false]);
  });
});
