import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

// Everyday nouns for people, bodies and documents across news beats (actor-nouns.json): each
// sentence is one the engine missed while the word was in no class.

describe('people known by a trade or calling who act', () => {
  test.each([
    ['A farmer found the missing dog in his barn.', 'A farmer'],
    ['A vicar led prayers for the missing boy.', 'A vicar'],
    ['A gamekeeper found the injured deer in the woods.', 'A gamekeeper'],
    ['A lifeboat crewman pulled the swimmer from the water.', 'A lifeboat crewman'],
    ['An imam urged calm after the attack.', 'An imam'],
    ['A pundit predicted the team would be relegated.', 'A pundit'],
    ['A colonel said the troops would withdraw.', 'A colonel'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('a bare plural trade credited with nothing is still the workforce, not actors', () => {
    expect(spans('Stewards opened the gates early to ease the crush.', 'unnamed')).toEqual([]);
  });
});

describe('offenders and crowds the tabloids name by what they did', () => {
  test.each([
    ['Yobs smashed the windows of the bus shelter on Friday night.', 'Yobs'],
    ['Fraudsters stole the savings of dozens of pensioners.', 'Fraudsters'],
    ['Vandals have daubed graffiti on the war memorial.', 'Vandals'],
    ['Hooligans threw flares onto the pitch during the second half.', 'Hooligans'],
    ['Muggers snatched her handbag as she walked home.', 'Muggers'],
    ['A sleuth tracked the stolen painting to a gallery in Paris.', 'A sleuth'],
    ['Poachers killed two rhinos in the reserve last week.', 'Poachers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toEqual([want]);
  });
});

describe('people known by a tie, an age or a pastime who speak', () => {
  // a capitalised plural opening a sentence is a kind of people, not a name
  test.each([
    ['Passers-by said the driver was going too fast.', 'Passers-by'],
    ['Pilgrims said the shrine had been closed without warning.', 'Pilgrims'],
    ['Newlyweds said the hotel had cancelled their booking.', 'Newlyweds'],
    ['Grandchildren said the care home had ignored their letters.', 'Grandchildren'],
    ['Kids said the coach had shouted at them.', 'Kids'],
    ['Schoolchildren said the bus driver was on his phone.', 'Schoolchildren'],
    ['Ex-wives of the banker said he had hidden his money.', 'Ex-wives of the banker'],
  ])('%s', (text, want) => {
    const said = seen(text, 'attribution')[0];
    expect(said?.source).toBe(want);
    expect(said?.named).toBe(false);
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    ['The tip came from a punter who had lost money.', 'a punter'],
    ['Several diners are said to have fallen ill after the meal.', 'Several diners'],
  ])('whom a tip came from, people a hedge reports acting: %s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});

describe('bodies that speak without being named', () => {
  test.each([
    ['Several colleges have reportedly scrapped their evening classes.', 'Several colleges'],
    ['A quango warned ministers that the scheme would fail.', 'A quango'],
    ['A think tank said the tax would raise little.', 'A think tank'],
    ['A regional newspaper reported that the plant would close.', 'A regional newspaper'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('a body only mentioned is no actor', () => {
    expect(spans('She worked at a think tank before entering politics.', 'unnamed')).toEqual([]);
  });
});

describe('documents and recordings relied on without an issuer', () => {
  test.each([
    ['A logbook kept by the crew, seen by the newspaper, shows the ship was late.', 'A logbook'],
    ['A leaflet distributed by the campaign claims the plan will cost jobs.', 'A leaflet'],
    ['Invoices seen by the newspaper show the firm was paid twice.', 'Invoices'],
    ['A database obtained by the newspaper shows thousands of claims.', 'A database'],
    ['Voicemails obtained by the paper show he threatened her.', 'Voicemails'],
    ['A clip shared on social media shows the brawl.', 'A clip'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('a clip or photo with no provenance is evidence, not a withheld source', () => {
    expect(spans('The clip shows the two men arguing.', 'unnamed')).toEqual([]);
    expect(spans('A photo of the scene shows the car on its roof.', 'unnamed')).toEqual([]);
  });
});

describe('titles without their holder', () => {
  test.each([
    ['A CFO at a rival bank said rates would fall.', 'A CFO at a rival bank'],
    ['A retired admiral said the fleet was too small.', 'A retired admiral'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('the holder the story means is not flagged', () => {
    expect(spans('The colonel said the troops would withdraw by May.', 'unnamed')).not.toContain(
      'The colonel',
    );
  });
});

describe('"passer-by" is a person noun like "passerby" and "passers-by"', () => {
  test.each([
    ['The cyclist was helped to his feet by a passer-by who called an ambulance.', 'a passer-by'],
    ['A passer-by filmed the crash on her phone.', 'A passer-by'],
    ['The fire was spotted by a passer-by shortly after midnight.', 'a passer-by'],
    ['One passer-by said the van had been parked there for days.', 'One passer-by'],
    ['The dog was rescued from the canal by a passer-by.', 'a passer-by'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });
});
