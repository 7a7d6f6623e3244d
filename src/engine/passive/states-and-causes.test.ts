import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Invented sentences: states of mind, conditions and results that look like passives, natural
// causes, and passives of the same words that stay acts (ANNOTATION.md section 3; decisions 42,
// 73, 108, 114, 129).

describe('a state of mind, not a telling', () => {
  test.each([
    'Not all the shopkeepers are reassured.',
    'Few of the fishermen were tempted.',
    'The pensioners were offended.',
    'The rookies were humbled.',
    'Some of the guests were taken aback.',
    // (session 49: falling ill, and being drawn into a muddle)
    'Four walkers have been taken ill after drinking from the stream.',
    'Dozens of drivers were caught up in the confusion.',
    // (a market's expectation, a panel of two minds, a mood of acceptance)
    'Investors had been braced for a bigger rise.',
    'Dealers said the tariff had already been priced in.',
    'The committee was deadlocked for most of the day.',
    'The coalition was united on the budget.',
    'Fans were resigned to another season in the second tier.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    // a telling with its content (decision 73), and a feeling someone pushed them into
    [
      'Tenants were reassured that the boiler would be fixed.',
      ['were reassured', 'would be fixed'],
    ],
    ['Patients were reassured their appointments would go ahead.', ['were reassured']],
    ['The shop owner was spooked into selling.', ['was spooked']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });
});

describe('the condition of a road, a supply or a booking', () => {
  test.each([
    'The high street had been "gridlocked" all morning.',
    'The coast road was congested.',
    'Tap water may be discoloured for a day.',
    'Traffic was snarled up for miles.',
    'The hostel is booked up.',
    'The ferry was fully booked.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['The mistake was covered up.', ['was covered']],
    ['The complaint was mislaid.', ['was mislaid']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });
});

describe('"still" or "already": the condition a thing was found in', () => {
  test.each([
    'The ward lights were still switched on.',
    'The platform was still occupied.',
    'The coast road was still closed on Sunday.',
    'The valves were already turned off.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    // the act before, in the perfect; the act at a time
    ['The lights had already been switched off.', ['had already been switched']],
    ['The gas was switched off on Monday.', ['was switched']],
    ['The coast road was closed on Sunday.', ['was closed']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });
});

describe('what events left people with; neglect for a span of time', () => {
  test.each([
    'Many tenants were left with nothing.',
    'Farmers have been left with no choice.',
    'Thousands of flats have been left without heating since the fire.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['Residents had been left without heating for three days.', ['had been left']],
    ['The old men were left without food overnight.', ['were left']],
    ['The clinic had been left with one doctor.', ['had been left']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });
});

describe('harm a force does (decision 42)', () => {
  test.each([
    'Several farms were cut off after the mudslide.',
    'Two lanes were washed away.',
    'The shed was blown down.',
    'A caravan was engulfed as the wildfire spread.',
    'The lifeboat station was spared when the storm hit.',
    'Three sheds were buried in the rockfall.',
    'The dunes could be overtopped at high tide.',
    'Orchards were damaged by frost.',
    'Apple blossom was damaged in a late frost.',
    'Whole herds were wiped out.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    // no force named, a purpose, a budget, or people's violence
    ['The grant was cut off in May.', ['was cut']],
    ['After the floods, funding was cut to £2m.', ['was cut']],
    ['After the storms, the cables were buried to protect them.', ['were buried']],
    ['The old cottage was spared.', ['was spared']],
    ['Whole villages were wiped out in the fighting.', ['were wiped']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });
});

describe('finding out left undone, a refusal, a design meant for a purpose (decision 129)', () => {
  test.each([
    ['The cause of the crash has not been determined.', ['has not been determined']],
    ['The amount is yet to be determined.', ['be determined']],
    ['The family was refused entry.', ['was refused']],
    ['Critics say the change was designed to help the incumbent.', ['was designed']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });

  test.each([
    'The volunteers are determined to rebuild.',
    'The sluice is designed to hold back spring tides.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('negated contractions read as `is not`, `was not`', () => {
  test.each([
    "The pension scheme isn't broken.",
    "The vaccine isn't approved for babies.",
    "The ballot papers aren't signed.",
    "The chapel wasn't built in 1780.",
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ["The bypass wasn't closed on Sunday.", ["wasn't closed"]],
    ["The driver isn't named in the report.", ["isn't named"]],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });
});

describe('a degree of harm over an intensifier; a result over a quotation', () => {
  test.each([
    'Small bakeries have been hit even harder.',
    'Tenants were hit particularly hard.',
    'Farmers say they have been left with "nothing that works".',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});
