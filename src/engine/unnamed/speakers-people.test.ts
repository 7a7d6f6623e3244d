import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe("a speaker's clients and workforce who act in what the speaker tells are unnamed", () => {
  test.each([
    // clients of a representative whose principal is only counted or indefinite (decision 119)
    ['A lawyer for one of the pilots said his client had followed the checklist.', 'his client'],
    ['An attorney for two of the tenants said their clients would appeal.', 'their clients'],
    [
      'A broker who represents three of the growers said her clients were weighing a lawsuit.',
      'her clients',
    ],
    ["Two jockeys' agents said their clients had refused to ride.", 'their clients'],
    ['The agent of one shortlisted painter told the paper her client was a plumber.', 'her client'],
    [
      'Rosa Pell, a lawyer for one of the guards, said her client has done nothing wrong.',
      'her client',
    ],
    // the workforce of an indefinite, unnamed speaker (decisions 80, 123)
    ['A clinic manager in the north said her staff had found four faulty pumps.', 'her staff'],
    ['A militia leader said his soldiers had retreated to the ridge.', 'his soldiers'],
    ['A rebel commander said his fighters had been ordered to hold the bridge.', 'his fighters'],
    ['One district police chief said his officers were ordered to stand aside.', 'his officers'],
    ['A site foreman said his men had been pouring concrete all night.', 'his men'],
    ['A local fire chief said his crews had been told by the council not to enter.', 'his crews'],
    // peers and sides, whoever speaks (decisions 6, 67)
    ["Ella Moss said her colleagues were 'not trying to topple anyone'.", 'her colleagues'],
    ['Dana Pirie said her critics were twisting her words.', 'her critics'],
    // a relative who got word to someone (decision 6)
    ['One mother said her son had texted her from the locked classroom.', 'her son'],
    ['Mara Lind said her brother phoned her from the ship on Friday.', 'her brother'],
    ['A ward sister in Tallowmere said her staff had found the leak.', 'her staff'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a named principal, or a definite one, is left to the representative's namedness
    ['A lawyer for Tomasz Brel said his client had done nothing wrong.', 'his client'],
    ['In mitigation, Ada Voss said her client had repaid the money.', 'her client'],
    ["The goalkeeper's agent said his client wants to stay.", 'his client'],
    // clients who only undergo something (victims, decision 102)
    ['A lawyer for one of the women said her client had been pressured to sign.', 'her client'],
    ["A lawyer for two of the families said their clients had been 'misled'.", 'their clients'],
    [
      'Agents who represent two of the riders said their clients were not consulted.',
      'their clients',
    ],
    // a named speaker's own people, and a relative or household of an unnamed one
    ['The cafe owner, Sam Ruiz, said his staff had locked the doors.', 'his staff'],
    ['A friend of Sam Ruiz said his staff had locked the doors.', 'his staff'],
    ['One retired farmer said his family had worked the land for generations.', 'his family'],
    ['One mother said her son had been told to stay home.', 'her son'],
    ['Ella Moss said her colleagues had been threatened online.', 'her colleagues'],
    ['Another woman said her teenage son had started working in the fields.', 'her teenage son'],
    // a body's own people by `its`, and people not in a cue's content
    ['A rescue service said its crews had pulled six people from the river.', 'its crews'],
    ['A nurse who quit said her colleagues are tired.', 'her colleagues'],
    ['A manager thanked her staff for working late.', 'her staff'],
  ])('%s', (text, phrase) => {
    expect(spans(text, 'unnamed')).not.toContain(phrase);
  });
});
