/**
 * A personal passive of regarding or viewing with `as` and no agent credits a view to regarders
 * the text leaves open (DECISIONS point 324): the passive is `agentless` and the verb a cue.
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

describe('regarded or viewed as, the regarders left open', () => {
  test.each([
    ['Their street was regarded as a flood risk for years.', 'regarded', 'was regarded'],
    ['The bridge is now viewed as unsafe.', 'viewed', 'is now viewed'],
    ['The depot had been regarded as a likely target.', 'regarded', 'had been regarded'],
  ])('%s', (text, cue, passive) => {
    expect(spans(text, 'attribution')).toContain(cue);
    expect(spans(text, 'agentless')).toContain(passive);
    expect(sourceText(text, cue)).toBeNull();
  });
});

describe('no view credited', () => {
  test.each([
    'Regarding the plan, the mayor said nothing new.',
    'The river can be viewed from the bridge.',
    'The paintings were viewed by thousands of visitors.',
  ])('%s', (text) => {
    const cues = spans(text, 'attribution');
    for (const w of ['regarded', 'viewed', 'Regarding']) expect(cues).not.toContain(w);
  });
});
