import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Invented sentences: states that look like passives, and passives of the same words.

describe('people of one mind: "we are agreed"', () => {
  test.each([
    'We are agreed on the need for a new bridge.',
    'They were all agreed that the fares were too high.',
    'Everyone was agreed by the end of the evening.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test('a deal someone made stays a passive', () => {
    expect(spans('The new rota was agreed without the nurses.', 'agentless')).toEqual([
      'was agreed',
    ]);
  });
});

describe('a stative participle at a step of the story: "was later closed"', () => {
  test.each([
    ['The footbridge was later closed to cyclists.', ['was later closed']],
    ['The farmhouse was eventually sold at auction.', ['was eventually sold']],
    ['A new hearing date was subsequently set.', ['was subsequently set']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });

  test('the present stays a state', () => {
    expect(spans('The cafe is temporarily closed.', 'agentless')).toEqual([]);
  });
});

describe('a name that honours someone; harm a gale does', () => {
  test.each([
    'The new ward is named after a nurse who died in the pandemic.',
    'Two old oaks were uprooted in the gale.',
    'Several sheds were flattened during the thunderstorm.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test('the act of naming in the past stays a passive', () => {
    expect(spans('The ferry was renamed in 2019.', 'agentless')).toEqual(['was renamed']);
  });
});

describe('"left" as someone leaving a person or thing somewhere or in some state', () => {
  test.each([
    ['An elderly patient was left on a trolley for nine hours.', ['was left']],
    ['Patients were left on trolleys in the corridor.', ['were left']],
    ['Thousands of files were left exposed on a public server.', ['were left']],
    ['Tenants were left to clear the mould themselves.', ['were left']],
    ['Two riders were left off the team sheet.', ['were left']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });

  test.each([
    'Only three seats were left.',
    'Supporters were left heartbroken.',
    'The family was left with a bill of £900.',
    'The shares being left behind in the old company are worth $2 billion.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('a stative participle closed for a span of time is an act', () => {
  test.each([
    ['The motorway was closed for nearly six hours.', ['was closed']],
    ['The pool was shut for three weeks.', ['was shut']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });

  test('the present stays a state', () => {
    expect(spans('The pool is closed for two weeks.', 'agentless')).toEqual([]);
  });
});
