import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { cueSource, spans } from '../test-helpers';

// Documents and recordings relied on as sources (ANNOTATION.md §2 and its settled case on
// documents; decisions 14 and 50 of the labelled sets): one no named body issued is `unnamed`,
// one a named body issued or published is a named source and not `unnamed`.

describe('recordings and pictures relied on, with no issuer', () => {
  test.each([
    [
      'Dashcam footage circulating online appears to show the lorry mounting the kerb.',
      'Dashcam footage',
    ],
    [
      'Security camera footage showed a hooded figure climbing the fence, a detective said.',
      'footage',
    ],
    ['Photos posted to a fan forum appear to show the new away kit.', 'Photos'],
    [
      'A screenshot of a staff chat, shared with the Clarion by a contractor, shows managers joking.',
      'A screenshot of a staff chat',
    ],
    ['Video filmed by a passenger shows water pouring through the cabin ceiling.', 'Video'],
    ['Images posted online seem to show smoke rising over the refinery.', 'Images'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // issued by a named body
    ['Footage released by the Harbour Police shows the van leaving the depot.', 'Footage'],
    // owned
    ["The club's own video shows the striker limping off.", 'video'],
    // not relied on for anything
    ['He posted a video of the crash on his channel.', 'video'],
    ['She said she had watched the footage twice.', 'footage'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });

  test('the recording is the source of what it appears to show', () => {
    expect(
      cueSource('Photos posted to a fan forum appear to show the new away kit.', 'show'),
    ).toEqual(['Photos posted to a fan forum', false, expect.anything()]);
  });
});

describe('documents that reached the story through an outlet', () => {
  test.each([
    // shared with the outlet
    [
      'A memo circulated among senior staff and shared with the Ledger sets out three options.',
      'A memo',
    ],
    ['A spreadsheet shared with Channel 9 lists 300 unpaid invoices.', 'A spreadsheet'],
    // a participle of writing, then one of access
    [
      'The draft, written by a junior adviser and obtained by the Courier, proposes ending the subsidy.',
      'The draft',
    ],
    // the outlet as the subject of a plain past of access
    [
      'The Beacon reviewed internal emails in which executives discussed the recall.',
      'internal emails',
    ],
    [
      'Channel 4 News obtained a recording of the meeting in which a manager can be heard swearing.',
      'a recording of the meeting',
    ],
    ['A draft executive order seen by the Wire would ban the sale of the devices.', 'order'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a named body drafted and published it
    ['The plan, drafted by the Treasury and published on Monday, proposes a new levy.', 'plan'],
    // a body reviewed its own papers
    ['Acme reviewed its safety procedures after the crash.', 'procedures'],
    ['The Beacon reviewed the council budget line by line.', 'budget'],
    // a document in no source role
    ['The president signed an executive order on Tuesday.', 'order'],
    ['The memo was shared with staff on Friday.', 'memo'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });

  test('two coordinated participles after the document: it is the source', () => {
    expect(
      cueSource(
        'A memo circulated among senior staff and shared with the Ledger sets out three options.',
        'sets out',
      )?.slice(0, 2),
    ).toEqual(['A memo circulated among senior staff and shared with the Ledger', false]);
  });

  test('who obtained a document did not issue it', () => {
    expect(
      cueSource(
        'The memo, drafted by an outside consultant and obtained by the Ledger, warns that sales are falling.',
        'warns',
      )?.slice(0, 2),
    ).toEqual(['The memo', false]);
  });
});

describe('polling, numbers and listings that tell something', () => {
  test.each([
    [
      'A strategist for the campaign said internal polling showed the gap closing.',
      'internal polling',
    ],
    ['Party insiders say private polling suggests the incumbent is trailing.', 'private polling'],
    ['Internal numbers seen by the Post show subscriptions falling.', 'Internal numbers'],
    ['One adviser said internal numbers suggest a narrow win.', 'internal numbers'],
    // a listing is a document too
    [
      'A retail listing posted on a shopping site shows the console priced at $499.',
      'A retail listing',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    ['The company does not publish its internal numbers.', 'numbers'],
    ['Large numbers of fans queued outside the ground.', 'numbers'],
    ['Polling stations opened at 7 a.m.', 'Polling'],
    ["The company's listing in London raised two billion pounds.", 'listing'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('data a named speaker reads', () => {
  test("data posted on the site of a body the sentence names is that body's", () => {
    const text =
      'The Harbour Water Board will raise charges by 4%, according to figures published on its website.';
    expect(spans(text, 'unnamed')).toEqual([]);
    expect(cueSource(text, 'according to')?.[1]).toBe(true);
  });

  test.each([
    [
      'Dr. Ana Lind, a virologist at Kerrow University, said the data showed a clear decline.',
      'data',
    ],
    ['Marta Quell, the bank’s chief economist, said the figures suggest a slowdown.', 'figures'],
    [
      'The Halden Institute published a survey on Monday. Its author said the results show a rise.',
      'results',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });

  test.each([
    // no named speaker: the data is withheld
    ['Official figures show unemployment rising.', 'Official figures'],
    ['A person familiar with the plan said internal data showed a drop in sales.', 'internal data'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });
});

describe('a document new to the story that an unnamed source tells of', () => {
  test.each([
    [
      'Two people briefed on the audit said the report blames a maintenance contractor.',
      'the report',
    ],
    [
      'Three diplomats said the draft, circulated to members on Friday, called for a truce.',
      'the draft',
    ],
    ['Officials who have read it say the memo warns of deep cuts to bus routes.', 'the memo'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // met before, issued by a named body
    [
      'The Harbour Institute published a report on Monday. Two officials said the report blames the port.',
      'the report',
    ],
    // a named speaker
    ['Mayor Ann Roe said the draft calls for a new depot.', 'draft'],
    // not what the document says: what was done to it
    ['Two aides said the contract had been signed in May.', 'contract'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a recording or report the outlet could not verify', () => {
  test.each([
    [
      'The Clarion could not independently verify the footage, which appears to show a fire.',
      'the footage',
    ],
    [
      'Channel 9 has not been able to confirm the reports, first carried by local radio.',
      'the reports',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // met before: a named group posted it
    [
      'A group calling itself Night Owl posted a video on Tuesday. The Clarion could not verify the video.',
      'video',
    ],
    // not negated
    ['The Clarion verified the footage with two experts.', 'footage'],
    // one the reader knows from before
    ['We were unable to authenticate the video.', 'video'],
    // described as issued by a named body
    [
      'The Clarion could not verify the figures, which were provided by the Port Authority.',
      'figures',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('the press of a place as an actor', () => {
  test.each([
    ['The claims, first carried by local media, could not be verified.', 'local media'],
    ['The story was picked up by foreign media within hours.', 'foreign media'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a medium, not a press
    ['The rumour was spread by social media.', 'media'],
    ['He spoke to the media on Tuesday.', 'media'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

/** How the source document of cue `cue` reached the story (newsroom standards), as kind and words. */
function obtained(text: string, cue: string): [string, string] | null {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  const o = f?.source?.entity?.anonymity?.obtained;
  return o ? [o.kind, o.text] : null;
}

describe('how a document reached the story (newsroom standards)', () => {
  test.each([
    [
      'The memo, drafted by an outside consultant and obtained by the Ledger, warns that sales are slowing.',
      'warns',
      ['obtained', 'obtained by the Ledger'],
    ],
    [
      'A spreadsheet shared with Channel 9 by a former manager shows 300 unpaid invoices.',
      'shows',
      ['provided', 'shared with Channel 9'],
    ],
    [
      'Internal numbers seen by the Post show subscriptions falling.',
      'show',
      ['seen', 'seen by the Post'],
    ],
    [
      'The Beacon reviewed internal emails that show managers knew of the fault.',
      'show',
      ['reviewed', 'The Beacon reviewed'],
    ],
  ])('%s', (text, cue, want) => {
    expect(obtained(text, cue)).toEqual(want);
  });

  test('a document no outlet obtained says nothing of access', () => {
    expect(
      obtained('A person close to the campaign said internal polling shows a tie.', 'shows'),
    ).toBeNull();
  });
});

describe('a relied-on document mentioned again, telling what it says', () => {
  test.each([
    [
      'The union says it has an internal memo obtained by the Herald. The memo does not explain why the breaks were cut.',
      'The memo',
    ],
    [
      'According to leaked emails seen by KTVX, the plant missed three inspections. The emails do not say who approved the delay.',
      'The emails',
    ],
    [
      'A draft budget document seen by the Wire sets out deep cuts to the arts. The draft also proposes a freeze on hiring.',
      'The draft',
    ],
    [
      'The figures come from a copy of the safety review obtained by the Gazette. The review does not say who signed it off.',
      'The review',
    ],
    [
      'Photos obtained by the Sun show the striker outside a bar at 4am. The photos appear to show him arguing with a doorman.',
      'The photos',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the first mention relied on nothing: staff received it
    ['Staff were sent a memo on Friday. The memo does not say why.', 'The memo'],
    // not a verb of what it says
    [
      'A leaked memo outlines the cuts. The memo began circulating among staff on Sunday.',
      'The memo',
    ],
    // not the subject opening the sentence
    [
      'An internal memo seen by the Ledger sets out three options. Executives discussed the memo on Monday.',
      'the memo',
    ],
    // a named body issued it
    [
      'A report published on Monday by the Halden Institute found rents rising. The report recommends a cap.',
      'The report',
    ],
    // a named issuer the sentence after the first mention gives
    [
      'The ferry struck the pier, according to a preliminary report released on Friday. The report, by the Marine Accident Branch, found that a warning light had been ignored. The report does not say who switched the alarm off.',
      'The report',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('who put out a document the story relies on', () => {
  test.each([
    [
      'Screenshots uploaded to a gaming forum by an anonymous user appear to show the unreleased map.',
      'an anonymous user',
    ],
    ['The slides, first leaked by a tipster on a fan site, show the console at $499.', 'a tipster'],
    [
      'The video, which was posted online by an account linked to the militia, shows trucks at the border.',
      'an account linked to the militia',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // named, or no document put out
    ['Screenshots posted to a forum by Kestrel99 appear to show the new map.', 'Kestrel'],
    ['The idea was first shared by a reader in a letter to the editor.', 'reader'],
    ['The video was posted by a user called Drift_King, who later deleted it.', 'user'],
    ['The photos, first shared by an account called “lens_ghost,” show the car.', 'account'],
    // a verb of appearance after a post-modifier that put nothing out
    ['Few people outside her party seem to believe that.', 'her party'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('unpublished documents an account relies on', () => {
  test.each([
    [
      'This story draws on confidential files and interviews with nine former officers.',
      'confidential files',
    ],
    [
      'The findings are based partly on internal emails obtained by the Sentinel.',
      'internal emails',
    ],
    [
      'The report relied heavily on private correspondence between the two men.',
      'private correspondence',
    ],
    // an adjective that also makes titles is a document's adjective here
    [
      'The charity paid the firm £400,000, according to financial records seen by the Courier.',
      'records',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // what prices or plans rest on is no source
    ['Prices are based on internal estimates of demand.', 'estimates'],
    ['The chief financial officer resigned on Friday.', 'officer'],
    ['She does not comment on leaked documents.', 'documents'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a document with its addressee, obtained by an outlet', () => {
  test.each([
    ['A briefing note to ministers obtained by the Sentinel warns of delays.', 'A briefing note'],
    ['An email to franchise owners reviewed by Trade Desk sets out new fees.', 'An email'],
    // an unnamed speaker's: the document is what the story has of them
    [
      'In a letter seen by the Echo, a group of club stewards warned that the stand was unsafe.',
      'a letter',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // sent, not obtained by an outlet
    ['He sent a letter to the mayor on Monday.', 'letter'],
    // the medium of the named speaker of the clause it opens
    [
      'In a letter to the club’s trustees seen by the Echo, the trust’s chairman, Owen Bray, accused the owner of neglect.',
      'letter',
    ],
    ['A letter to the editor was published on Sunday.', 'letter'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a definite repeat of a document its owner or a `from` phrase gave an issuer', () => {
  test.each([
    [
      'The Prisons Inspectorate visited the jail in May. Its report, published on Tuesday, rated safety as poor. The report also said that cells were overcrowded.',
      'The report',
    ],
    [
      'The Harwick Water Board wrote to residents last week. The board’s report found lead in six pipes. The report also said the pipes would be replaced.',
      'The report',
    ],
    [
      'The school was told in a letter from the Schools Inspectorate last month that its policy was unlawful. The letter, which the Courier has seen, gives governors eight weeks to respond.',
      'The letter',
    ],
    [
      'Tenants received a notice from Carran Homes on Monday. The notice says the block will close in June.',
      'The notice',
    ],
  ])('%s', (text, doc) => {
    expect(spans(text, 'unnamed')).not.toContain(doc);
  });

  test.each([
    // a document with no issuer, met again, is still unnamed (decision 7 of the labelled sets)
    [
      'A leaked memo seen by the Courier warns of cuts. The memo says 40 posts will go.',
      'The memo',
    ],
    // a letter from people the story does not name
    [
      'The council received a letter from residents in March. The letter, which the Courier has seen, says the park is unsafe.',
      'The letter',
    ],
  ])('%s', (text, doc) => {
    expect(spans(text, 'unnamed')).toContain(doc);
  });
});

describe('a document issued by an agent whose apposition names it', () => {
  test.each([
    'The 90-page report, published on Monday by the inquiry chair, the retired judge Mira Stolt, found that warnings were ignored. The report says records were altered.',
    'Savers lost most of their money, according to a report by the liquidators, Dahl & Berg.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toMatch(/report/);
  });

  test.each([
    // an apposition that names no one
    [
      'The 90-page report, published on Monday by the inquiry chair, a retired judge, found that warnings were ignored. The report says records were altered.',
      'The report',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
