/**
 * Session 21's cue constructions, each on invented sentences: a document or data subject with its
 * post-modifier before a verb that is also a noun, a document's finding through a relative, an
 * inquiry's finding with a plain object, linking a thing to a cause, a plan unveiled, a document
 * that instructs; and the audit's refusal names (scripts/audit-cues.ts).
 */
import { describe, expect, test } from 'vitest';
import { buildContext } from '../context';
import { reportingVerb } from '../lexicon';
import { seen, sourceText, spans } from '../test-helpers';
import { frameRefusal } from './verb-frames';
import { verbGroup } from './verb-group';
import { positionRefusal } from './verb-position';

describe('a document or data subject with its post-modifier before a verb that is also a noun', () => {
  test.each([
    ['Data sent back since July show that the ice is thinner than thought.', 'show'],
    [
      'Minutes of a board meeting the following month record only that a matter was discussed.',
      'record',
    ],
    ['Records filed with the county in March list 40 separate violations.', 'list'],
    ['A filing made to the exchange on Monday shows losses of $2 million.', 'shows'],
    ['Figures from the ministry for the first quarter show a sharp rise in arrests.', 'show'],
    ['Logs kept by the control room that night record three calls.', 'record'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    [
      'Her account is backed by logs sent to the panel, which show two nurses on most nights.',
      'show',
    ],
    [
      'The council cited figures from the audit office, which show a deficit of $4 million.',
      'show',
    ],
    ['It cites internal polling that shows the mayor trailing by four points.', 'shows'],
    ['The lawsuit quotes a filing that lists every payment made to the firm.', 'lists'],
    ['He pointed to a ruling that states the land was public.', 'states'],
  ])('a relative after a document: %s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The history of the shows is long.',
    'Fans of the records queued all night.',
    'She collected records from flea markets and antique shops.',
    'A list of the best shows this year is out.',
    'Officials monitor weather forecasts closely.',
  ])('no cue at the noun in %j', (text) => {
    const cues = spans(text, 'attribution');
    for (const noun of ['shows', 'records', 'forecasts', 'list']) expect(cues).not.toContain(noun);
  });
});

