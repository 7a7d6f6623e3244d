import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a past form before prepositional phrases and a that-clause is the verb, no relative', () => {
  test.each([
    [
      'Brannock Tools, the region’s biggest drill maker, cautioned in a filing to the stock exchange that up to a fifth of its sales could vanish.',
      'cautioned',
      'Brannock Tools',
    ],
    [
      'Pell, who joined the club in June, insisted at a press conference on Friday that the squad still backed him.',
      'insisted',
      'Pell',
    ],
    [
      'A public inquiry concluded in 2021 that the ministry had been warned twice.',
      'concluded',
      'A public inquiry',
    ],
    [
      'Danish state radio reported on Sunday evening that a second ship had been seized.',
      'reported',
      'Danish state radio',
    ],
    [
      'The Tenants Union, which speaks for renters across the city, argued in a submission last month that rent caps would drive landlords away.',
      'argued',
      'The Tenants Union',
    ],
    [
      'The Allotment Society claimed in a letter to the mayor that gardeners were never asked.',
      'claimed',
      'The Allotment Society',
    ],
    [
      'The Tenants Union, a lobby group, estimated in a report on Friday that 20,000 renters would move.',
      'estimated',
      'The Tenants Union',
    ],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });

  test.each([
    // the participle of a preposition's object: the that-clause is the verb's before it
    [
      'The watchdog said in guidance published in April that schools "should not rely on software alone."',
      'published',
    ],
    // the clause's own verb comes before the that-clause
    ['A survey released in May by the Housing Trust found that rents had doubled.', 'released'],
    // `that` a determiner right after the preposition
    ['The figures reported in that period were revised.', 'reported'],
  ])('no cue %j', (text, cue) => {
    expect(spans(text, 'attribution')).not.toContain(cue);
  });
});
