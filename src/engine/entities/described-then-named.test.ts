/**
 * A body described in one sentence (`the Norvish space agency said`), named in the next
 * (`Astravel said in a statement. It said ...`) and described again after its name is one body,
 * listed under its name: the ledgers showed a wire story's agency twice, by its description and
 * by its name (link/described-then-named.ts). Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The entity name and type of the source of each attribution, in order. */
function entities(text: string): string[] {
  return analyze(text, { kinds: ['attribution'] })
    .filter((f) => f.source?.entity)
    .map((f) => `${f.source!.entity!.name} (${f.source!.entity!.type})`);
}

describe('a body described, named in the next sentence, then described again', () => {
  test('is one body, named by its name', () => {
    const text =
      'A cargo ship broke up over the sea on Thursday, the Norvish space agency said.\n\n' +
      'The craft fell over the remote Kellan region, Astravel said in a statement. It said most of the debris burnt up.\n\n' +
      'Astravel said the craft had been working normally. The Norvish space agency would not describe the fault.';
    const all = entities(text);
    expect(new Set(all)).toEqual(new Set(['Astravel (organisation)']));
  });

  test.each([
    // the name is a person's
    'A ferry ran aground on Friday, the Norvish transport ministry said.\n\nNo one was hurt, Ana Okafor said. She said the crew was safe.\n\nThe Norvish transport ministry would not name the ferry.',
    // a name of no known kind the story never calls `it`: another body or a person as likely
    'A ferry ran aground on Friday, the Norvish transport ministry said.\n\nNo one was hurt, Pellworth said.\n\nThe Norvish transport ministry would not name the ferry.',
    // a name that says it is a body: two bodies quoted in turn
    'A ferry ran aground on Friday, the Norvish transport ministry said.\n\nNo one was hurt, Harlow Ferries said in a statement. It said the crew was safe.\n\nThe Norvish transport ministry would not name the ferry.',
    // the description never comes back after the name
    'A ferry ran aground on Friday, the Norvish transport ministry said.\n\nNo one was hurt, Pellworth said in a statement. It said the crew was safe.',
    // another source came in between
    'A ferry ran aground on Friday, the Norvish transport ministry said. Passengers said the sea was calm.\n\nNo one was hurt, Pellworth said. It said the crew was safe.\n\nThe Norvish transport ministry would not name the ferry.',
  ])('two sources stay two: %s', (text) => {
    expect(new Set(entities(text)).size).toBeGreaterThan(1);
  });
});
