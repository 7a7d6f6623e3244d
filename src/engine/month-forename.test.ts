import { describe, expect, test } from 'vitest';
import { analyze } from './analyze';

/** Per cue of `text`, its source's words and its entity's name. */
function sources(text: string): [string, string][] {
  return analyze(text, { kinds: ['attribution'] }).flatMap((f) =>
    f.source
      ? [
          [text.slice(f.source.start, f.source.end), f.source.entity?.name ?? ''] as [
            string,
            string,
          ],
        ]
      : [],
  );
}

describe('a month word that is a forename (Mar, Jun, April)', () => {
  test.each([
    [
      '"The archive was never catalogued," said Mar Ellery, a historian at the Tasman Institute.',
      'Mar Ellery',
    ],
    ['"We will appeal the ruling," said Jun Ortiz, a lawyer for the tenants.', 'Jun Ortiz'],
    ['April Kessel, who chairs the parish council, said the hall would close.', 'April Kessel'],
    ['Mar Ellery said the records had been lost in a flood.', 'Mar Ellery'],
  ])('%s: the source is the whole name', (text, name) => {
    expect(sources(text)).toEqual([[name, name]]);
  });

  test('the surname alone later is the same person', () => {
    expect(
      sources(
        'Jun Ortiz, a lawyer for the tenants, said the rent rise was unlawful. Ortiz said they would appeal.',
      ).map(([, entity]) => entity),
    ).toEqual(['Jun Ortiz', 'Jun Ortiz']);
  });

  test.each([
    'In March Ortiz said the rent rise was unlawful.',
    'Last June Ortiz said the rent rise was unlawful.',
    'Since March Ortiz has said the rent rise was unlawful.',
    'The tenants met on 3 Mar. Ortiz said the rent rise was unlawful.',
  ])('a month that is a date stays out of the name: %s', (text) => {
    expect(sources(text)).toEqual([['Ortiz', 'Ortiz']]);
  });
});
