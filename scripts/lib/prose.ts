/**
 * Deterministic news-like prose for benchmarks: a seeded generator that fills sentence
 * templates with invented names, bodies, places, quotes, passives and hedges, so that the
 * benchmark needs no file outside the repository and gives the same text on every machine.
 *
 * The templates copy the sourcing constructions of real reports (named and unnamed sources,
 * inverted cues, "according to", curly quotes with a trailing tag, agentless passives,
 * hedges, abbreviations such as U.S., Dr., Jan., No. 10) and mix in plain narrative
 * sentences that carry no attribution, as an article does.
 */

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same text. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Maria',
  'James',
  'Elena',
  'Tomás',
  'Grace',
  'Omar',
  'Helen',
  'Viktor',
  'Aisha',
  'Daniel',
  'Ruth',
  'Kenji',
  'Claire',
  'Samuel',
  'Ingrid',
  'Rafael',
  'Nadia',
  'Peter',
  'Lucía',
  'Graham',
];
const LAST = [
  'Okafor',
  'Hendricks',
  'Marsh',
  'Delacroix',
  'Brennan',
  'Nakamura',
  'Whitfield',
  'Sorensen',
  'Castillo',
  'Pellow',
  'Ruddock',
  'Brown',
  'Young',
  'Haddad',
  'Lindqvist',
  'Moreau',
  'Ferraz',
  'Abernathy',
  'Kowalski',
  'Achebe',
];
const TITLE = [
  'Senator',
  'Gov.',
  'Dr.',
  'Mr.',
  'Ms.',
  'Mrs.',
  'Judge',
  'Prof.',
  'Gen.',
  'Rep.',
  'Capt.',
];
const ROLE = [
  'the company’s chief executive',
  'a spokeswoman for the ministry',
  'the county prosecutor',
  'the lead author of the study',
  'the union’s general secretary',
  'a former defence minister',
  'the hospital’s medical director',
  'the club’s manager',
  'a deputy mayor',
  'the agency’s director',
];
const ORG = [
  'the Ministry of Defence',
  'Corvane Freight Inc.',
  'the U.S. Department of Justice',
  'the European Commission',
  'Harbor Ledger',
  'the World Health Organization',
  'Meridian Bank',
  'the Federal Aviation Administration',
  'Northgate Capital Ltd.',
  'the city council',
  'the National Weather Service',
  'Castellan F.C.',
  'the Pentagon',
  'Reuters',
  'the U.N.',
];
const PLACE = [
  'Montana',
  'Brussels',
  'Lagos',
  'Harlan Ridge',
  'Rotterdam',
  'Kyiv',
  'São Paulo',
  'Ohio',
  'the Gulf',
  'Manila',
  'Leeds',
  'the capital',
  'Washington, D.C.',
  'St. Louis',
  'Mt. Vernon',
];
const UNNAMED = [
  'officials familiar with the matter',
  'a senior official',
  'people close to the company',
  'two people briefed on the talks',
  'sources',
  'investigators',
  'several analysts',
  'a person with knowledge of the deal',
  'U.S. officials',
  'critics',
  'some experts',
  'a government official who spoke on condition of anonymity',
  'authorities',
  'one executive',
  'diplomats',
  'a former employee',
  'local officials',
  'people familiar with the investigation',
];
const DOCUMENT = [
  'internal documents reviewed by the Ledger',
  'a memo seen by reporters',
  'court filings',
  'a report published on Tuesday',
  'state records',
  'an affidavit',
  'a leaked email',
  'a study in the journal Nature',
  'a statement from the company',
];
const VERB_PAST = [
  'said',
  'told reporters',
  'claimed',
  'stated',
  'alleged',
  'added',
  'noted',
  'confirmed',
  'denied',
  'revealed',
  'warned',
  'argued',
  'insisted',
  'admitted',
  'acknowledged',
  'wrote',
  'explained',
  'estimated',
  'announced',
  'disclosed',
  'suggested',
  'maintained',
];
const VERB_PRESENT = ['says', 'claims', 'argues', 'insists', 'warns', 'believes', 'notes'];
const PASSIVE = [
  'was discovered',
  'had been compromised',
  'were arrested',
  'has been linked',
  'was leaked',
  'were detained',
  'had been warned',
  'was dismissed',
  'is being investigated',
  'were told',
  'was sold',
  'have been identified',
  'was approved',
  'were hidden',
];
const STATIVE = ['is located', 'is based', 'was concerned', 'is interested', 'was housed'];
const HEDGE = ['reportedly', 'allegedly', 'apparently', 'supposedly', 'seemingly', 'ostensibly'];
const HEDGE_PHRASE = [
  'is said to be',
  'is believed to be',
  'is thought to be',
  'is rumoured to be',
];
const HEDGED = [
  'weighing a sale of its shipping arm',
  'close to a settlement',
  'preparing a second bid',
  'behind the leak',
  'in talks with two rival bidders',
  'unhappy with the terms',
];
const SUBJECT = [
  'the shipment',
  'the contract',
  'the network',
  'the plant',
  'the vote',
  'the deal',
  'the bridge',
  'the vaccine trial',
  'the merger',
  'the ceasefire',
  'the audit',
  'the budget',
];
const EVENT = [
  'delayed the vote until next month',
  'broke off the talks',
  'missed two safety inspections',
  'moved the money through a shell company',
  'approved the sale without a hearing',
  'cut 400 jobs at the plant',
  'shelved the report',
  'lost its brakes on a downhill grade',
  'paid $3.5 million to settle the case',
  'raised rates by 0.25 percentage points',
  'closed the border crossing at dawn',
  'hired an outside law firm',
];
const CLAIM = [
  'the decision was made months ago',
  'the figures had been inflated',
  'nobody in the office knew about the payments',
  'the talks would resume on Monday',
  'the company had broken no law',
  'the risk to the public was low',
  'the inspections were routine',
  'the plan would cost at least $1.2 billion',
  'the agency had ignored earlier warnings',
  'the deal was "all but done"',
];
const QUOTE = [
  'We will not be rushed into a bad deal',
  'Every time, I was told it would be dealt with',
  'That is simply not true',
  'The numbers speak for themselves',
  'Nobody asked us, and nobody told us',
  'It was a mistake, and we own it',
  'Is this really the best we can do',
  'We had no choice',
  'I have never seen anything like it',
  'They knew, and they did nothing',
];
const MONTH = ['Jan.', 'Feb.', 'March', 'April', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAY = ['on Monday', 'on Tuesday', 'late Wednesday', 'on Thursday', 'last week', 'this year'];
const NARRATIVE = [
  'The plant employs about 1,200 people and opened in 1987.',
  'Shares fell 4.5% in early trading before recovering.',
  'The storm made landfall shortly after midnight.',
  'Turnout was the highest since 2008.',
  'The bridge carries about 40,000 vehicles a day.',
  'The case is due back in court in the spring.',
  'The match ended 2-1 after extra time.',
  'Rain is expected to ease by the weekend.',
  'The museum reopened after a three-year renovation.',
  'Prices at the pump have risen for six straight weeks.',
];

type Pick = <T>(list: readonly T[]) => T;

function person(pick: Pick, rnd: () => number): string {
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const r = rnd();
  if (r < 0.3) return `${pick(TITLE)} ${pick(LAST)}`;
  if (r < 0.55) return `${name}, ${pick(ROLE)},`;
  if (r < 0.65) return `${pick(FIRST)} J. ${pick(LAST)}`;
  return name;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One sentence from a template chosen at random. */
function sentence(pick: Pick, rnd: () => number): string {
  const who = person(pick, rnd);
  const speaker = who.split(',')[0] ?? who;
  const quotes = (): string => {
    const first = pick(QUOTE);
    const second = pick(QUOTE.filter((q) => q !== first));
    return `“${first},” said ${pick(UNNAMED)}. “${second}.”`;
  };
  const verb = pick(VERB_PAST);
  switch (Math.floor(rnd() * 22)) {
    case 0:
      return `${cap(pick(SUBJECT))} ${pick(EVENT)}, according to ${pick(UNNAMED)}.`;
    case 1:
      return `“${pick(QUOTE)},” ${speaker} said ${pick(DAY)}.`;
    case 2:
      return quotes();
    case 3:
      return `${cap(who)} ${verb} that ${pick(CLAIM)}.`;
    case 4:
      return `${cap(pick(UNNAMED))} ${pick(VERB_PAST)} that ${pick(CLAIM)}.`;
    case 5:
      return `${cap(pick(SUBJECT))} ${pick(PASSIVE)} ${pick(DAY)}, ${pick(UNNAMED)} said.`;
    case 6:
      return `It ${pick(['was confirmed', 'is believed', 'has been claimed', 'was alleged'])} that ${pick(CLAIM)}.`;
    case 7:
      return `${cap(pick(ORG))} ${pick(HEDGE)} ${pick(EVENT)} in ${pick(MONTH)} ${1 + Math.floor(rnd() * 28)}.`;
    case 8:
      return `${cap(pick(ORG))} ${pick(HEDGE_PHRASE)} ${pick(HEDGED)}.`;
    case 9:
      return `In a statement, ${pick(ORG)} ${pick(VERB_PAST)} that ${pick(CLAIM)}.`;
    case 10:
      return `${cap(pick(DOCUMENT))} show that ${pick(SUBJECT)} ${pick(PASSIVE)} in ${pick(PLACE)}.`;
    case 11:
      return `${cap(pick(SUBJECT))} ${pick(PASSIVE)} by ${pick(ORG)} ${pick(DAY)}.`;
    case 12:
      return `The office ${pick(STATIVE)} in ${pick(PLACE)}, and ${pick(VERB_PRESENT.map((v) => `${pick(LAST)} ${v}`))} ${pick(CLAIM)}.`;
    case 13:
      return `${cap(pick(UNNAMED))}, speaking on condition of anonymity, ${verb} ${pick(SUBJECT)} ${pick(PASSIVE)}.`;
    case 14:
      return `“${pick(QUOTE)}?” asked ${speaker}.`;
    case 15:
      return `${cap(pick(ORG))} ${pick(['declined to comment', 'did not respond to a request for comment', 'would not say whether it was investigating'])}.`;
    case 16:
      return `The No. ${2 + Math.floor(rnd() * 9)} official at ${pick(ORG)}, ${speaker}, told the Ledger that ${pick(CLAIM)}, citing ${pick(DOCUMENT)}.`;
    case 17:
      return `${cap(pick(SUBJECT))} ${pick(EVENT)}... or so ${pick(UNNAMED)} ${pick(['believe', 'say', 'insist'])}.`;
    case 18:
      return `${cap(who)} ${pick(['accused', 'blamed'])} ${pick(ORG)} for the delay, ${pick(['adding', 'saying'])} that ${pick(CLAIM)}.`;
    default:
      return pick(NARRATIVE);
  }
}

/** A headline: no final period, as in a real article. */
function headline(pick: Pick): string {
  return `${cap(pick(ORG))} ${pick(['under fire over', 'denies report on', 'weighs', 'quietly shelves'])} ${pick(SUBJECT).replace(/^the /, '')}`;
}

/**
 * Returns news-like prose of at least `minBytes` UTF-8 bytes, the same for the same seed:
 * articles made of a headline and paragraphs of one to four sentences.
 */
export function generateProse(minBytes: number, seed = 20260101): string {
  const rnd = mulberry32(seed);
  const pick: Pick = (list) => {
    const item = list[Math.floor(rnd() * list.length)];
    if (item === undefined) throw new Error('empty list');
    return item;
  };
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const paras: string[] = [headline(pick)];
    const paraCount = 4 + Math.floor(rnd() * 6);
    for (let p = 0; p < paraCount; p++) {
      const n = 1 + Math.floor(rnd() * 4);
      const sents: string[] = [];
      for (let s = 0; s < n; s++) sents.push(sentence(pick, rnd));
      paras.push(sents.join(' '));
    }
    const article = paras.join('\n\n');
    articles.push(article);
    bytes += Buffer.byteLength(article, 'utf8') + 2;
  }
  return articles.join('\n\n');
}

/** Counts whitespace-separated words, the unit of "ms per 1,000 words". */
export function countWords(text: string): number {
  let n = 0;
  const it = text.matchAll(/\S+/g);
  while (!it.next().done) n++;
  return n;
}

/** Text as HTML text content (`&`, `<`, `>` escaped), for pages built from generated prose. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
