/**
 * Session 31: more infinitives whose speaker is the clause's subject or is named by `for`: a
 * subject raised by `be expected to`, `is due to`, `is set to`; verbs of control in every form
 * (`likes to say`, `are trying to blame`, `plans to tell`); `came forward to say`; and `for X to
 * admit`. An infinitive of purpose or of a plan's content ("The aim is to tell") stays without
 * these.
 */
import { describe, expect, test } from 'vitest';
import { sourceText } from '../test-helpers';

describe('the speaker of an infinitive cue', () => {
  test.each([
    [
      'Ministers from six countries are expected to discuss the findings next month.',
      'discuss',
      'Ministers from six countries',
    ],
    ['Residents are due to tell the inspector that the figures were wrong.', 'tell', 'Residents'],
    ['The mayor likes to say that voters reward competence.', 'say', 'The mayor'],
    [
      'Some charities are trying to blame the government for the delays.',
      'blame',
      'Some charities',
    ],
    ['Two families came forward to say their babies had been harmed.', 'say', 'Two families'],
    [
      'The race ended, only for organisers to admit that the course was short.',
      'admit',
      'organisers',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test('someone waited or called for is not the speaker', () => {
    expect(
      sourceText('We were left waiting for some officials to tell us what happened.', 'tell'),
    ).toBeNull();
  });

  test('a plan is not the speaker of its content', () => {
    expect(sourceText('The aim is to tell residents about the risks.', 'tell')).not.toBe('The aim');
  });
});
