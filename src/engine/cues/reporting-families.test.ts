/**
 * Reporting verbs of English by family, each in the frames a news writer uses: `X V that ...`,
 * `X V: "..."`, `"...," X V`, `"...," V X`, the parenthetical `..., X V.` and inverted
 * `..., V X.`, a participle sharing its clause's source, `has/had/will V`, the present, `it was
 * V-ed that` and a Title Case headline; then the noun frames and `according to`, and the
 * near-misses in non-communicative senses that must stay unflagged. Invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { spans } from '../test-helpers';

/** base, past, participle, -ing, third person, and the complement after the verb. */
type Forms = [string, string, string, string, string, string];

const FAMILIES: Record<string, Forms[]> = {
  assertion: [
    ['say', 'said', 'said', 'saying', 'says', 'that'],
    ['insist', 'insisted', 'insisted', 'insisting', 'insists', 'that'],
    ['argue', 'argued', 'argued', 'arguing', 'argues', 'that'],
    ['maintain', 'maintained', 'maintained', 'maintaining', 'maintains', 'that'],
  ],
  disclosure: [
    ['reveal', 'revealed', 'revealed', 'revealing', 'reveals', 'that'],
    ['admit', 'admitted', 'admitted', 'admitting', 'admits', 'that'],
    ['concede', 'conceded', 'conceded', 'conceding', 'concedes', 'that'],
    ['confirm', 'confirmed', 'confirmed', 'confirming', 'confirms', 'that'],
  ],
  prediction: [
    ['predict', 'predicted', 'predicted', 'predicting', 'predicts', 'that'],
    ['warn', 'warned', 'warned', 'warning', 'warns', 'that'],
    ['caution', 'cautioned', 'cautioned', 'cautioning', 'cautions', 'that'],
  ],
  promise: [
    ['promise', 'promised', 'promised', 'promising', 'promises', 'that'],
    ['vow', 'vowed', 'vowed', 'vowing', 'vows', 'that'],
    ['pledge', 'pledged', 'pledged', 'pledging', 'pledges', 'that'],
  ],
  denial: [
    ['deny', 'denied', 'denied', 'denying', 'denies', 'that'],
    ['dispute', 'disputed', 'disputed', 'disputing', 'disputes', 'that'],
    ['counter', 'countered', 'countered', 'countering', 'counters', 'that'],
  ],
  complaint: [
    ['complain', 'complained', 'complained', 'complaining', 'complains', 'that'],
    ['accuse', 'accused', 'accused', 'accusing', 'accuses', 'the council of'],
    ['blame', 'blamed', 'blamed', 'blaming', 'blames', 'the council for'],
    ['condemn', 'condemned', 'condemned', 'condemning', 'condemns', 'the council for'],
  ],
  praise: [
    ['praise', 'praised', 'praised', 'praising', 'praises', 'the council for'],
    ['hail', 'hailed', 'hailed', 'hailing', 'hails', 'the council for'],
  ],
  request: [
    ['urge', 'urged', 'urged', 'urging', 'urges', 'the council to'],
    ['ask', 'asked', 'asked', 'asking', 'asks', 'the council to'],
  ],
  belief: [
    ['believe', 'believed', 'believed', 'believing', 'believes', 'that'],
    ['suspect', 'suspected', 'suspected', 'suspecting', 'suspects', 'that'],
    ['fear', 'feared', 'feared', 'fearing', 'fears', 'that'],
    ['estimate', 'estimated', 'estimated', 'estimating', 'estimates', 'that'],
  ],
  questioning: [['wonder', 'wondered', 'wondered', 'wondering', 'wonders', 'whether']],
  explanation: [
    ['explain', 'explained', 'explained', 'explaining', 'explains', 'that'],
    ['recall', 'recalled', 'recalled', 'recalling', 'recalls', 'that'],
    ['testify', 'testified', 'testified', 'testifying', 'testifies', 'that'],
    ['tell', 'told', 'told', 'telling', 'tells', 'reporters that'],
    ['assure', 'assured', 'assured', 'assuring', 'assures', 'reporters that'],
  ],
  showing: [
    ['find', 'found', 'found', 'finding', 'finds', 'that'],
    ['conclude', 'concluded', 'concluded', 'concluding', 'concludes', 'that'],
  ],
};

const WHO = 'Mayor Ana Okafor';
const CONTENT = 'the plan had failed';

