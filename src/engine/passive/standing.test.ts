import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Invented sentences: each filter's case, and passives of the same shape that must stay.

describe('the present of a rule, a habit or a state', () => {
  test.each([
    'The vaccine is given as two injections a month apart.',
    'Written consent is required above that age.',
    'Night fishing is permitted only between May and August.',
    'The archive, which is housed in an old grain store, opens on Fridays.',
    'Most of the wheat is harvested in late July.',
    'The tournament is played every spring on grass.',
    'Heavy drinking is linked to a higher risk of stroke.',
    'The loans are secured against farmland.',
    'The next review is scheduled for 2031.',
    'The plant is also slated to make a new insulin.',
    'The two cases are not linked.',
    'The cheese is sold in most supermarkets.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    // the present of a charge, an instruction, a view or a ban still tells news
    ['The nurse is accused of falsifying records.', ['is accused']],
    ['Patients are urged to finish the course.', ['are urged']],
    ['The reform is seen as a test of the minister.', ['is seen']],
    ['The engineer is not named in the report.', ['is not named']],
    ['Reporters are barred from the quarantine zone.', ['are barred']],
    // (a characterisation before `as` + a label)
    ['Every new tax is billed as a one-off.', ['is billed']],
    ['The scheme is touted as a cure for congestion.', ['is touted']],
    // with an adverb of frequency, progressive, in the past or the perfect: acts
    ['Mild cases are often missed.', ['are often missed']],
    ['The two women are being questioned at a police station.', ['are being questioned']],
    ['The vaccine was given to staff first.', ['was given']],
    ['Consent has been required since March.', ['has been required']],
    // a headline's present narrates
    ['Farm payments are halted as fraud inquiry widens', ['are halted']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'agentless')).toEqual(expected);
  });
});

describe('opinion divided, circumstance, likelihood', () => {
  test.each([
    'Growers were split over the new quota.',
    'Doctors are split on whether to screen children.',
    'The panel was "split down the middle" on the question.',
    'Some farmers had been forced to sell their herds at a loss.',
    'Hundreds of families were forced from their homes.',
    'Clinics could be forced to close at weekends.',
    'Children near main roads were twice as likely to be prescribed an inhaler.',
    'Nappers were less likely to be diagnosed with dementia.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['The payments were split into sums below the limit.', ['were split']],
    ['The minister was forced out after the vote.', ['was forced']],
    // (an act of redress that someone demands, not circumstance)
    ['Last year the councillor was forced to apologise for the post.', ['was forced']],
    ['The MP was forced to repay 3,000 pounds in expenses.', ['was forced']],
    ['The farm was sold to a developer.', ['was sold']],
    ['The applicants were told to wait.', ['were told']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'agentless')).toEqual(expected);
  });
});

describe('infection, immunity, harm a market or nature does', () => {
  test.each([
    'At least twelve patients were infected with the resistant strain.',
    'His daughter had been infected and was recovering.',
    'Fewer than half of the children were fully vaccinated.',
    'Small growers have been hit hardest.',
    'Coastal towns would be hit hard.',
    'Rural clinics were badly hit.',
    'Young buyers are being priced out.',
    'Many investors were caught out.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['Hundreds of office computers were infected with ransomware.', ['were infected']],
    ['The courier was hit as he crossed the road.', ['was hit']],
    ['The market was hit twice on Sunday.', ['was hit']],
    ['The thief was caught on camera.', ['was caught']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'agentless')).toEqual(expected);
  });
});

describe('feelings and wear', () => {
  test.each([
    'The charity said it was "overjoyed" at the news.',
    'Residents were shaken and angry.',
    'Outside experts were encouraged but cautious.',
    'The railings in the yard were rusted.',
    'By August the maize was stunted and the soil parched.',
    'Reaction in the capital has been muted.',
    'She was blindsided.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['Farmers were encouraged to plant earlier.', ['were encouraged']],
    ['The shop owner was shaken down for protection money.', ['was shaken']],
    ['Staff were discouraged from reporting falls.', ['were discouraged']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'agentless')).toEqual(expected);
  });
});

