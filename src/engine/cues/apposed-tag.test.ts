import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a quotation, then its speaker with a role in apposition, then the verb', () => {
  test.each([
    ['"The pier will reopen," Ana Ruiz, a spokeswoman for the council, added.', 'added'],
    ['"Nobody asked us," Tom Field, the harbour master, snapped.', 'snapped'],
    ['"The cuts go too far," Ines Caro, a union official, insisted.', 'insisted'],
  ])('%s', (text, cue) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBeTruthy();
  });

  test.each([
    'The pier, a listed building, continued to decay.',
    '"Pier" is the name, and the crowd, a mix of locals, laughed.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
