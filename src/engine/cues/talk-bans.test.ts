/**
 * A ban on talk is a rule about speaking, not speech (senses/speech.ts `silenced`): the talk verb
 * under it and the verb that lays it down credit nobody's words. Newsrooms state it as why a
 * source is anonymous (decisions 13, 97: no span); elsewhere it is an order at most (decision 73:
 * optional). Talk that is not banned stays a cue.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('talk under a ban, and the ban, are no cue', () => {
  test.each([
    [
      'A nurse, speaking on condition of anonymity because she was not authorised to talk to the press, said the wards were full.',
      ['talk'],
    ],
    [
      'A driver, who asked not to be named because drivers have been warned not to talk to the press, said the route was cut.',
      ['warned', 'talk'],
    ],
    [
      'Two porters spoke on condition of anonymity because staff have been told not to speak to the media.',
      ['told', 'speak'],
    ],
    [
      'A firefighter, whose contract bars her from talking to reporters, said crews were stretched.',
      ['talking'],
    ],
    [
      'Two guards, speaking anonymously because guards are barred from speaking to journalists, said the wing was locked.',
      ['speaking to journalists', 'speaking'],
    ],
    ['Staff were instructed not to discuss the closure with patients.', ['instructed', 'discuss']],
    [
      '"We were ordered not to mention it to anyone on the wards," one nurse said.',
      ['ordered', 'mention'],
    ],
  ])('%s', (text, banned) => {
    const found = spans(text, 'attribution');
    for (const b of banned) expect(found).not.toContain(b);
    // the source's own cue stays
    if (/ said/.test(text)) expect(found).toContain('said');
  });
});

describe('talk that is not banned stays a cue', () => {
  test.each([
    ['The minister will speak to reporters about the closure on Monday.', 'will speak'],
    ['She warned that staff would talk to the press if nothing changed.', 'warned'],
    ['Ruiz told reporters not to expect a deal before March.', 'told'],
    ['The mayor has agreed to talk to residents about the closure.', 'talk'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});
