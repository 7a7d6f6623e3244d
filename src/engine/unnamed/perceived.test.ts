import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('people seen or shown doing something', () => {
  test.each([
    ['Doorbell camera footage shows two men carrying a safe out of the house.', 'two men'],
    [
      'Witnesses said they saw a woman in a red coat running from the scene.',
      'a woman in a red coat',
    ],
    ['A clip shared online appears to show a soldier kicking a detainee.', 'a soldier'],
    ['Neighbours heard a man shouting at about midnight.', 'a man'],
    [
      'Passengers watched several masked supporters spraying paint across the carriages.',
      'several masked supporters',
    ],
    ['The drone filmed armed men loading crates onto a lorry.', 'armed men'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a victim or a state, not an act
    ['The footage shows a man lying motionless on the pavement.', 'man'],
    ['Pictures show a man being led away in handcuffs.', 'man'],
    // a class in general
    ['Polls show voters backing the plan by a wide margin.', 'voters'],
    // someone already known
    ['The video shows the couple dancing at their wedding.', 'couple'],
    // no participle: what the picture shows, not someone acting
    ['The photograph shows a man in a grey suit.', 'man'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('the subject of an absolute clause after "with"', () => {
  test.each([
    ['Shares fell 4 percent, with several large funds dumping the stock.', 'several large funds'],
    ['The meeting ran late, with two councillors demanding a recount.', 'two councillors'],
    ['Traffic stopped for an hour, with a lorry driver blocking both lanes.', 'a lorry driver'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    ['Sales slowed, with prices rising for a third month.', 'prices'],
    ['The strike went ahead, with the union saying talks had failed.', 'union'],
    ['The vote was close, with two councillors absent.', 'councillors'],
    ['Power was cut to the estate, with many residents having no heating.', 'residents'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
