/**
 * Generalisation cases: invented news sentences for the general rules behind the engine's
 * errors on unseen text (who counts as an actor, where a subject is, which words are cues).
 * None of these sentences comes from the labelled corpus.
 */
import { describe, expect, test } from 'vitest';
import type { Named } from './types';
import { seen, spans } from './test-helpers';

/** Asserts that `cue` is found in `text` with the given source text and namedness. */
function expectCue(text: string, cue: string, source: string | undefined, named?: Named): void {
  const hits = seen(text, 'attribution');
  const hit = hits.find((s) => s.text === cue);
  expect(hit, `cue ${cue} in ${JSON.stringify(hits)}`).toBeDefined();
  expect(hit!.source).toBe(source);
  if (source !== undefined) expect(Boolean(hit!.named)).toBe(Boolean(named));
}

describe('1. any person, role or occupation noun that acts or speaks is an actor', () => {
  test.each([
    ['A new bookkeeper discovered that the payments had been split.', 'A new bookkeeper'],
    ['The bookkeeper later told the board that the ledger was incomplete.', 'The bookkeeper'],
    ['Several teachers said the heating had failed twice in January.', 'Several teachers'],
    ['A lorry driver who saw the crash said the car ran the light.', 'A lorry driver'],
    ['Two librarians complained that the new software lost records.', 'Two librarians'],
    ['A plumber hired by the landlord found that the pipes were cracked.', 'A plumber'],
    ['The landlord insisted that the repairs were finished.', 'The landlord'],
    ['A veteran firefighter warned that the hydrants were not tested.', 'A veteran firefighter'],
    [
      'Some shopkeepers on the high street say trade has halved.',
      'Some shopkeepers on the high street',
    ],
    ['The memo’s author argued that the budget could not be met.', 'The memo’s author'],
    ['A longtime bookseller said the shop would close in June.', 'A longtime bookseller'],
    ['One of the jurors later told reporters that the verdict was difficult.', 'One of the jurors'],
  ])('%s', (text, expected) => {
    expect(spans(text, 'unnamed')).toContain(expected);
  });

  test.each([
    ['According to an internal spreadsheet, the losses began in 2021.', 'an internal spreadsheet'],
    ['A leaked timetable shows that the line will close in May.', 'A leaked timetable'],
    ['A pilot study in Norway found that the drug cut relapses.', 'A pilot study in Norway'],
    ['Internal audits concluded that the controls were weak.', 'Internal audits'],
    ['A consultancy hired by the council concluded the bridge was safe.', 'A consultancy'],
    ['One text message read: “Delete everything tonight.”', 'One text message'],
    ['The audit found irregularities in three accounts.', 'The audit'],
    [
      'Internal documents reviewed by the Ledger show that the vote was delayed.',
      'Internal documents',
    ],
    ['The foreign ministry summoned the ambassador, state media reported.', 'state media'],
    ['Internal emails show managers knew about the defect in 2019.', 'Internal emails'],
    ['Those investors later sued the firm, court records show.', 'Those investors'],
  ])('document or body relied on: %s', (text, expected) => {
    expect(spans(text, 'unnamed')).toContain(expected);
  });
});

describe('2. quantified, partitive and demonstrative actors', () => {
  test.each([
    ['One of them told the court that the books were altered.', 'One of them'],
    [
      'Three of his former colleagues said he was careful with money.',
      'Three of his former colleagues',
    ],
    [
      'At least two suppliers in Vietnam have stopped shipments.',
      'At least two suppliers in Vietnam',
    ],
    ['More than a dozen employees signed the letter.', 'More than a dozen employees'],
    ['That bidder later withdrew its offer, the people said.', 'That bidder'],
    ['Some in the party say the leader should quit.', 'Some in the party'],
    ['The people asked not to be identified because the talks are private.', 'The people'],
    [
      'At least one contract manufacturer in Taiwan has halted production.',
      'At least one contract manufacturer in Taiwan',
    ],
  ])('%s', (text, expected) => {
    expect(spans(text, 'unnamed')).toContain(expected);
  });
});