describe('a natural force named a few sentences back or in the headline', () => {
  test('the headline names the fire', () => {
    const text =
      'Grass fire jumps river near Alder Creek\n\nCrews worked through the night. ' +
      'Deputies went door to door. Roads were closed at dawn. Residents left in cars. ' +
      'At least 30 barns have been destroyed, officials said.';
    expect(spans(text, 'agentless')).not.toContain('have been destroyed');
  });

  test('people who lit it keep the harm an act', () => {
    const text =
      'Arson attack on farm near Alder Creek\n\nCrews worked through the night. ' +
      'Deputies went door to door. Roads were closed at dawn. Residents left in cars. ' +
      'At least 30 barns have been destroyed, officials said.';
    expect(spans(text, 'agentless')).toContain('have been destroyed');
  });

  test('a storm in the sentence before outweighs a shooting in the headline', () => {
    const text =
      'Man shot outside shop on Route 4\n\nA man was shot late on Tuesday. ' +
      'Deputies are looking for a grey van. A reward has been offered. The search went on. ' +
      'A line of storms moved through overnight. Trees fell on Route 9. ' +
      'Several barns were damaged, officials said.';
    expect(spans(text, 'agentless')).not.toContain('were damaged');
  });
});

describe('none willing to be named', () => {
  test.each([
    'Neither would be identified because the talks were private.',
    'Neither aide was willing to be named.',
    'None of them agreed to be named.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['The winner would be named on Friday.', ['would be named']],
    ['Neither suspect has been identified.', ['has been identified']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'agentless')).toEqual(expected);
  });
});

describe('where a thing belongs, and what kind of thing it is', () => {
  test.each([
    'The two attaches were attached to the trade mission.',
    'Managers treated nurses as a cost to be cut.',
    'The memo described safety as "a cost centre to be optimised."',
    'For the board, the audit was a box to be ticked.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['The protesters were locked up overnight.', ['were locked']],
    ['He said he was confined to his home but was otherwise fine.', ['was confined']],
    ['She asked for a review to be held.', ['be held']],
    ['He wanted the plan to be approved.', ['be approved']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'agentless')).toEqual(expected);
  });
});

describe('what can be done: a possibility or an instruction to the reader, no act', () => {
  test.each([
    'Season tickets can be bought at the box office.',
    'Claims can be made online until March.',
    'The damage cannot be undone.',
    "The boy can't be named for legal reasons.",
    // (session 49: a rule or a demand, what ought to happen)
    'Objections must be lodged within 28 days.',
    'Campaigners said the sirens should be reinstalled.',
    'Under the code, ballots must not be photographed.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['The figures could not be verified.', ['could not be verified']],
    ['It can now be revealed that the deal collapsed.', ['It can now be revealed']],
    ['The families should have been warned.', ['should have been warned']],
    ['The key must have been copied.', ['must have been copied']],
  ])('the past and the impersonal stay: %s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });
});

describe('a need, a purpose or a count: no one performs it', () => {
  test.each([
    'Two more lifeguards were needed on the beach.',
    'The grant was intended for village halls.',
    'The home side were outnumbered in the stands.',
    'The concert was sold out within minutes.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('talk whose talkers the passive hides: "it is rumoured"', () => {
  test.each([
    ['It is rumoured the ferry will be sold.', ['It is rumoured']],
    ['The ferry, it is rumoured, will be sold.', ['it is rumoured']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(expect.arrayContaining(want));
  });
});

describe('session 43: who owns or trades a firm is a standing', () => {
  test.each([
    'Ardmoor, which is privately held, did not give figures.',
    'The chain, which is wholly owned, has forty shops.',
    'The lender is publicly traded in two markets.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['The talks were privately held in a hotel.', 'were privately held'],
    ['Ownership of the site was secretly transferred.', 'was secretly transferred'],
  ])('an act stays a passive: %s', (text, passive) => {
    expect(spans(text, 'agentless')).toContain(passive);
  });
});
