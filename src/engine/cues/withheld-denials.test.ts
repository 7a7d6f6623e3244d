import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('deny in the sense of withhold reports nothing', () => {
  test.each([
    'The magistrate denied him bail on Friday.',
    'The hotel denied service to guests who refused to wear masks.',
    'Or publishers can simply deny their service to users who block ads.',
    'The insurer denied coverage for the operation.',
    'The bank denied them a loan after the audit.',
  ])('not a cue: %s', (text) => {
    expect(spans(text, 'attribution')).not.toContain('denied');
    expect(spans(text, 'attribution').join('|')).not.toContain('deny');
  });

  test.each([
    ['The company denied the allegations to reporters.', 'denied'],
    ['The council denied the service had been cut.', 'denied'],
    ['She denied access had been restricted.', 'denied'],
    ['Both denied using its services.', 'denied'],
  ])('still a cue: %s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});