describe('3. no unnamed actor for things, study subjects, titles before names', () => {
  test.each([
    ['The district installed air monitors near the school last spring.', 'air monitors'],
    ['Participants wore heart-rate monitors for a week.', 'Participants'],
    ['Economist Rafael Dunmore said the figures were revised.', 'Economist'],
    ['Analyst Priya Halvorsen wrote that margins would shrink.', 'Analyst'],
    ['A combined company would employ about 5,000 people.', 'A combined company'],
    ['Mr. Brown was named president and chief operating officer.', 'officer'],
    ['The decline was steeper than analysts had expected.', 'than'],
    ['Benchmark results circulating on social media suggest the chip is fast.', 'social media'],
    ['Participants in the trial received either the drug or a placebo.', 'Participants'],
    [
      'Midfielder Tomas Rell scored twice. The midfielder later said he was tired.',
      'The midfielder',
    ],
    [
      'Ana Ruiz, the company’s longtime bookkeeper, resigned. The bookkeeper said she was pressured.',
      'The bookkeeper',
    ],
  ])('%s has no %j', (text, wrong) => {
    const found = spans(text, 'unnamed');
    for (const f of found) expect(f.includes(wrong), `found ${f}`).toBe(false);
  });

  test.each([
    [
      'The prison employed a single unarmed officer for more than 800 inmates, records show.',
      'a single unarmed officer',
    ],
  ])('span stops at the head: %s', (text, expected) => {
    expect(spans(text, 'unnamed')).toContain(expected);
  });
});

describe('4. the source is the subject, across tags, appositions and relative clauses', () => {
  test.each<[string, string, string | undefined, Named | undefined]>([
    ['Rep. Dana Whitlock (R-Texas) said the bill would fail.', 'said', 'Rep. Dana Whitlock', true],
    [
      'Sen. Marcus Oyelaran (D-Minn.) argued that the fund was misused.',
      'argued',
      'Sen. Marcus Oyelaran',
      true,
    ],
    [
      'The mayor’s chief of staff, Olu Baptiste, described the plan as reckless.',
      'described',
      'The mayor’s chief of staff, Olu Baptiste',
      true,
    ],
    [
      'The club declined to comment, and the player’s mother and manager, Ines Calloway, told reporters that talks had stalled.',
      'told',
      'the player’s mother and manager, Ines Calloway',
      true,
    ],
    [
      'Its sponsor, Sen. Maria Ochoa (D-Fresno), said the fire showed why the rules were needed.',
      'said',
      'Its sponsor, Sen. Maria Ochoa (D-Fresno)',
      true,
    ],
    [
      'A new study published Tuesday in the journal Pediatrics found that screens hurt sleep.',
      'found',
      'A new study published Tuesday in the journal Pediatrics',
      true,
    ],
    [
      'The savings were overstated, according to a paper published on Monday in the Journal of Wetland Science.',
      'according to',
      'a paper published on Monday in the Journal of Wetland Science',
      true,
    ],
    [
      'A survey released last week in the Harbour Review suggested that rents would rise.',
      'suggested',
      'A survey released last week in the Harbour Review',
      true,
    ],
    [
      'The council came under fire after a bidder for the $40 million contract alleged that the terms were rigged.',
      'alleged',
      'a bidder for the $40 million contract',
      false,
    ],
    [
      'Bidders for the €12 million ferry deal said the tender favoured one yard.',
      'said',
      'Bidders for the €12 million ferry deal',
      false,
    ],
    [
      'A buyer of the £3 million house told the court the price was fair.',
      'told',
      'A buyer of the £3 million house',
      false,
    ],
    [
      'The figures were wrong, according to a report released on Tuesday in London.',
      'according to',
      'a report released on Tuesday in London',
      false,
    ],
    [
      'The proposal drew criticism from consumer groups, which argued that it would raise prices.',
      'argued',
      'consumer groups',
      false,
    ],
    [
      'Doctors who treat burn victims have warned that the rules are too loose.',
      'have warned',
      'Doctors',
      false,
    ],
    [
      'Engineers who inspected the tunnel concluded that the lining was sound.',
      'concluded',
      'Engineers',
      false,
    ],
    [
      'An internal review completed in March concluded that no rules were broken.',
      'concluded',
      'An internal review',
      false,
    ],
    [
      'The researchers, led by biologist Mira Holt, wrote that the findings were preliminary.',
      'wrote',
      'The researchers',
      'partial',
    ],
    ['Lobbyists warned that the tax would drive firms away.', 'warned', 'Lobbyists', false],
    [
      'Participants in the meeting said the mood was tense.',
      'said',
      'Participants in the meeting',
      false,
    ],
    [
      'Two people familiar with his thinking said he would not resign.',
      'said',
      'Two people familiar with his thinking',
      false,
    ],
    [
      'The bank, according to a person close to the matter, is weighing a sale.',
      'according to',
      'a person close to the matter',
      false,
    ],
    [
      'The minister was accused by opposition lawmakers of misleading parliament.',
      'was accused',
      'opposition lawmakers',
      false,
    ],
    [
      'An attorney representing the families said the settlement was unfair.',
      'said',
      'An attorney representing the families',
      false,
    ],
    [
      'The agency acknowledged the error after a reporter, Jim Cole of the Tribune, asked about it.',
      'asked',
      'a reporter, Jim Cole of the Tribune',
      true,
    ],
    [
      'The claim was repeated last week by the governor’s office.',
      'was repeated',
      'the governor’s office',
      true,
    ],
    [
      'The ruling bars the sale and notes that “the land shall remain public.”',
      'notes',
      'The ruling',
      false,
    ],
  ])('%s', (text, cue, source, named) => {
    expectCue(text, cue, source, named);
  });

  test.each<[string, string, string, Named]>([
    [
      'Shares jumped after a rival bidder, Larchmont Partners, disclosed a 6 percent stake.',
      'disclosed',
      'Larchmont Partners',
      true,
    ],
    [
      'The figure, which was confirmed on Tuesday by two Halden employees, suggests sales fell.',
      'confirmed',
      'two Halden employees',
      'partial',
    ],
    [
      'Stocks fell when an activist fund, Birch Lane Capital, disclosed a stake in the retailer.',
      'disclosed',
      'Birch Lane Capital',
      true,
    ],
  ])('source overlaps: %s', (text, cue, source, named) => {
    const hit = seen(text, 'attribution').find((s) => s.text.endsWith(cue));
    expect(hit, cue).toBeDefined();
    expect(hit!.source ?? '').toContain(source);
    expect(Boolean(hit!.named)).toBe(Boolean(named));
  });
});

