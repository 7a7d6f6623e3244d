/**
 * A name after `the` and a noun for a kind of company (`the retailer Hartwell Brothers`, `the
 * insurer Ashdown`) is a firm, an organisation, whatever the shape of its name: the ledgers
 * listed such a firm as a person when its name read like one. A bare noun may be a person's trade
 * (`former retailer Rowan Hale`), and `the developer` a person's job as often. Every sentence is
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The entity type of the source of the first `said` in `text`, and its name. */
function sourceOf(text: string): [unknown, unknown] {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === 'said',
  );
  return [f?.source?.entity?.type, f?.source?.entity?.name];
}

describe('a name after the and a kind of company', () => {
  test.each([
    ['The retailer Hartwell Brothers said sales rose in March.', 'Hartwell Brothers'],
    ['The retailer Mason Lewis said it would close four stores.', 'Mason Lewis'],
    ['Prices will rise, said the insurer Ashdown.', 'Ashdown'],
    ['The carmaker Brandt said demand had fallen.', 'Brandt'],
  ])('%s', (text, name) => {
    expect(sourceOf(text)).toEqual(['organisation', name]);
  });

  test.each([
    // a trade before a person's name, without its article
    ['Former retailer Rowan Hale said the high street was dying.', 'Rowan Hale'],
    // a person's job as often as a firm
    ['The developer Amir Askar said the bug was fixed.', 'Amir Askar'],
  ])('a person stays a person: %s', (text, name) => {
    expect(sourceOf(text)).toEqual(['person', name]);
  });
});
