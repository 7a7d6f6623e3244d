import { describe, expect, test } from 'vitest';
import { cueSource as sourceOf } from '../../test-helpers';

describe('a pronoun after a quotation goes on the speaker, not on a name the quotation holds', () => {
  test('a name met only inside the quotation is no antecedent', () => {
    const text =
      'Tomasz Reyes was taken to hospital in May. “The pills were in his system,” his sister, Marta, said in a statement. ' +
      '“As Tomasz got worse, the nurses did all they could. They tried to cool him down. It was no use.” ' +
      'She added: “Nobody could have saved him.”';
    expect(sourceOf(text, 'added')?.[2]).toBe('Marta');
    // (a quoted paragraph that runs on into the next, as quoted speeches of several paragraphs do)
    const paragraphs =
      'Tomasz Reyes was taken to hospital in May. “The pills were in his system,” his sister, Marta, said in a statement.\n\n' +
      '“As Tomasz got worse, the nurses did all they could. They tried to cool him down.\n\n' +
      '“It was no use.”\n\nShe added: “Nobody could have saved him.”';
    expect(sourceOf(paragraphs, 'added')?.[2]).toBe('Marta');
  });

  test('a quoted woman of the same gender as the speaker', () => {
    const text =
      'Dana Holt said in a statement that the clinic had failed her. “When Ruth Amos called, the ward was empty. ' +
      'Nobody came for hours. Nobody answered the phone.” She added that she would sue.';
    expect(sourceOf(text, 'added')?.[2]).toBe('Dana Holt');
  });

  test('near miss: a name outside the quotation still binds the pronoun', () => {
    const text =
      '“The pumps failed twice,” said Marta Liss. Later, Ruth Amos met the inspectors. She said the pumps were old.';
    expect(sourceOf(text, 'said', 1)?.[2]).toBe('Ruth Amos');
  });
});

describe('a pronoun goes on the speaker of the sentence before, not on the subject of its content', () => {
  test('"X claims that Y ... and told ... He also details": X', () => {
    const text =
      'Pablo Ferro claims that Jonas Weil secretly filed the papers in 2009 and told none of the partners. ' +
      'He also details a series of tense meetings between the two firms.';
    expect(sourceOf(text, 'details')?.[2]).toBe('Pablo Ferro');
    const said =
      'Mayor Ana Brill said that Pedro Salas had told the council about the deficit. He added that the audit would go on.';
    expect(sourceOf(said, 'added')?.[2]).toBe('Ana Brill');
  });

  test('near miss: a speaker who is the only source of the sentence before keeps the pronoun', () => {
    const text =
      'After the vote, Jonas Weil told reporters the deal was dead. He added that talks could resume.';
    expect(sourceOf(text, 'added')?.[2]).toBe('Jonas Weil');
    // (a second speaker of a clause of its own, not of the first one's content, is nearer)
    const second =
      'Pablo Ferro spoke first, and then Jonas Weil told reporters the deal was dead. He added that talks could resume.';
    expect(sourceOf(second, 'added')?.[2]).toBe('Jonas Weil');
  });
});

describe('a run of sentences about someone by the same pronoun keeps that person in view', () => {
  const opening =
    'Two years later, Greta Vollmer joined the survey team. “He never wrote anything down,” she said.\n\n' +
    'The maps were finished in 1964. ';

  test('the pronoun goes on the person of its gender the story met before the run', () => {
    const text =
      opening +
      'The survey was reprinted twice. Few copies survived the war. ' +
      'Meanwhile, Vollmer married Tobias Lind and moved with him to Oslo. They kept in touch with the team. ' +
      'But she never knew how famous the maps became. Her children grew up. Still, the idea stayed with her. ' +
      'She thought of the old coastline. ' +
      '“I always pictured the cliffs,” she said.';
    expect(sourceOf(text, 'said', 1)?.[2]).toBe('Greta Vollmer');
  });

  test('near miss: a man named in the run is no "she"', () => {
    const text =
      opening +
      'Meanwhile, Tobias Lind took over the survey. The team moved to Oslo. The maps were reprinted twice. ' +
      'Few copies survived the war. But she never knew how famous they became. Still, the idea stayed with her. ' +
      '“I always pictured the cliffs,” she said.';
    expect(sourceOf(text, 'said', 1)?.[2]).not.toBe('Tobias Lind');
  });

  test('near miss: without a run of pronouns the person is too far back', () => {
    const text =
      opening +
      'Meanwhile, Vollmer married Tobias Lind. The team moved to Oslo. The maps were reprinted twice. ' +
      'Few copies survived the war. The archive kept one. Its cover was torn. The binding was redone. ' +
      'A museum bought it in 1990. Its price was not disclosed. “I always pictured the cliffs,” she said.';
    expect(sourceOf(text, 'said', 1)?.[2]).toBeUndefined();
  });
});
