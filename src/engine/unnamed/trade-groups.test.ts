import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a bare plural trade that did something specific is people the story does not name', () => {
  test.each([
    ['Plumbers stormed the council offices on Tuesday.', 'Plumbers'],
    ['Angry farmers blocked the road outside the depot on Sunday night.', 'Angry farmers'],
    ['Local midwives have launched a petition against the closure.', 'Local midwives'],
    ['Dockworkers at the port of Brell walked off the job, a union official said.', 'Dockworkers'],
    ['Electricians occupied the site until the wages were paid.', 'Electricians'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // the workforce a story is about, credited with nothing, or a report in another sense
    ['Drivers reported for their first shifts under the new timetable.', 'Drivers'],
    ['Teachers must report to their schools by 7:15.', 'Teachers'],
    // a named speaker's own people, or a remark in a named speaker's quotation
    [
      'Electricians have voted to accept the offer, the Allied Trades Union announced.',
      'Electricians',
    ],
    ['"Plumbers have carried enough," she told the conference.', 'Plumbers'],
    ['Nurses worked through the night, said Dr. Ines Falk.', 'Nurses'],
    // a name
    ['Rangers have now conceded 27 goals this season.', 'Rangers'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a trade in what a speaker who is not named tells of is people the story does not name', () => {
  test.each([
    ['The report said plumbers had ignored repeated warnings about the wall.', 'plumbers'],
    ['An internal review said electricians had bypassed the fuse boxes.', 'electricians'],
    [
      'A former manager who asked not to be named said technicians had skipped the safety checks.',
      'technicians',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a named speaker's own people (decision 65)
    ['She said technicians had skipped the safety checks.', 'technicians'],
    ['The chief executive, Dr. Ana Lind, said nurses had worked through the night.', 'nurses'],
    ['The workshop said plumbers had fixed the leak, according to Tomas Berg.', 'plumbers'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe("in the writer's voice, a trade's own act beyond its routine work is its own", () => {
  test.each([
    ['Local carpenters have launched a petition against the plan.', 'Local carpenters'],
    ['Angry welders blocked the road outside the plant.', 'Angry welders'],
    // decision 99's bare plural that does something specific; decision 185's workforce in a
    // dispute, at every mention
    ['Nurses walked out of the hospital on Tuesday after a row over rotas.', 'Nurses'],
    ['Engineers had falsified the results of the safety tests.', 'Engineers'],
    ['Bus drivers walked out over pay on Monday.', 'Bus drivers'],
    ['Tram drivers voted to accept the offer.', 'Tram drivers'],
    ['Dockers at the port of Varne dumped the cargo into the harbour.', 'Dockers'],
    ['Pilots were refusing to fly the aircraft until the fault was fixed.', 'Pilots'],
    ['Cameramen have been filming inside the camp since dawn.', 'Cameramen'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // its routine work (decision 70), a present trend
    ['Engineers worked through the night to restore power.', 'Engineers'],
    ['Ushers opened the doors at seven.', 'Ushers'],
    ['Nurses are leaving the profession in record numbers.', 'Nurses'],
    ['Investors reacted with relief to the ruling.', 'Investors'],
    ['The hospital said doctors had been writing fewer prescriptions.', 'doctors'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