describe('what an inquiry or its report finds, whatever the object', () => {
  test.each([
    [
      'An inspection report that found residents left without water was withheld.',
      'found',
      'An inspection report',
    ],
    [
      'The shortage began after inspectors found quality-control lapses last spring.',
      'found',
      'inspectors',
    ],
    ['The panel found his explanation plausible but unproven.', 'found', 'The panel'],
    [
      'A review by the trust that found serious failings was never published.',
      'found',
      'A review by the trust',
    ],
    ['Auditors found irregularities in the accounts of two schools.', 'found', 'Auditors'],
    ['Mill school rated poor as inspectors find safeguarding gaps', 'find', 'inspectors'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    'Inspectors found it hard to reach the site.',
    'The company found a buyer for the plant.',
    'Police found a body in the river.',
    'The panel found time to visit the ward.',
    'Hikers found the trail closed.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('linking a thing to a cause or a party is a claim of its linker', () => {
  test.each([
    ['Her doctor linked the illness to the damp in the flat.', 'linked', 'Her doctor'],
    ['Investigators had linked the intrusion to a group abroad.', 'had linked', 'Investigators'],
    ['Local papers have linked the club with a Danish coach.', 'have linked', 'Local papers'],
    ['A review linked the drug to a rare condition.', 'linked', 'A review'],
    ['New DNA tests linked the crime to another man.', 'linked', 'New DNA tests'],
    [
      'The floods, which many scientists link to warmer seas, came early.',
      'link',
      'many scientists',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    'The new bridge links the town to the city.',
    'A study linking sleep to memory was retracted.',
    'Fears grew that militants linked to the group were nearby.',
    'He followed a link to the website.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

test('a link to a page is no claim: "in which Emery links to an article"', () => {
  const text = 'In another post in which Emery links to an article, he is smiling.';
  expect(spans(text, 'attribution')).not.toContain('links');
});

describe('a plan unveiled is announced; a product or a statue is not', () => {
  test.each([
    ['The minister on Wednesday unveiled a ten-year plan to move funding.', 'unveiled'],
    ['Health minister unveils plan to shift funding to local care', 'unveils'],
    ['The pledge was unveiled at a news conference.', 'unveiled'],
    ['The mayor unveiled proposals for a new tram line.', 'unveiled'],
    ['The party will unveil its strategy next week.', 'will unveil'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'Korvell unveils Atlas 4 AI model at its launch event',
    'A statue of the poet was unveiled in the square.',
    'The phone is scheduled to be unveiled in October.',
    'The carmaker unveiled a new electric saloon.',
    'The council unveiled a plaque to the founder.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a document or a manager instructs someone', () => {
  test.each([
    [
      'An internal memo, seen by this newspaper, instructs managers to report any union talk.',
      'instructs',
      'An internal memo',
    ],
    ['The guidance instructs staff to keep records for six years.', 'instructs', 'The guidance'],
    ['The coach instructed his players to stay silent.', 'instructed', 'The coach'],
    [
      'A letter from the board instructs parents to collect their children early.',
      'instructs',
      'A letter from the board',
    ],
    ['The judge instructed the jury to disregard the remark.', 'instructed', 'The judge'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });
});

describe('the audit names what refuses a verb form', () => {
  test('a noun after a determiner is refused as a noun, a verb passes', () => {
    const text = 'The report said the figures were wrong.';
    const ctx = buildContext(text);
    const s = ctx.sentences[0]!;
    const at = (w: string): number => ctx.tokens.findIndex((t) => t.lower === w);
    expect(positionRefusal(ctx, s, at('report'), reportingVerb(ctx.tokens[at('report')]!)!)).toBe(
      'noun',
    );
    const said = at('said');
    const entry = reportingVerb(ctx.tokens[said]!)!;
    expect(positionRefusal(ctx, s, said, entry)).toBeNull();
    expect(frameRefusal(ctx, s, verbGroup(ctx, s, said, entry, 1))).toBeNull();
  });

  test('a quotative verb with nothing quoted is refused by its frame', () => {
    const text = 'The crowd chanted loudly.';
    const ctx = buildContext(text);
    const s = ctx.sentences[0]!;
    const k = ctx.tokens.findIndex((t) => t.lower === 'chanted');
    const entry = reportingVerb(ctx.tokens[k]!);
    if (entry) expect(frameRefusal(ctx, s, verbGroup(ctx, s, k, entry, 1))).not.toBeNull();
  });
});

describe('a hedged or repeated act is a passive, not a state', () => {
  test.each([
    ['A teenage girl was allegedly left alone for nine hours.', 'was allegedly left'],
    ['Ballot boxes were reportedly left unattended before counting.', 'were reportedly left'],
    ['The setting was apparently left at its factory default.', 'was apparently left'],
    ['Junior doctors were often left in charge of the ward overnight.', 'were often left'],
    ['The road was apparently closed for most of the night.', 'was apparently closed'],
    ['Complaints were often lost before anyone read them.', 'were often lost'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toContain(passive);
  });

  test.each([
    'The firm was reportedly based in Cyprus.',
    'The minister was reportedly concerned about the leak.',
    'The company is reportedly owned by a family trust.',
    'She was left speechless by the verdict.',
    'There was little food left.',
  ])('no passive in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('`linked` in a passive tells how things stand, as before `link` was a cue', () => {
  test.each([
    'Health chiefs are investigating whether the cases are linked.',
    'The two fires are not linked.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
    expect(seen(text, 'agentless').map((s) => s.text)).not.toContain('it has been linked');
  });
});

// (a perfect passive `linked to` is a claim of a cause, DECISIONS 74 as the later rulings read
// it for bq07, bt07 and co06: see frames/linked-passive.test.ts; its `it` stays no impersonal)
test('a perfect passive link is a cue, its `it` no impersonal passive', () => {
  const text = 'The juice is cheap, and it has been linked to lower blood pressure.';
  expect(spans(text, 'attribution')).toEqual(['linked']);
  expect(seen(text, 'agentless').map((s) => s.text)).not.toContain('it has been linked');
});

describe('raising any matter with someone reports it to them', () => {
  test.each([
    ['I raised it with my manager and was told to keep quiet.', 'raised'],
    ['The union had raised battery temperatures with managers twice this year.', 'had raised'],
    ['Inspectors had raised the reporting method with the operator in 2024.', 'had raised'],
    ['Players raised the omission with team management on Monday.', 'raised'],
    ['She raised this with the head teacher in March.', 'raised'],
    ['Parents raised the bus times with the council at a meeting.', 'raised'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'She raised the money with help from fans.',
    'The strikes are raising tensions with Moscow.',
    'The club raised prices with little warning.',
    'They raised three children with her sister.',
    'The bank raised rates with the aim of cooling prices.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
