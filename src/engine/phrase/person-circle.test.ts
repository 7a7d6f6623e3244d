import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe("a named person's own circle is only close to the person (decisions 67, 145, 175)", () => {
  test.each([
    [
      "Morrow's high school coach said the quarterback had been unhappy for months.",
      "Morrow's high school coach",
    ],
    ['Vane’s longtime trainer said the fight was off.', 'Vane’s longtime trainer'],
    ["Ellis's doctor said he would be out for a month.", "Ellis's doctor"],
    ["Ellis's old piano teacher says he practised every night.", "Ellis's old piano teacher"],
    ["Ellis's landlord said the rent had not been paid since May.", "Ellis's landlord"],
    ["Ellis's physio told the Gazette that the knee had healed.", "Ellis's physio"],
    ['Her doctor said she would be out for a month.', 'Her doctor'],
    ['His bodyguard said the crowd had surged forward.', 'His bodyguard'],
  ])('%s', (text, who) => {
    expect(spans(text, 'unnamed')).toContain(who);
  });

  test.each([
    [
      "Sandoval's partners said they had grown frustrated with the payroll.",
      'said',
      "Sandoval's partners",
    ],
    [
      "Morrow's former coach said the quarterback had been unhappy.",
      'said',
      "Morrow's former coach",
    ],
  ])('%s', (text, cue, who) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([who, false]);
  });

  test.each([
    // those who act for the person in an office represent him or her
    ["Ellis's agent said he had been unhappy.", "Ellis's agent"],
    ["Ellis's lawyer said he would appeal.", "Ellis's lawyer"],
    ["Ellis's manager said the tour was off.", "Ellis's manager"],
    // a club's staff, and a team's own coach
    ["Ashmere United's coach said the team had trained well.", "Ashmere United's coach"],
    ["Kelby Rovers' trainer said the team had trained well.", "Kelby Rovers' trainer"],
    ['The Rovers said their coach had resigned.', 'their coach'],
    ["The Riverside Trust's doctors said the ward was full.", "The Riverside Trust's doctors"],
  ])('%s', (text, who) => {
    expect(spans(text, 'unnamed')).not.toContain(who);
  });
});

describe("a member of a named person's circle, camp or entourage is only close to the person (decision 6)", () => {
  test.each([
    [
      "A member of Varga's inner circle said the minister would resign.",
      'said',
      "A member of Varga's inner circle",
    ],
    [
      "Members of the singer's entourage told reporters the tour was off.",
      'told',
      "Members of the singer's entourage",
    ],
    [
      "Two people from Okafor's camp said he would not stand again.",
      'said',
      "Two people from Okafor's camp",
    ],
    [
      "According to a member of Pell's close circle, the deal is dead.",
      'According to',
      "a member of Pell's close circle",
    ],
  ])('%s', (text, cue, who) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([who, false]);
    expect(spans(text, 'unnamed')).toContain(who);
  });

  test.each([
    // a body's own people and a named person's staff speak for them
    ["A member of Halvard Motors' board said the recall would widen.", 'said'],
    ["A member of Varga's staff said the minister would resign.", 'said'],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe('partial');
  });
});
