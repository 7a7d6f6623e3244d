/**
 * `label` as a verb of characterising (senses/speech.ts, like `brand`): "labelled the levy 'a
 * stealth tax'", "labelled the plan, which ..., as reckless" give a label, their subject the
 * source, and so does a passive with its by-agent (decisions 113 and 345: labelling "as" is a
 * required cue). Only its past and participle are the verb (`record labels` are firms), and a
 * thing's written label is no cue ("a box labelled 'Fragile'").
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('labelling something is a cue, its labeller the source', () => {
  test.each([
    ['Critics labelled the levy "a stealth tax".', 'labelled', 'Critics'],
    ['Opponents labeled the decision to approve the tower as reckless.', 'labeled', 'Opponents'],
    [
      'The senator labelled the plan, which a panel of judges drafted over two years, as "a betrayal".',
      'labelled',
      'The senator',
    ],
    ['The scheme was labelled "unworkable" by the auditors.', 'was labelled', 'the auditors'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    'For thirty years, a cardboard box labelled "Fragile, 1994" sat in the attic.',
    'The powder was hidden inside crates labelled as flour.',
    'Workers labelled the boxes before shipping.',
    'Three record labels have signed the deal.',
  ])('no cue: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

test('a relative clause between the object and its label', () => {
  const text = 'The union branded the offer, which came after six weeks of talks, "an insult".';
  expect(sourceText(text, 'branded')).toBe('The union');
});

describe('a present passive of labelling with no label is marking things, no act hidden', () => {
  test.each([
    'The new release gives users control over how chart axes are labeled.',
    'Each sample is labelled with its date.',
    'The cattle are branded every spring.',
  ])('%s', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test('with its label it is still a judgement: "is labelled \'unworkable\' by"', () => {
    expect(sourceText('The scheme is labelled "unworkable" by the auditors.', 'is labelled')).toBe(
      'the auditors',
    );
  });
});
