/**
 * `its` before a body's people or things (`its organisers`, `its gauges`, `its published
 * decisions`) stands for the body in view, though the pronoun look-up, which knows sources and
 * names of a known kind, does not reach it: a name of no known kind or an event's name that opens
 * the story, or a body behind a nearer document. A named body makes the people named in part and
 * the things named (decisions 122 and 127 of the labelled sets); an indefinite body, a thing that
 * opens the sentence, a pronoun chain and what the body only undergoes give nothing. Every
 * sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("`its` picks the body in view, and its people and things are that body's", () => {
  test.each([
    // a named body's own things, which no list knows as documents
    [
      'The Tollan Water Board, which runs the reservoirs, said its gauges had shown a rise.',
      'had shown',
    ],
    [
      'The Norland Pensions Ombudsman upheld forty complaints last year, according to its published decisions.',
      'according to',
    ],
    [
      'Lobbying firm Marsh Kettle Partners has signed a new client, according to its latest entry on the register.',
      'according to',
    ],
    // an event's name opening the story, which the name kinds take for a person's or a place's
    [
      'The Ostby Folk Festival will not return next summer, its organisers announced on Monday.',
      'announced',
    ],
    ['The Kelmarsh Hill Marathon has been shortened by two miles, its organisers said.', 'said'],
    // a body behind a nearer document, which has no volunteers
    [
      'The Harrow Tenants Network published a survey on Monday. The survey found damp in half the flats, and its volunteers said the landlord knew.',
      'said',
    ],
  ])('%s', (text: string, cue: string, nth = 0) => {
    expect(cueSource(text, cue, nth)?.[1]).toBeTruthy();
  });

  test.each([
    // an indefinite body nearer than any name
    [
      'The Tollan Water Board said a local charity had cut staff and its volunteers had said the cuts were deep.',
      'had said',
    ],
    // a thing that opens the sentence, not a body
    [
      'A petition calling for the Ostby library to be saved has gathered 6,000 signatures, according to its organisers.',
      'according to',
    ],
    // what the body only undergoes: the school is inspected, not the inspector
    [
      'Marren Hill Academy was rated inadequate in May. Its most recent inspection described leadership as weak.',
      'described',
    ],
    // those who own or join the body rather than work in it (points 295 and 337)
    ['The Ostby Folk Festival will not return next summer, its owners said.', 'said'],
    ['The Kelmarsh Hill Marathon has been shortened by two miles, its members said.', 'said'],
    // also when `its` plainly stands for the named body just before it
    [
      "The Tarn Dockers' Union said its members had raised the fault with managers for months.",
      'had raised',
    ],
    ['Brisk Mart closed its Ostby store on Friday. Its owners said rents had doubled.', 'said'],
    // a person's name is no body an `its` stands for
    ['Dana Harwick runs the stall. According to its takings, trade fell.', 'According to'],
  ])('%s', (text, cue) => {
    const source = cueSource(text, cue);
    expect(source?.[0]).toMatch(/^its /i);
    expect(source?.[1]).toBe(false);
  });
});
