import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// `directorate` names a state body as `department` and `inspectorate` do (actor-nouns.json's
// organisations): an unnamed one that acts or is relied on is withheld; a named one, or one that
// only exists, is not.
describe('a directorate as a body', () => {
  test.each([
    ['A regional directorate has opened an inquiry into the contracts.', 'A regional directorate'],
    ['According to a health directorate, the wards were full by noon.', 'a health directorate'],
    ['Two directorates refused to release the figures.', 'Two directorates'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    ['The Fisheries Directorate said the quotas would stay.', 'The Fisheries Directorate'],
    ['The directorate was set up in 2019 with a staff of forty.', 'The directorate'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
