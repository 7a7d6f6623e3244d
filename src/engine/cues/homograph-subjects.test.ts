import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

// Verbs that also read as nouns ("fear", "blames", "asks", "disputes") after a subject the noun
// classes do not list: the construction around them shows the verb.

describe('a quantifier standing alone for people is the subject of a base form', () => {
  test.each([
    ['Growers say yields fell, and some fear the harvest will be lost.', 'fear', 'some'],
    ['Drivers lost a week of work, and many blame the new rota.', 'blame', 'many'],
    ['The canteen reopened in May, but others claim the menu was cut.', 'claim', 'others'],
  ])('%s', (text, cue, source) => {
    expect(spans(text, 'attribution')).toContain(cue);
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    ['The floods left some fear in the village.', 'fear'],
    ['The rota drew some blame from drivers.', 'blame'],
    ['Some claim to have seen the lights.', 'claim'],
  ])('not a quantifier of a noun: %s', (text, cue) => {
    expect(spans(text, 'attribution')).not.toContain(cue);
  });
});

describe('a question clause is taken only by a verb', () => {
  test.each([
    ['A listener asks whether the toll applies to bicycles.', 'asks'],
    ['Some in the valley question whether the dam can be saved.', 'question'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([['The inquiry raised questions whether the fund was run well.', 'questions']])(
    'not after a verb: %s',
    (text, cue) => {
      expect(spans(text, 'attribution')).not.toContain(cue);
    },
  );
});

describe('a determiner of one thing takes no plural compound', () => {
  test.each([
    ['Each club blames the other for the cancelled fixture.', 'blames', 'Each club'],
    ['Ferries halted as each operator blames the weather', 'blames', 'each operator'],
  ])('%s', (text, cue, source) => {
    expect(spans(text, 'attribution')).toContain(cue);
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([['Each year disputes over parking fill the council agenda.', 'disputes']])(
    'not: %s',
    (text, cue) => {
      expect(spans(text, 'attribution')).not.toContain(cue);
    },
  );
});

describe("the verb's own words quoted, its object after the quotation", () => {
  test('"strongly disputes" the allegations', () => {
    const text = 'His lawyer said the builder "strongly disputes" the allegations.';
    expect(spans(text, 'attribution')).toContain('disputes');
  });
});

describe("a comparison's standard is what its subject says (decision 365)", () => {
  test.each([
    ['Few believe the market is as large as promoters claim.', 'claim'],
    ['The repair bill will be far higher than the council admits.', 'admits'],
    ['The queue is longer than organisers say.', 'say'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe('a present verb coordinated after the content of a first (decision 64)', () => {
  test.each([
    ['The trust says waiting times have fallen and blames the winter for the rise.', 'blames'],
    ['She says the fee is legal and disputes the figures in the audit.', 'disputes'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([['Bridge tolls and disputes over parking fill the agenda.', 'disputes']])(
    'not plural nouns: %s',
    (text, cue) => {
      expect(spans(text, 'attribution')).not.toContain(cue);
    },
  );
});