/** The words after the verb: its complement and content. */
function tail(complement: string): string {
  if (complement.endsWith(' to')) return `${complement} scrap the plan`;
  if (/ (?:of|for)$/.test(complement)) return `${complement} wasting money on the bridge`;
  return `${complement} ${CONTENT}`;
}

/** [family, frame, text, cue, source or '' when the source is not asked]. */
type Cell = [string, string, string, string, string];

function cells(): Cell[] {
  const out: Cell[] = [];
  for (const [family, verbs] of Object.entries(FAMILIES))
    for (const [base, past, pp, ing, third, complement] of verbs) {
      const t = tail(complement);
      const add = (frame: string, text: string, cue: string, source = ''): void => {
        out.push([family, `${base}: ${frame}`, text, cue, source]);
      };
      add('X V that', `${WHO} ${past} ${t} in March.`, past, WHO);
      add('pronoun V', `She ${past} ${t} in March.`, past, 'She');
      add('common noun V', `The minister ${past} ${t} in March.`, past, 'The minister');
      add('participle', `${WHO} spoke on Monday, ${ing} ${t}.`, ing);
      add('has V', `${WHO} has ${pp} ${t}.`, `has ${pp}`, WHO);
      add('had V', `${WHO} had ${pp} ${t}.`, `had ${pp}`, WHO);
      add('will V', `${WHO} will ${base} ${t} on Monday.`, `will ${base}`, WHO);
      add('present', `${WHO} ${third} ${t}.`, third, WHO);
      const head = `${third[0]!.toUpperCase()}${third.slice(1)}`;
      const words = t.split(' ').map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`);
      add('headline', `Okafor ${head} ${words.join(' ')}`, head, 'Okafor');
      if (complement !== 'that') continue;
      // (a finding is not announced before a colon: "found:")
      if (family !== 'showing')
        add('X V: "..."', `${WHO} ${past}: "The plan has failed."`, past, WHO);
      add('"...," X V', `"The plan has failed," ${WHO} ${past}.`, past, WHO);
      add('"...," V X', `"The plan has failed," ${past} ${WHO}.`, past, WHO);
      add('parenthetical', `The plan, ${WHO} ${past}, had failed.`, past, WHO);
      add('..., X V.', `The plan had failed, ${WHO} ${past}.`, past, WHO);
      add('it was V-ed that', `It was ${pp} that ${CONTENT}.`, pp);
    }
  return out;
}

describe('each reporting family in each news frame', () => {
  test.each(cells())('%s %s: %s', (_family, _frame, text, cue, source) => {
    const found = analyze(text, { kinds: ['attribution'] }).find((f) =>
      text.slice(f.start, f.end).endsWith(cue),
    );
    expect(found && text.slice(found.start, found.end)).toBeTruthy();
    if (source)
      expect(found?.source && text.slice(found.source.start, found.source.end)).toBe(source);
  });

  // cells that fail today, left for a later rule (see the session's report)
  test.todo('rebut + "the claim that": the noun is taken as the cue, not the verb');
  test.todo('credit X with, appeal for, plead with X to: no frame for their object');
  test.todo('brief / advise + hearer + that in the present and future');
});

describe('the noun frames and according to', () => {
  test.each([
    ['The minister’s claim that the plan had failed was false.', 'claim'],
    ['Her admission that the plan had failed surprised the board.', 'admission'],
    ['His denial that the plan had failed was brief.', 'denial'],
    ['The agency issued a warning that the dam could fail.', 'warning'],
    ['Allegations that the plan had failed were dismissed.', 'Allegations'],
    ['According to the minister, the plan had failed.', 'According to'],
    ['The mayor is accused of wasting money on the bridge.', 'accused'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution').some((c) => c.endsWith(cue))).toBe(true);
  });
});

describe('non-communicative senses stay unflagged', () => {
  test.each([
    'The firm must report income from the sale.',
    'Fees are set according to a formula.',
    'The senator conceded the election on Friday.',
    'Dozens of fans showed up at the gates.',
    'She could not find the keys.',
    'He left because of the stress of the job.',
    'Rivals were warned off the land.',
    'The dog was warned off by the farmer.',
    'The film was projected onto a wall.',
    'The driver admitted the patient to hospital.',
    'Workers blasted the rock with dynamite.',
    'They slammed the door.',
    'The actor mocked up a set.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
