/**
 * A worry raised in the passive ("Concerns have also been raised", "Questions about the data were
 * first raised by a reader"): the noun carries what was voiced (decision 106) and the verb that
 * someone voiced it, so the cue spans both, from the noun's phrase to the participle; the agent
 * after `by` is its source, and the verb group alone stays the agentless passive.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a worry raised in the passive is one cue from the noun to the verb', () => {
  test.each([
    [
      'Concerns have also been raised about traffic on the bypass.',
      'Concerns have also been raised',
    ],
    ['Questions have been raised before.', 'Questions have been raised'],
    ['Doubts were raised about the count at the time.', 'Doubts were raised'],
    ['Worries were raised about the side effects of the drug.', 'Worries were raised'],
    ['Misgivings were raised over the timing of the sale.', 'Misgivings were raised'],
    ['Fears had been voiced that the dam would fail.', 'Fears had been voiced'],
    ['Objections were raised that the hall was too small.', 'Objections were raised'],
    [
      'Staff said concerns about the rota had been raised with managers in May.',
      'concerns about the rota had been raised',
    ],
    ['Several nurses said their concerns were raised in writing.', 'their concerns were raised'],
    [
      'Questions are also being raised about why the gates were shut.',
      'Questions are also being raised',
    ],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test('the by-agent is the source, and the agentless passive is the verb group', () => {
    const text = 'Doubts about the survey were first raised by a neighbour in 2021.';
    const cue = seen(text, 'attribution').find((c) => c.text.startsWith('Doubts'));
    expect(cue?.text).toBe('Doubts about the survey were first raised');
    expect(cue?.source).toBe('a neighbour');
    expect(spans(text, 'agentless')).toEqual([]);
    expect(spans('Concerns were raised about the bridge.', 'agentless')).toEqual(['were raised']);
  });

  test.each([
    'The barrier was raised by the guard.',
    'Funds were raised by the club for the new roof.',
    'Bus fares have been raised by ten percent.',
    'The children were raised by their grandmother.',
  ])('no cue when nothing voiced is raised: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a problem raised, or a quotation opening on what was raised, is voicing it', () => {
  test.each([
    ['He said he had raised the problem with the council twice.', 'had raised the problem'],
    ['The problems were first raised on a forum for scientists.', 'The problems were first raised'],
    [
      'The firm said it had raised "serious concerns about errors" in May.',
      'had raised "serious concerns',
    ],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The storm raised problems for the ferry company.',
    'Rising costs have raised problems for small farms.',
    'The crane raised the problem beam off the deck.',
  ])('a thing that raises a problem voices nothing: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test('quoted words raised by a thing are not voiced by it', () => {
    const text = 'A lawyer said the findings raised "serious questions about the count".';
    expect(spans(text, 'attribution')).toEqual(['said']);
  });
});

describe('a part of the worries raised', () => {
  test.each([
    ['Tenants raised many of these concerns with the landlord in 2021.', 'Tenants'],
    ['Two governors voiced some of the same doubts.', 'Two governors'],
  ])('%s', (text, source) => {
    expect(seen(text, 'attribution').map((c) => c.source)).toContain(source);
  });

  test.each([
    // money and levels are raised, not voiced
    'The club raised some of the money from supporters.',
    'The bank raised most of its rates in March.',
  ])('not: %s', (text) => {
    expect(seen(text, 'attribution')).toEqual([]);
  });
});

describe('raising an idea or a subject', () => {
  // session 41: "has raised the idea of a shorter lease" is decision 57's "raised concerns", a
  // talk verb with a stated topic (point 291)
  test.each([
    ['The landlord has raised the idea of a shorter lease.', 'The landlord'],
    ['She raised the subject with the minister in May.', 'She'],
  ])('%s', (text, source) => {
    const cue = seen(text, 'attribution')[0];
    expect(cue?.text).toMatch(/raised the (idea|subject)$/);
    expect(cue?.source).toBe(source);
  });

  test.each([
    'The charity raised money for the new roof.',
    'Higher rates raised the risk of default.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
