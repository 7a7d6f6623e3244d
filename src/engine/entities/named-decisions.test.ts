/**
 * Whether a source is named, and which words are its source, for constructions that fooled the
 * name pass: a common noun capitalised at the start of a clause, a creed's followers, a body's
 * topic word or a kind of body before a person noun, a part described in apposition (`One, a
 * baker,`), and subjects shared by coordinated verbs. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('a common noun capitalised at the start of a clause names no one', () => {
  test.each([
    // after a dateline's dash, as after a full stop
    [
      'KELM, Varnia (Tidewire) - Troops seized the airport before dawn and announced on radio that the cabinet had fled.',
      'announced',
      ['Troops', false],
    ],
    [
      'OSTREL (Harbour Wire) – Firefighters battled the blaze overnight and said on Monday it was contained.',
      'said',
      ['Firefighters', false],
    ],
    // a plural in -ies or -es of a noun the lexicons know
    [
      'Fees rose again in March. Universities have warned that the cap will close courses.',
      'have warned',
      ['Universities', false],
    ],
    [
      'The ward shut in May. Charities told the inquiry the closure was rushed.',
      'told',
      ['Charities', false],
    ],
    // a plural before `of` and a lowercase noun: people known by whom they belong to
    [
      'Mates of the striker say he wants to leave before the window shuts.',
      'say',
      ['Mates of the striker', false],
    ],
    [
      'Buddies of the singer claim she was paid twice for the tour.',
      'claim',
      ['Buddies of the singer', false],
    ],
    // the acronym of a common noun
    ['TV insiders said the presenter quit after the row.', 'said', ['TV insiders', false]],
    ['A PR executive said the campaign had been pulled.', 'said', ['A PR executive', false]],
  ])('%s', (text, cue, expected) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual(expected);
  });

  test.each([
    // names stay names: a known name after a dash, an acronym inside a name, a body's name
    ['LONDON (Tidewire) - Halvard Foods said on Monday it would cut 300 jobs.', 'said', true],
    ['Sky TV insiders said the presenter had quit.', 'said', 'partial'],
  ])('%s', (text, cue, named) => {
    expect(cueSource(text, cue)?.[1]).toBe(named);
  });

  test('the unnamed kind flags what is no longer a name', () => {
    expect(spans('Mates of the striker say he wants to leave.', 'unnamed')).toEqual([
      'Mates of the striker',
    ]);
    expect(spans('TV insiders said the presenter quit.', 'unnamed')).toContain('TV insiders');
  });
});

describe("a creed's or party's followers are named by no body", () => {
  test.each([
    ['One senior Unionist said the leadership had lost control.', 'said', 'One senior Unionist'],
    [
      'The Islamists held power for two years. Islamist politicians have admitted they misjudged the threat.',
      'have admitted',
      'Islamist politicians',
    ],
    [
      'Two Nationalist councillors told the paper the count was rigged.',
      'told',
      'Two Nationalist councillors',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
    expect(spans(text, 'unnamed')).toContain(source);
  });

  // the party itself, bare or with `the`: no demonym in -ans ("Americans"), though shaped like one
  test.each([
    [
      'The bill cleared the Senate on Friday. The Republicans have said they will repeal it.',
      'have said',
      'The Republicans',
    ],
    [
      'On Tuesday, Republicans complained that the vote had been rushed.',
      'complained',
      'Republicans',
    ],
    ['The Democrats argued the cuts would hurt rural hospitals.', 'argued', 'The Democrats'],
    [
      'Deficits rose again. Republicans blamed the administration for the spending.',
      'blamed',
      'Republicans',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test.each([
    // counted members, a people
    [
      'Some Republicans complained that the vote had been rushed.',
      'complained',
      'Some Republicans',
    ],
    ['Americans told pollsters the economy was their top worry.', 'told', 'Americans'],
    // an outlook, written in lowercase elsewhere in the text
    [
      'Liberals argued the law went too far. Many liberals and conservatives agreed.',
      'argued',
      'Liberals',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });

  test('a Nordic surname in -qvist is still a name', () => {
    expect(cueSource('Reporter Ann Lindqvist said the vote was close.', 'said')?.[1]).toBe(true);
  });
});

describe('the body a person noun is of', () => {
  test.each([
    // the body's topic word is not the body: "Charity" of "the Charity Commission"
    [
      'The Charity Commission opened an inquiry. Charity law experts said the payments breached guidance.',
      'said',
      ['Charity law experts', false],
    ],
    // its kind word is: "Authority" of "the Transit Authority"
    [
      'The Transit Authority cut six routes. One former authority official said the cuts were rushed.',
      'said',
      ['One former authority official', 'partial'],
    ],
    // a compound names a kind of body, not the one the story met
    [
      'Halvard Capital is winding down the fund. One pension fund manager said he had sold in June.',
      'said',
      ['One pension fund manager', false],
    ],
    [
      'Ostrel Bank cut its forecast. An investment bank analyst said the cut was overdue.',
      'said',
      ['An investment bank analyst', false],
    ],
    // after the same compound it is that body
    [
      'Members of the pension fund were told of the loss. A pension fund spokesman said it was temporary.',
      'said',
      ['A pension fund spokesman', 'partial'],
    ],
    [
      'The district council met on Monday. A local council spokesman said the vote was delayed.',
      'said',
      ['A local council spokesman', 'partial'],
    ],
  ])('%s', (text, cue, expected) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual(expected);
  });
});

describe('a part of a group described in apposition', () => {
  test.each([
    [
      'Residents described hours of gunfire. One, a baker near the port, said the shooting stopped at dawn.',
      'said',
      ['One, a baker near the port', false],
    ],
    [
      'Two backbenchers have complained to the whips. One, a second-term MP for a rural seat, told colleagues the plan was doomed.',
      'told',
      ['One, a second-term MP for a rural seat', false],
    ],
    // as named as its group
    [
      'Two engineers at Acme Corp. spoke to the Ledger. One, a senior designer, said the tests were rushed.',
      'said',
      ['One, a senior designer', 'partial'],
    ],
    // a name in apposition names it; an aside is no apposition
    [
      'Two backbenchers complained. One, Mr Halloran, said the plan was doomed.',
      'said',
      ['One, Mr Halloran', true],
    ],
    [
      'Two backbenchers complained. One, who asked not to be named, said the plan was doomed.',
      'said',
      ['One', false],
    ],
  ])('%s', (text, cue, expected) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual(expected);
  });
});

describe('the subject a later verb shares', () => {
  test.each([
    // a passive first conjunct
    [
      'Head coach Ola Brenner was asked about the rumours on Friday and said he would not speculate.',
      'said',
      'Head coach Ola Brenner',
    ],
    [
      'The minister was questioned for three hours and insists the deal was lawful.',
      'insists',
      'The minister',
    ],
    // past the object of a reporting verb
    [
      'President Teo Brankovic told reporters the summit was useful and said both sides would meet again.',
      'said',
      'President Teo Brankovic',
    ],
    // a clause of its own before the subject's segment
    [
      'He is frustrated, and his agent, Marcus Dell, has told teams his client wants a move.',
      'has told',
      'his agent, Marcus Dell',
    ],
    // a relative clause holding `that` as a determiner
    [
      'A guard who was not on duty that night, and who spoke on condition of anonymity, said the cells were unlocked.',
      'said',
      'A guard',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  test.each([
    // a passive second conjunct has its own agent; a noun after `and` is no verb
    [
      'The sample was collected in June, according to two people familiar with the case, and flagged by the lab weeks later.',
      'flagged',
    ],
    [
      'The grant scheme was suspended after the audit, and rules for verifying work were tightened.',
      'verifying',
    ],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[0]).toBeUndefined();
  });

  test('a pronoun before an aside inside its verb group is the subject', () => {
    expect(cueSource('He has, in recent weeks, said the plan was doomed.', 'said')?.[0]).toBe('He');
  });
});

describe('a person of a body the story named by the last word of its name', () => {
  test.each([
    [
      'Kelmshire Constabulary reopened the case in May. A spokesman for the constabulary confirmed that the file remains open.',
      'confirmed',
      ['A spokesman for the constabulary', 'partial'],
    ],
    [
      'Three staff at Ashdene Care Home were charged. A former manager at the home is alleged to have warned the owner about staffing.',
      'have warned',
      ['A former manager at the home', 'partial'],
    ],
    // a place, a place's park, or `in` a name's last word that is also a place's
    [
      'Joggers use Riverside Park daily. A jogger at the park said the path was flooded.',
      'said',
      ['A jogger at the park', false],
    ],
    [
      'Ardent Capital bought the licence. Mining executives in the capital said the deal was rushed.',
      'said',
      ['Mining executives in the capital', false],
    ],
  ])('%s', (text, cue, expected) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual(expected);
  });
});

describe('documents a named source wrote or speaks of', () => {
  test.each([
    // a number joined to its unit belongs to the phrase
    [
      'Tarrow Bio said on Monday that its drug had failed. In a statement, the biotech said the 52-week study showed no benefit.',
      'showed',
      ['the 52-week study', true],
    ],
    // a definite document in what a named body says is its own
    ['Acme Corp said the audit found no wrongdoing by staff.', 'found', ['the audit', true]],
    // not what unnamed people speak of
    ['Critics said the review found nothing new.', 'found', ['the review', false]],
    // the author writes in it in the next sentence
    [
      'Halvard Capital is closing its main fund, according to a letter to investors seen by the Courier. In the letter, dated Tuesday, Simon Achterberg wrote that the losses were his.',
      'according to',
      ['a letter', true],
    ],
    [
      'The ward will close, according to a memo seen by the Echo. In the memo, a senior manager wrote that staff were short.',
      'according to',
      ['a memo seen by the Echo', false],
    ],
    // the statement phrase's source past a participle's aside (a medium such as a letter is
    // left to the verb beside it, decision 33)
    [
      'In the statement, dated Tuesday, Simon Achterberg wrote that the losses were his.',
      'In the statement',
      ['Simon Achterberg', true],
    ],
  ])('%s', (text, cue, expected) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual(expected);
  });

  test('a document named as its author’s is not flagged as unnamed', () => {
    expect(spans('Acme Corp said the audit found no wrongdoing by staff.', 'unnamed')).toEqual([]);
  });
});

describe('a title of two words with `the` is its one holder', () => {
  test.each([
    [
      'Talks stalled in Jerusalem. The prime minister has made clear he will not sign.',
      'has made clear',
      true,
    ],
    ['The attorney general said the state would appeal the ruling.', 'said', true],
    ['Turnout reached 61%, the returning officer has just announced.', 'has just announced', true],
    // one of several: a former holder, a minister of some portfolio
    ['The former prime minister said the deal was a mistake.', 'said', false],
    ['Talks stalled in Jerusalem. The minister said he would not sign.', 'said', false],
    ['Counting was slow, a returning officer in the north said.', 'said', false],
  ])('%s', (text, cue, named) => {
    expect(cueSource(text, cue)?.[1]).toBe(named);
  });
});
