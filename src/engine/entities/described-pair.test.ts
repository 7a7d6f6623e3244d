import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { joints } from '../test-helpers';

describe('a joint source of two descriptions joined by "and"', () => {
  test('each description is a member of its own', () => {
    expect(joints('The ministry and the police said the road was closed.')[0]?.[2]).toEqual([
      'The ministry',
      'the police',
    ]);
    expect(
      joints('The agency and its partner agency said the launch would go ahead.')[0]?.[2],
    ).toEqual(['The agency', 'its partner agency']);
  });

  test('a description that refers back to a named body is that body', () => {
    const rows = joints(
      'The Lunar Office said the launch would go ahead. The agency and its partner agency said the rocket was ready.',
    );
    expect(rows[1]?.[2]).toEqual(['Lunar Office', 'its partner agency']);
  });

  test('a later mention of one of them is that member, not the pair', () => {
    const text =
      'The ministry and the police said the road was closed. The police said it would reopen.';
    const findings = analyze(text, { kinds: ['attribution'] });
    const members = findings[0]?.source?.entity?.members ?? [];
    expect(findings[1]?.source?.entity?.id).toBe(members[1]?.id);
  });

  test('the same words credited by several cues are one pair', () => {
    const text =
      'Two officials and a diplomat, who spoke on condition of anonymity, said the talks had stalled.';
    const ids = analyze(text, { kinds: ['attribution'] }).map((f) => f.source?.entity?.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(1);
  });

  test('the finding keeps its source words and namedness', () => {
    const text = 'The ministry and the police said the road was closed.';
    const source = analyze(text, { kinds: ['attribution'] })[0]?.source;
    expect(text.slice(source!.start, source!.end)).toBe('The ministry and the police');
    expect(source?.named).toBe(false);
  });

  test.each([
    // one phrase: no second description after "and"
    ['Police and firefighters said the road was closed.'],
    // a name and a description: personPair's or one person's
    ['Mara Lind and her family said they were relieved.'],
    // one description with "and" inside it
    ['The head of research and development said the drug worked.'],
  ])('no members: %s', (text) => {
    expect(joints(text)[0]?.[2]).toEqual([]);
  });
});