describe('5. named or not: back-references and sentence-initial capitals', () => {
  test.each<[string, string, string, Named]>([
    [
      'The Pellham Valley Railroad Company bought the line in 1998. The railroad said it would appeal.',
      'said',
      'The railroad',
      true,
    ],
    ['Supporters say the plan will lower rents.', 'say', 'Supporters', false],
    [
      'The Harlow Transit Authority raised fares. One former authority official called it “a tax on the poor.”',
      'called',
      'One former authority official',
      'partial',
    ],
    [
      'Halvard Foods cut 200 jobs. The company’s spokesman said the plant would reopen.',
      'said',
      'The company’s spokesman',
      'partial',
    ],
    ['Opponents argue that the tower is too tall.', 'argue', 'Opponents', false],
  ])('%s', (text, cue, source, named) => {
    expectCue(text, cue, source, named);
  });
});

describe('6. cues behind adverbs, nouns with owners, extraction and absolutes', () => {
  test.each([
    ['Her warnings about the dam went unheeded for years.', 'warnings'],
    ['His testimony contradicted the police account.', 'testimony'],
    ['Two of his former tenants claim the heating never worked.', 'claim'],
    ['A pilot study in Chile reportedly found that the vaccine worked.', 'found'],
    ['The draft also purportedly shows a second runway.', 'shows'],
    ['He sold what he claimed were rare coins.', 'claimed'],
    [
      'The founder, who maintained in a letter that she had done nothing wrong, resigned.',
      'maintained',
    ],
    ['The talks collapsed, with each side blaming the other.', 'blaming'],
    ['The paper quoted a senior engineer as saying the bridge was unsafe.', 'saying'],
    ['The governor had joked that the budget was a work of fiction.', 'had joked'],
    ['The union’s warnings were dismissed by the board.', 'warnings'],
    ['Most economists agree that the tax is regressive.', 'agree'],
    ['Critics questioned whether the plan was legal.', 'questioned'],
  ])('%s has cue %j', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each<[string, string, string, Named]>([
    [
      'Assertions by the ministry that the dam is safe have been questioned.',
      'Assertions',
      'the ministry',
      true,
    ],
    [
      'The paper quoted a senior engineer as saying the bridge was unsafe.',
      'quoted',
      'a senior engineer',
      false,
    ],
  ])('%s: source of %j', (text, cue, source, named) => {
    expectCue(text, cue, source, named);
  });
});

describe('7. no cue where the word is not a reporting verb', () => {
  test.each([
    ['State transport officials closed the bridge on Monday.', 'State'],
    ['The grants go to state agencies and local charities.', 'state'],
    ['The foreign ministry summoned the ambassador, state media reported.', 'state'],
    ['The treasurer wrote herself 37 checks from the club account.', 'wrote'],
    ['The password was written on an index card taped to the monitor.', 'written'],
    ['The fee rose 40 percent, which is to say it nearly doubled.', 'say'],
    ['That said, the bridge may reopen in May.', 'said'],
    ['Having said that, the council has no money.', 'said'],
    ['“The rota works,” the nurse says. “That said, the pay is poor.”', 'said'],
    ['(That said, the pool stays open until May.)', 'said'],
    ['The quilts are stitched according to patterns her grandmother sketched.', 'according to'],
    ['Each loaf is baked according to recipes kept since 1890.', 'according to'],
    ['Prisoners were beaten and denied medical treatment, the report found.', 'denied'],
    ['The border guards denied entry to the reporters.', 'denied'],
    ['The rise was mostly explained by unusually cold weather.', 'explained'],
    ['Filming is paused until the review concludes.', 'concludes'],
    ['When the hearing concluded, the families wept.', 'concluded'],
    ['Internal emails show managers knew about the defect.', 'emails'],
    ['He wrote the software in 2019.', 'wrote'],
    ['Independent scientists say the results look promising.', 'promising'],
    ['Records show the company was cited twice last year for blocked exits.', 'cited'],
    ['The union agreed to the terms on Friday.', 'agreed'],
    ['Officials said the American demand that he be held accountable had not changed.', 'demand'],
    ['“I was like, whew, glad I didn’t get that question.”', 'question'],
    ['Dealers said demand was light, with most investors waiting for the jobs report.', 'report'],
  ])('%s has no cue %j', (text, wrong) => {
    expect(spans(text, 'attribution')).not.toContain(wrong);
  });
});

describe('7b. near misses of the wrong senses above stay cues', () => {
  test.each([
    ['“The rota works,” the nurse said. “The pay is poor.”', 'said'],
    ['“That, she said, was the end of it.”', 'said'],
    ['The quilts sell well, according to traders who know the patterns.', 'according to'],
  ])('%s has the cue %j', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe('8. a filing duty is no report; `her` as an object; coordinated participles', () => {
  test.each([
    ['Landlords must report rental income to the tax office by April.', 'must report'],
    ['She was charged with failing to report foreign income.', 'report'],
    ['Growers report earnings from the subsidy every spring.', 'report'],
    ['Councillors are required to report gifts worth more than £50.', 'report'],
  ])('%s has no cue %j', (text, wrong) => {
    expect(spans(text, 'attribution')).not.toContain(wrong);
  });

  test('a company reporting its own figures is still a cue', () => {
    expectCue(
      'The brewer reported income of $4 million for the quarter.',
      'reported',
      'The brewer',
      false,
    );
    expectCue('The brewer reported record earnings on Tuesday.', 'reported', 'The brewer', false);
  });

  test.each([
    [
      'A woman close to her said the singer had cancelled the tour.',
      'said',
      'A woman close to her',
    ],
    ['A spokesman for her told reporters she was resting.', 'told', 'A spokesman for her'],
    ['The nurse treating him said the wound was clean.', 'said', 'The nurse treating him'],
    [
      'The solicitors representing them added that an appeal was likely.',
      'added',
      'The solicitors representing them',
    ],
  ])('%s: %s by %j', (text, cue, source) => {
    expectCue(text, cue, source, false);
  });

  test.each([
    ['Her stated aim is to halve waiting lists.', 'stated'],
    ['The inquiry examined her alleged role in the sale.', 'alleged'],
    ['His lawyer questioned her reported remarks.', 'reported'],
  ])('%s has no cue %j (a participle before a noun)', (text, wrong) => {
    expect(spans(text, 'attribution')).not.toContain(wrong);
  });

  test('a participle joined by `and` to an earlier one shares its clause', () => {
    const text =
      'The governor defended the budget, arguing that the reserves were low, and saying that cuts were coming.';
    expectCue(text, 'arguing', 'The governor', true);
    expectCue(text, 'saying', 'The governor', true);
  });

  test('a person noun before a past form is its subject, not a noun with a reduced relative', () => {
    expectCue(
      'The minister defended the plan, saying it would cut queues.',
      'saying',
      'The minister',
      false,
    );
    expectCue(
      'The treasurer opposed the levy, warning that it would fail.',
      'warning',
      'The treasurer',
      true,
    );
  });

  test.each([
    ['A poll released Monday shows the senator trailing.', 'shows', 'A poll'],
    ['A survey published last week shows support falling.', 'shows', 'A survey'],
  ])('%s: a reduced relative ending in a time word', (text, cue, source) => {
    expectCue(text, cue, source, false);
  });

  test.each([
    ['Coach Quits, Says He Was Betrayed\n\nThe coach left on Monday.', 'Says', 'Coach'],
    ['Governor Vetoes Budget, Warns of Cuts\n\nThe governor acted late.', 'Warns', 'Governor'],
  ])('%s: a headline predicate after a comma shares the first subject', (text, cue, source) => {
    const hit = seen(text, 'attribution').find((h) => h.text === cue);
    expect(hit?.source).toBe(source);
  });

  test('an -ing modifier in a Title Case headline is no cue', () => {
    expect(
      spans('Inspectors Missed Warning Signs at Plant\n\nThe plant closed.', 'attribution'),
    ).not.toContain('Warning');
  });

  test('a wire credit line is no cue', () => {
    const text =
      'The port reopened.\n\nReporting by Nadia Orr; Editing by Paul Venn\n\nAdditional reporting by Ivo Hart.';
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test('a verb after an `as` aside does not head the first conjunct', () => {
    const text =
      'The regulator kept the cap in place on Monday, as expected by analysts, but warned that it could rise.';
    expectCue(text, 'warned', 'The regulator', true);
  });

  test.each([
    ['His deputy, Tomas Hill, said the audit was late.', 'His deputy, Tomas Hill'],
    [
      'The agency’s director, Grace Ward, told reporters the data was sound.',
      'The agency’s director, Grace Ward',
    ],
  ])('%s: a surname that is a place word still names', (text, source) => {
    const hit = seen(text, 'attribution')[0];
    expect(hit?.source).toBe(source);
    expect(hit?.named).toBe(true);
  });

  test('a thing that raises questions voices nothing', () => {
    expect(spans('The delay raised concerns among parents.', 'attribution')).toEqual([]);
    expectCue('Parents raised concerns about the delay.', 'raised concerns', 'Parents', false);
  });

  test.each([
    ['Prices fell, with traders saying demand was weak.', 'saying', 'traders'],
    [
      'The vote was delayed, with aides to the speaker saying more time was needed.',
      'saying',
      'aides to the speaker',
    ],
    [
      'The deal stalled, with people close to the bank warning that the price was too high.',
      'warning',
      'people close to the bank',
    ],
  ])('%s: an absolute `with` construction has its own subject', (text, cue, source) => {
    expect(seen(text, 'attribution').find((h) => h.text === cue)?.source).toBe(source);
  });

  test('a party and a dotted state between commas belong to the name', () => {
    expectCue(
      'Rep. Li Chen, R-S.C., told reporters the bill was dead.',
      'told',
      'Rep. Li Chen, R-S.C.',
      true,
    );
  });

  test.each([
    ['The trial, published Tuesday in the journal Renal Care, enrolled 900 patients.', 'published'],
    ['The gap could be explained by other factors, such as diet.', 'could be explained'],
  ])('%s has no cue %j', (text, wrong) => {
    expect(spans(text, 'attribution')).not.toContain(wrong);
  });

  test.each([
    ['An aide to the governor said the veto was certain.', 'said', 'An aide to the governor'],
    [
      'A spokesman to the family said the funeral would be private.',
      'said',
      'A spokesman to the family',
    ],
    [
      'Someone with knowledge of the deal said the price had dropped.',
      'said',
      'Someone with knowledge of the deal',
    ],
  ])('%s: the whole phrase is the source', (text, cue, source) => {
    expect(seen(text, 'attribution').find((h) => h.text === cue)?.source).toBe(source);
  });

  test('a statement phrase with a tail before its comma is the following subject’s', () => {
    expectCue(
      'In a statement to parents, the head teacher said the school would close.',
      'In a statement',
      'the head teacher',
      false,
    );
  });

  test('a verb of saying is no modifier in a noun phrase', () => {
    expect(spans('Police say gunman fled\n\nThe council met.', 'unnamed')).not.toContain(
      'Police say gunman',
    );
    expect(
      spans('A source at one of the leading clubs tells the Herald a deal is close.', 'unnamed'),
    ).toContain('A source at one of the leading clubs');
  });

  test('a permission withheld is no report', () => {
    expect(
      spans('This material may not be published, broadcast or redistributed.', 'attribution'),
    ).toEqual([]);
  });

  test.each([
    ['Those familiar with the talks say a deal is near.', 'Those familiar with the talks'],
    ['Those close to the striker say he wants to leave.', 'Those close to the striker'],
  ])('%s: `those` heads an anonymity formula', (text, phrase) => {
    expect(spans(text, 'unnamed')).toContain(phrase);
    expect(seen(text, 'attribution')[0]?.source).toBe(phrase);
  });

  test('an -ing adjective of a title is no participle', () => {
    const hit = seen(
      'In a memo, chief operating officer Lena Brandt wrote that cuts were coming.',
      'attribution',
    ).find((h) => h.text === 'wrote');
    expect(hit?.source).toContain('Lena Brandt');
    expect(hit?.named).toBe(true);
  });

  test('an absolute `with` construction may have a part of a group as its subject', () => {
    const hit = seen(
      'The board was split, with a minority warning that costs would rise.',
      'attribution',
    ).find((h) => h.text === 'warning');
    expect(hit?.source).toBe('a minority');
  });

  test('the second of two absolute constructions joined by `and` has its own subject', () => {
    const text =
      'The bill split the town, with landlords accusing the mayor of overreach and tenants arguing that rents were too high.';
    expect(seen(text, 'attribution').find((h) => h.text === 'arguing')?.source).toBe('tenants');
  });

  test.each([
    [
      'The study, published last month in the Journal of Sleep, found gaps in the data.',
      'published',
    ],
    ['The results were published Thursday in the journal Planetary Letters.', 'were published'],
    ['The rule is expected to be published in the gazette on Friday.', 'be published'],
    ['Reviewers on the forum discuss published research every week.', 'published'],
  ])('%s: a publication, no report', (text, wrong) => {
    expect(spans(text, 'attribution')).not.toContain(wrong);
  });

  test('a body that publishes a finding still reports it', () => {
    expectCue(
      'The ministry published figures showing a rise in arrests.',
      'published',
      'The ministry',
      true,
    );
  });

  test.each([
    [
      'Under questioning, the engineer accepted that the cracks were serious.',
      'accepted',
      'the engineer',
    ],
    ['The ministry denied that, saying no order was given.', 'saying', 'The ministry'],
  ])('%s: %s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((h) => h.text === cue)?.source).toBe(source);
  });

  test('accepting an offer reports nothing', () => {
    expect(spans('The club accepted the offer on Friday.', 'attribution')).toEqual([]);
  });
});

describe('9. `per` before a source, set off at the start of a clause', () => {
  test.each([
    [
      'The merger is off, per two people briefed on the talks.',
      'two people briefed on the talks',
      false,
    ],
    ['Per a draft seen by the Ledger, the bill caps rents.', 'a draft seen by the Ledger', false],
    ['The forward signed a new deal, per Radio Kestrel.', 'Radio Kestrel', true],
    ['The vote was delayed, per sources.', 'sources', false],
  ])('%s', (text, source, named) => {
    expectCue(text, text.startsWith('Per') ? 'Per' : 'per', source, named);
  });

  test('a rate or a share is no source', () => {
    for (const text of [
      'Tickets cost $40 per person.',
      'Profit rose 8 per cent in the year.',
      'The bank earned $2 per share.',
      'Cases rose to 12 per 100,000 residents.',
    ])
      expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('10. forecasts as beliefs: `anticipate`, `foresee` with a clause', () => {
  test('a clause makes them cues; a plain object does not', () => {
    expectCue(
      'Market watchers anticipate that rates will fall.',
      'anticipate',
      'Market watchers',
      false,
    );
    expectCue(
      'Few economists foresaw that the bank would fail.',
      'foresaw',
      'Few economists',
      false,
    );
    expect(spans('The shop anticipates strong demand this winter.', 'attribution')).toEqual([]);
  });
});

describe('11. `reject` with a claim as its object is a denial', () => {
  test('rejecting accusations, a view or suggestions is a cue', () => {
    expectCue('Kestrel rejected the accusations on Monday.', 'rejected', 'Kestrel', true);
    expectCue(
      'The ministry rejected suggestions that it had lobbied.',
      'rejected',
      'The ministry',
      true,
    );
  });

  test('rejecting an offer, an appeal or a plan is no cue, and a rejected group stays whole', () => {
    for (const text of [
      'The union rejected the offer.',
      'The court rejected the appeal.',
      'Voters rejected the plan.',
    ])
      expect(spans(text, 'attribution')).toEqual([]);
    expect(
      spans('A lawsuit was filed by a group of rejected applicants, who claim bias.', 'unnamed'),
    ).toEqual(['a group of rejected applicants']);
  });
});

describe('12. a publication is no report', () => {
  test.each([
    'Kessel falsified data in at least five published papers on memory.',
    'The inquiry’s report, published on Friday, runs to 90 pages.',
    'The letter will be reviewed and, if accepted, published alongside a reply.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution').filter((s) => s === 'published')).toEqual([]);
  });

  test('publishing a report that says something still reports it', () => {
    expectCue(
      'The paper published a report saying the deal was off.',
      'published',
      'The paper',
      true,
    );
  });
});

test('finding evidence or signs of something is a finding; finding a thing is not', () => {
  expectCue(
    'The auditors found no evidence that funds were moved.',
    'found',
    'The auditors',
    false,
  );
  expect(spans('Police found the car abandoned near the river.', 'attribution')).toEqual([]);
});

describe('13. `put` as a way of saying or an estimate', () => {
  test('"as one trader put it" and "puts the cap at" are cues', () => {
    expectCue('As one trader put it, the market is broken.', 'put', 'one trader', false);
    expect(spans('Turnout was put at 61 percent.', 'attribution')).toEqual(['put']);
    expect(
      spans('A forecast by the consultancy puts the cap at 1,840 crowns a year.', 'attribution'),
    ).toEqual(['puts']);
  });

  test('putting things somewhere is no cue, and "it was put to members" is no impersonal passive', () => {
    for (const text of ['She put the book on the table.', 'He put it in the drawer.'])
      expect(spans(text, 'attribution')).toEqual([]);
    expect(spans('The offer was final before it was put to members.', 'agentless')).toEqual([
      'was put',
    ]);
  });
});

test('"put the number closer to 30" is an estimate; a chair put closer to the window is not', () => {
  expect(spans('A rescue worker put the number closer to 30.', 'attribution')).toEqual(['put']);
  expect(spans('She put the chair closer to the window.', 'attribution')).toEqual([]);
});

test('"Another said" is a cue with its subject: a determiner standing alone for one more source', () => {
  expectCue(
    'One delegate said the cut was agreed. Another said two members had resisted.',
    'said',
    'One delegate',
    false,
  );
  const found = seen(
    'One delegate said the cut was agreed. Another said two members had resisted.',
    'attribution',
  );
  expect(found.map((f) => f.source)).toEqual(['One delegate', 'Another']);
  expect(spans('The said company owns the premises.', 'attribution')).toEqual([]);
});

test('concerns raised in the passive are a cue whose agent after `by` is the source', () => {
  expectCue(
    'Concerns about the images were first raised by a reader in 2019.',
    'Concerns about the images were first raised',
    'a reader',
    false,
  );
  expect(spans('Questions were raised about the data.', 'attribution')).toEqual([
    'Questions were raised',
  ]);
  expect(spans('The barrier was raised by the guard.', 'attribution')).toEqual([]);
  expect(spans('Funds were raised by the club.', 'attribution')).toEqual([]);
});

test('a concern raised by someone, the reduced passive, is a cue whose agent is the source', () => {
  // (the span holds the noun, which carries the worry, as the full passive's does)
  expectCue(
    'A concern raised by one juror was never answered.',
    'concern raised',
    'one juror',
    false,
  );
  expectCue(
    'Doubts raised by two jurors were never answered.',
    'Doubts raised',
    'two jurors',
    false,
  );
  expect(spans('Money raised by the club paid for the roof.', 'attribution')).toEqual([]);
});
