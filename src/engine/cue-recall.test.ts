/**
 * Cues the filters dropped in every writer's sets (session 20): worries with their topic,
 * pointing to evidence, alerting someone, posting a message, and a document that opens its
 * sentence with modifiers before its verb. Invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from './test-helpers';

/** The cue `cue` in `text`, with its source. */
function cueIn(text: string, cue: string): { text: string; source?: string } | undefined {
  return seen(text, 'attribution').find((s) => s.text === cue);
}

describe('worries with their topic are noun cues (DECISIONS 9, 106)', () => {
  test.each([
    ['Nurses said warnings about the broken lift had been ignored for months.', 'warnings'],
    ['The board had known of concerns about the contract since May.', 'concerns'],
    ['Shares fell amid concerns over the lender’s exposure to property.', 'concerns'],
    ['There is growing concern about the cost of the new bridge.', 'concern'],
    ['The agency was slow to act on warnings regarding unlicensed landlords.', 'warnings'],
    ['Local groups voiced no objection, but concerns from residents have grown.', 'concerns'],
    ['The coach dismissed suggestions that he would resign.', 'suggestions'],
    // (once left out as a topic, not a giver: DECISIONS 9 and 106 make content enough)
    ['Drivers ignored warnings about black ice on the pass.', 'warnings'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The warnings of heavy rain came too late for the farmers.',
    'She put the concerns of the day behind her.',
    'The firm is a going concern.',
    'He thanked the crowd for their concern.',
    'The case concerns a man who fell from a ladder.',
    // the verb that voices the worry is the one cue
    'Parents have cited concerns about side effects.',
    'The union raised concerns about the rota in May.',
    'Concerns about the scaffolding had been raised with the site manager.',
    // a worry that no speaker holds
    'Crows pass warnings about hawks to their young.',
    'Anyone who joined the site has abandoned concerns about their privacy.',
  ])('no worry cue in %j', (text) => {
    expect(spans(text, 'attribution').filter((c) => /^(?:concerns?|warnings?)$/.test(c))).toEqual(
      [],
    );
  });
});

describe('`point to` evidence is a cue; pointing at a place is a gesture', () => {
  test.each([
    ['The mayor defended the cuts, pointing to a 12 percent fall in fares.', 'pointing to'],
    ['Critics point to the council’s own figures on waiting lists.', 'point to'],
    ['The minister pointed to rising wages as proof that the plan worked.', 'pointed to'],
    ['Supporters have pointed to the jobs the factory would bring.', 'have pointed to'],
    ['The union points to three earlier accidents at the depot.', 'points to'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'He pointed to the sky and laughed.',
    'The guide pointed to the door.',
    'The arrow points to the exit.',
    'A sign pointing to the beach stood by the road.',
    'She pointed to a scar on her arm.',
    'The key points to remember are simple.',
    // a fact pointing to another: the writer's reasoning
    'That points to a bigger question about the budget.',
    'It points to a deeper problem in the league.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution').filter((c) => c.includes('point'))).toEqual([]);
  });
});

describe('alerting someone and posting a message report what was sent (DECISIONS 74, 105)', () => {
  test.each([
    ['The engineer said he alerted the ministry in March.', 'alerted', 'he'],
    ['A neighbour alerted police after hearing a scream.', 'alerted', 'A neighbour'],
    ['Forecasters alerted the harbour authority before the storm.', 'alerted', 'Forecasters'],
    ['The nurse alerted her manager twice.', 'alerted', 'The nurse'],
    ['Several players posted messages of support online.', 'posted', 'Several players'],
    ['One customer posted a screenshot of the error.', 'posted', 'One customer'],
    ['The singer posted a photo of the stage on Sunday.', 'posted', 'The singer'],
    ['A parent who posted about the fault in May said nothing had changed.', 'posted', 'A parent'],
    ['The hackers posted a sample of the files on a forum.', 'posted', 'The hackers'],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test.each([
    'The smoke alarm alerted staff.',
    'The company posted a loss of $3 million.',
    'The bank posted record profits.',
    'He posted bail on Friday.',
    'The guard was posted at the gate.',
    'She posted the letter on her way to work.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a document opening its sentence, its modifiers before its verb', () => {
  test.each([
    [
      'An internal email from June, seen by the Courier, shows managers ignoring the fault.',
      'shows',
      'An internal email',
    ],
    [
      'A survey of 300 teachers by the union, published on Monday, found high rates of stress.',
      'found',
      'A survey of 300 teachers',
    ],
    [
      'Data released by the statistics office on Friday showed a rise in rents.',
      'showed',
      'Data released by the statistics office',
    ],
    [
      'A leaked memo from the finance ministry, obtained by the Post, suggests that cuts are coming.',
      'suggests',
      'A leaked memo',
    ],
    [
      'A review of the hospital’s records by outside auditors has found serious gaps.',
      'has found',
      'A review',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toContain(source);
  });

  test.each([
    'The report, which the Post has seen, was written in May and shows nothing new.',
    'The map of the town shows two rivers.',
    'The survey team, having found nothing, went home.',
    'The history of the club shows a pattern of debt.',
    // a picture depicts what it shows
    'The photo, taken at a wedding in June, showed a bride in a red dress.',
    'The record is long, and shows a pattern of delays.',
  ])('no opening-document cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('words received are not the receiver’s: a participle after the object of get/receive/face', () => {
  test.each([
    ['When she posted the photo, she started to get comments accusing her of lying.', 'accusing'],
    ['The club faced chants mocking its owner at every away game.', 'mocking'],
    ['The referee drew jeers questioning his eyesight.', 'questioning'],
    ['The coach faced chants accusing him of cowardice.', 'accusing'],
  ])('%s', (text, cue) => {
    const found = cueIn(text, cue);
    expect(found).toBeDefined();
    expect(found?.source).toBeUndefined();
  });

  test.each([
    // the clause's own words: the subject files, issues or sends them
    ['Two firms filed suits alleging fraud.', 'alleging', 'Two firms'],
    ['Nurses walked out on Monday, saying staffing was unsafe.', 'saying', 'Nurses'],
    // a document received says it itself (documentShowing)
    ['After the vote he received letters accusing him of betrayal.', 'accusing', 'letters'],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });
});
