import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

/** The cue reading `cue` in `text`, with its source. */
function cueIn(text: string, cue: string) {
  return seen(text, 'attribution').find((s) => s.text === cue);
}

describe('a cue noun with who gave it after by or from, then its content', () => {
  test.each([
    [
      'The announcement by the port authority that the quay would close angered traders.',
      'announcement',
      'the port authority',
    ],
    [
      'A suggestion from two senior nurses that the ward was unsafe was ignored.',
      'suggestion',
      'two senior nurses',
    ],
    [
      'The conclusion by investigators that the pump had failed was disputed.',
      'conclusion',
      'investigators',
    ],
    [
      'A statement from Kestrel Mining that the site was safe was read aloud.',
      'statement',
      'Kestrel Mining',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test.each([
    'The report from the site that was damaged in May has gone missing.',
    'An announcement from the stage that night drew cheers.',
  ])('no giver in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('who gave a cue noun, after its topic', () => {
  test.each([
    [
      'Criticism of the decision from opposition lawyers grew louder.',
      'Criticism',
      'opposition lawyers',
    ],
    ['The scheme drew praise for its speed from the Harbour Trust.', 'praise', 'the Harbour Trust'],
    [
      'Complaints about the noise from neighbours were logged for months.',
      'Complaints',
      'neighbours',
    ],
    ['The merger has faced accusations of secrecy from two unions.', 'accusations', 'two unions'],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test('words said in the topic are what the from-phrase credits', () => {
    expect(
      cueIn(
        'The first comments came with a warning about some of the rhetoric from the Likud party.',
        'warning',
      )?.source,
    ).toBeUndefined();
  });

  test('a place after from gives nobody', () => {
    expect(
      cueIn('Complaints about the noise from the quarry were logged for months.', 'Complaints')
        ?.source,
    ).toBeUndefined();
  });
});

describe("a cue noun in -ing after a name's possessive", () => {
  test.each([
    ["Okafor's warning that the quay was unsafe went unheeded.", 'warning', 'Okafor'],
    [
      "Traders ignored the Harbour Trust's warning that the quay would close.",
      'warning',
      'the Harbour Trust',
    ],
    [
      "The Kestrel Institute's finding that staff were underpaid was disputed.",
      'finding',
      'The Kestrel Institute',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test("a name's verb stays a verb", () => {
    expect(cueIn("Moody's warned that the bank was weak.", 'warned')?.source).toBe("Moody's");
  });
});

describe('a cue noun given or issued by the subject', () => {
  test.each([
    ['Port officials gave assurances that the quay would reopen.', 'assurances', 'Port officials'],
    ['The appeal court gave a ruling that the lease was void.', 'ruling', 'The appeal court'],
    ['The minister gave an estimate that 300 jobs would go.', 'estimate', 'The minister'],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });
});
