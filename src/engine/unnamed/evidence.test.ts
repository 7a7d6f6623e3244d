import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('tests with no one named in them that find something are an unnamed document', () => {
  test.each([
    ['The agency said early tests pointed to a leak from the treatment works.', 'tests'],
    ['Further tests have since confirmed the presence of E. coli in the tank.', 'tests'],
    ['He was freed after new DNA tests linked the attack to another man.', 'new DNA tests'],
    [
      'Tests carried out on Friday found salmonella in three of the five samples, according to a report seen by the paper.',
      'Tests',
    ],
    ['The inspector said independent tests had shown the cables were faulty.', 'tests'],
    [
      'Residents were told that samples taken near the plant detected high levels of lead.',
      'samples',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // tests a `by` phrase gives a maker
    ['Officials said tests commissioned by the Harwick Water Board found no lead.', 'tests'],
    // tests met before or owned
    ['The ministry said the tests pointed to a faulty valve.', 'tests'],
    ['His autopsy revealed no sign of a struggle, the coroner said.', 'autopsy'],
    // a named body's acronym
    ['The union said BBC tests found nothing.', 'tests'],
    // tests that find nothing: another verb
    ['Officials said tests began on Monday and found nothing.', 'tests'],
    // a body's own regular checks
    [
      'Homes were told to boil water after routine tests detected E. coli, the utility said.',
      'tests',
    ],
    // a passive: what was done to them ("points" a noun)
    ['Samples were taken at eleven points along the river.', 'Samples'],
    // not the subject of its clause
    ['The lab ran further tests that found nothing.', 'tests'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('records the writer relies on to say who someone is are an unnamed document', () => {
  test.each([
    [
      'Three other men, described in court filings as a driver and two loaders, were also charged.',
      'court filings',
    ],
    ['The witness is identified in court papers only as Witness A.', 'court papers'],
    [
      'The landlord, named in council records as a holding company, did not respond.',
      'council records',
    ],
    [
      'The owner, which was identified by the Ledger through company records, declined to comment.',
      'company records',
    ],
    ['The buyer was listed in land registry documents as a trust based abroad.', 'documents'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // records that only fail to name
    ['The driver, who is not named in court filings, has left the country.', 'filings'],
    // no `as` after an `in` phrase: what the records hold is not said
    ['The payments were described in court filings filed last year.', 'filings'],
    // a determiner: records met before or owned
    ['The trust is listed in its own accounts as a charity.', 'accounts'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe("a court's modifier does not make the parties' filings the court's", () => {
  test.each([
    [
      'A jury at Orlen High Court convicted him on Friday. The court heard that the two men had argued. According to court filings, a witness saw a man running.',
    ],
    [
      'He appeared at Dunmore District Court on Monday. The court heard he had no passport. According to court papers, he had lived abroad for a decade.',
    ],
  ])('%s', (text) => {
    expect(cueSource(text, 'According to')?.[1]).toBe(false);
  });
});

describe('a recording mentioned again and weighed for what it shows is an unnamed document', () => {
  test.each([
    ['Clips spread quickly. The footage does not show who fired first.', 'The footage'],
    [
      'Photos circulated on Monday. The pictures, which were shared widely, allegedly show the minister at the party.',
      'The pictures',
    ],
    [
      'Residents filmed the blast. One video, which the agency has verified, appears to show a second strike.',
      'One video',
    ],
    ['The clip, filmed from a balcony, seems to show police charging the crowd.', 'The clip'],
    ['This recording did not show the start of the argument, the court heard.', 'This recording'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // only a depiction: not weighed
    ['The photo, taken at a family wedding, showed the couple smiling.', 'The photo'],
    // a poster the aside names
    [
      'The images, which were first shared by an account called "leakking," appear to show the phone.',
      'The images',
    ],
    ['The video, which was posted by Ana Ruiz, appears to show the crash.', 'The video'],
    // not opening its sentence
    ['Critics said the footage appears to show a cover-up.', 'footage'],
    // owned
    ["The ministry's video appears to show the strike.", 'video'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('unspecified measurements a finding stands in are an unnamed document', () => {
  test.each([
    ['The Greens, who are ahead in most polls, want an early vote.', 'most polls'],
    ['The supplement has been linked to better sleep in earlier small studies.', 'studies'],
    ['The new chip trails its predecessor in several tests.', 'several tests'],
    ['Support for the plan has fallen in recent surveys.', 'recent surveys'],
    ['The drug cut relapses by a third in some trials.', 'some trials'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // taking part, not finding
    ['About 400 patients took part in several trials.', 'trials'],
    // measurements met before
    ['The drug failed in the trials.', 'trials'],
    // a named pollster's
    ['The party leads in most Harwick Insights polls.', 'polls'],
    // not unspecified
    ['She has worked in clinical trials for a decade.', 'trials'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
