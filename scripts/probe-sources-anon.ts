/**
 * `tsx scripts/probe-sources-anon.ts [--misses] [--alarms] [--class NAME] [--frame ID] [--text WORDS]`:
 * how often the engine flags an anonymous source as `unnamed` across the ways news credits one,
 * and how often it flags a phrase that withholds no one.
 *
 * A development tool, not a test. The descriptors are written from knowledge of how newsrooms
 * describe anonymous sources (wire services, business and political desks, public broadcasters,
 * tabloids, trade press), never from a labelled set, in classes: people familiar, briefed or with
 * knowledge; officials by rank, sector, place or nationality; people known by whom they are close
 * to; repeat mentions that assume an earlier sentence (the earlier sentence is given); people by
 * place, nationality or relationship; groups; documents with no issuer. Each is crossed with the
 * frames that credit a source: "X said", inverted "said X", "according to X", "X told Reuters",
 * present tense, the anonymity boilerplate, participles, "as X put it", questions, Title Case
 * headlines. An `unnamed` finding must overlap the descriptor (ANNOTATION.md's anonymous-source
 * formulas and repeat mentions; decisions 6 and 7 of eval/labelled/DECISIONS.md).
 *
 * The class `optional` (people of a body the phrase names: "a Pentagon official", decisions 5,
 * 31, 92; pronoun heads: "those close to him", decision 99) is counted apart. The quiet sentences mark a phrase no `unnamed`
 * finding may overlap: a named person's repeat, "an official statement", "the source code".
 */
import { analyze } from '../src/engine/index';
import { optionValue } from './lib/args';
import { cap, overlaps, pct, title } from './lib/probe-marks';

/** An anonymous-source descriptor. */
interface Descriptor {
  cls: string;
  /** The phrase as it stands inside a sentence ("a person familiar with the talks"). */
  text: string;
  plural: boolean;
  /** A document, not a person: only the frames a document fits. */
  doc?: boolean;
  /** Has a post-modifier of its own ("familiar with", "close to"): no "X familiar with" frame. */
  post?: boolean;
  /** Ends in a name in apposition ("..., Maya Orr"): a comma closes it before a word. */
  apposed?: boolean;
  /** The sentence before, for a repeat mention. */
  before?: string;
}

/**
 * Each line `text | flags | before`: flags are `p` plural, `d` document, `m` post-modified
 * (a descriptor with "familiar", "close to", "briefed", "with knowledge", "of", "from", "to", "by",
 * "who" is post-modified without the flag).
 */
const CLASSES: Record<string, string> = {
  familiar: `
    a person familiar with the talks
    two people briefed on the plans | p
    people with direct knowledge of the matter | p
    a source familiar with the negotiations
    sources familiar with the matter | p
    three people familiar with the company's thinking | p
    a person with knowledge of the deal
    a person briefed on the discussions
    people aware of the plans | p
    a person involved in the talks
    two people with knowledge of the matter | p
    an executive familiar with the matter
    a banker involved in the deal
    several people familiar with the deliberations | p
    a person knowledgeable about the matter
    one person familiar with the investigation
    a person who has seen the figures
    two people who attended the meeting | p
    a person present at the meeting
    people in the room | p
    a person familiar with the matter who asked not to be identified because the discussions are private
    people acquainted with the matter | p
    a person in the know
    one person with direct knowledge of the matter
    a person close to the deal
    people involved in the process | p
    a person briefed on the matter
    people with knowledge of the company's plans | p
    a person with ties to the company
    people who have spoken with him | p
    a person who was at the dinner`,
  official: `
    a senior official
    a European diplomat
    an aide to the senator
    a senior U.S. official
    a Western official
    two senior officials | p
    a regional official
    a state official
    county officials | p
    a security official
    a senior intelligence official
    a law enforcement official
    a diplomat
    an Arab diplomat
    Western diplomats | p
    a senior police source
    a government source
    a senior military officer
    a former senior official
    a local official
    two officials | p
    an official
    a mid-level official
    a second official
    a cabinet minister
    a senior minister
    a former minister
    a government insider
    a Western intelligence official
    a senior Israeli official
    an Iranian official
    a campaign aide
    a party official
    a union official
    a senior backbencher
    one MP
    a senior diplomat
    a police source
    a senior government source
    a high-ranking officer
    a senior security source`,
  close: `
    a source close to the singer
    a friend of the couple
    pals of the star | p
    an insider
    a person close to him
    people close to the prince | p
    sources close to the family | p
    a close ally of the minister
    a family friend
    a longtime friend
    a confidant of the president
    a source close to the investigation
    one insider
    a showbiz insider
    an industry insider
    a close friend
    a pal
    a source close to the club
    a person close to the company
    friends of the actor | p
    a well-placed source
    a senior source
    a highly placed source
    a senior figure
    a senior industry figure
    a veteran lobbyist
    a royal source
    a former aide
    a close associate
    a long-time associate
    an associate
    a childhood friend
    a former business partner
    an adviser to the family
    a spokesman for the protesters
    a lawyer for one of the defendants
    people around the president | p
    figures close to the minister | p
    allies of the minister | p`,
  repeat: `
    the official | | A senior official briefed reporters on condition of anonymity on Monday.
    the source | | A source close to the singer spoke to the paper on Monday.
    the person | | A person familiar with the talks described the mood on Monday.
    both sources | p | Two sources close to the club confirmed the approach.
    the two people | p | Two people briefed on the plans described them on Monday.
    one of the people | | Three people familiar with the matter described the talks.
    the aide | | An aide to the senator spoke on condition of anonymity.
    the insiders | p | Insiders at the club are worried about the budget.
    the diplomat | | A European diplomat who attended the meeting described it as tense.
    the people | p | Two people familiar with the matter described the talks.
    the sources | p | Sources close to the star described the split as amicable.
    the other person | | Two people familiar with the talks described them to Reuters.
    the insider | | A showbiz insider described the row.
    the friend | | A friend of the couple described the wedding plans.
    the officials | p | Two senior officials described the talks on condition of anonymity.
    the employee | | An employee at the warehouse, who asked not to be named, described the conditions.
    the second official | | Two officials described the talks on condition of anonymity.
    the former official | | A former official who worked on the project asked not to be named.
    both people | p | Two people familiar with the matter described the talks on Monday.
    the regulator | | A regulator who examined the books described them to the paper.
    the veteran | | A veteran of the squad described the mood in the dressing room.
    the whistleblower | | A whistleblower at the plant contacted the paper in March.
    the witness | | A witness to the crash described the scene to reporters.`,
  place: `
    another woman from Aleppo
    a neighbour
    the minister's ally
    a relative
    a neighbour of the family
    a man from the village
    a mother from the nearby town
    a resident of the street
    a cousin of the victim
    the victim's sister
    a Syrian refugee
    a local shopkeeper
    a relative of the dead man
    a former colleague
    a classmate of the suspect
    an acquaintance
    a villager
    farmers downstream | p
    one neighbour
    a woman who lives nearby
    an eyewitness
    a witness
    a bystander
    a passer-by
    an onlooker
    a fellow passenger
    a fellow inmate
    a former classmate
    a nurse at the hospital
    an employee at the plant
    a worker at the factory
    a senior executive at a rival firm
    an executive at one of the banks
    a trader
    one trader
    a fund manager
    a whistleblower
    an anonymous caller
    another resident of Kelm
    a Whitehall veteran
    a former international
    a former colleague of the minister
    a parent at a school in the town
    a longtime resident
    a retired teacher from the village
    one mourner
    a former Marine
    one ex-employee`,
  // (relatives: decisions 6, 67 and 91; a named person's family withholds who speaks, "Lind's
  // family thanked the mediators")
  family: `
    his family
    the victim's family
    the family of the dead man
    relatives of the dead | p
    her parents | p
    Dunmore's family
    the family of Ana Ruiz
    a family member
    his widow
    her brother
    a cousin
    the boy's mother`,
  // (closeness with the principal's name in apposition: the name is the principal's, the
  // source stays unnamed, decision 67: "A person close to the chief executive, Maya Orr, said")
  closeNamed: `
    a person close to the chief executive, Maya Orr | n
    allies of the home secretary, Marcus Vell | pn
    several people close to the bank's founder, Aurel Vast | pn
    supporters close to the mayor, Ana Ruiz | pn
    people close to the coach, Dan Pryce | pn
    a source close to the striker, Leo Mank | n
    a confidant of the governor, Ruth Amadi | n
    sources close to the chairman, Piet Voss | pn`,
  group: `
    insiders | p
    sources | p
    critics | p
    some officials | p
    several employees | p
    officials | p
    diplomats | p
    analysts | p
    witnesses | p
    some lawmakers | p
    a source
    one source
    multiple sources | p
    a handful of employees | p
    former employees | p
    current and former employees | p
    some investors | p
    senior figures | p
    rival executives | p
    a former employee
    industry sources | p
    diplomatic sources | p
    security sources | p
    military sources | p
    Western security sources | p
    intelligence sources | p
    government sources | p
    company insiders | p
    party insiders | p
    senior aides | p
    several current and former employees | p
    dozens of workers | p
    some residents | p
    some staff | p
    many employees | p
    local media | p
    media reports | p
    unconfirmed reports | p
    people inside the company | p`,
  // people of a body given only by `the` and a common noun, in a sentence of its own: no story
  // names the body (decisions 84, 101 and 116; entities/link/body-antecedent.ts)
  bodyNoAntecedent: `
    a spokesman for the chipmaker | m
    a spokeswoman for the insurer | m
    a lawyer for the lender | m
    a source at the broadcaster | m
    engineers at the carmaker | pm
    researchers at the firm | pm
    two former players at the academy | pm
    staff at the retailer | pm
    a former employee of the chain
    executives at the operator | pm`,
  document: `
    a memo seen by Reuters | d
    an internal email | d
    leaked minutes | pd
    a draft report | d
    internal documents reviewed by the paper | pd
    a leaked memo | d
    a confidential report | d
    documents obtained by the newspaper | pd
    an internal presentation | d
    a letter seen by the BBC | d
    a dossier | d
    a leaked recording | d
    an unsigned letter | d
    text messages seen by the paper | pd
    a briefing note | d
    an intelligence assessment | d
    a private report | d
    an internal review | d
    a copy of the report seen by the paper | d
    a draft of the agreement | d
    an internal memo | d
    a confidential memo | d
    a leaked document | d
    leaked emails | pd
    internal messages | pd
    a leaked letter | d
    internal figures | pd
    figures seen by the paper | pd
    a slide presentation | d
    a recording obtained by the paper | d
    an internal audit | d
    an anonymous letter | d
    a whistleblower complaint | d
    a video circulating online | d
    footage posted online | d
    a post on social media | d
    a notice sent to customers | d
    a draft agreement seen by the paper | d
    a draft bill obtained by the paper | d
    a public notice | d`,
  // people placed by where they are with across, along, around, outside or throughout before a
  // definite place or a name (phrase/placed-by.ts): the whole phrase is the source
  placed: `
    farmers along the Tarrow River | pm
    growers along the river | pm
    shopkeepers across the city | pm
    traders outside the station | pm
    dairy farmers throughout Kestland | pm
    crews around the harbour | pm
    residents along the canal | pm
    stallholders outside the market | pm
    fishermen along the coast | pm
    a shopkeeper outside the station | m
    a farmer along the Tarrow River | m
    farmers in the north of the country | pm
    growers in the west of Kestland | pm
    shopkeepers on the outskirts of Brenholm | pm
    a priest in the south of the country | m`,
  // (optional: people of a body the phrase names, decisions 5, 31, 92, 140, and pronoun heads,
  // decisions 41, 99)
  optional: `
    those close to him | p
    some in the party | p
    a teacher at the school
    a source at the club
    a Downing Street source
    a No 10 source
    a senior Senate aide
    a U.N. official
    a NATO diplomat
    a company spokesperson
    a Defense Department official
    a senior administration official
    a congressional staffer
    a White House official
    a Pentagon official
    a Labour source
    a Whitehall source
    a senior European Union official`,
};

const DESCRIPTORS: Descriptor[] = [];
for (const [cls, lines] of Object.entries(CLASSES))
  for (const line of lines.split('\n').map((l) => l.trim())) {
    if (line === '') continue;
    const [text = '', flags = '', before] = line.split('|').map((p) => p.trim());
    const d: Descriptor = {
      cls,
      text,
      plural: flags.includes('p'),
      post:
        flags.includes('m') ||
        /\b(?:familiar|close|briefed|knowledge|knowledgeable|involved|aware|present|of|from|to|by|who|in|downstream|seen|reviewed|obtained)\b/.test(
          text,
        ),
    };
    if (flags.includes('d')) d.doc = true;
    if (flags.includes('n')) d.apposed = true;
    if (before) d.before = before;
    DESCRIPTORS.push(d);
  }

/**
 * A frame: `{X}` the descriptor capitalised, `{x}` as is, `{T}` in Title Case; `{s}` the
 * present-tense ending (`s` for one, nothing for several), `{was}`/`{has}` the agreeing forms.
 * `docs`: whether a document fits the frame (`all`), only a document (`only`), or not (absent).
 * `skipPost`: not for a descriptor with a post-modifier of its own.
 */
interface Frame {
  id: string;
  text: string;
  docs?: 'all' | 'only';
  skipPost?: boolean;
}

const FRAMES: Frame[] = [
  { id: 'x-said', docs: 'all', text: '{X} said the deal would be signed next week.' },
  { id: 'said-x', text: '"The deal is done," said {x}.' },
  { id: 'comma-x-said', docs: 'all', text: 'The deal will be signed next week, {x} said.' },
  { id: 'according', docs: 'all', text: 'According to {x}, the deal will be signed next week.' },
  {
    id: 'according-end',
    docs: 'all',
    text: 'The deal will be signed next week, according to {x}.',
  },
  { id: 'told-reuters', text: '{X} told Reuters the deal would be signed next week.' },
  { id: 'tells-paper', text: '{X} tell{s} the paper the deal is close.' },
  { id: 'says-present', docs: 'all', text: 'The deal is close, {x} say{s}.' },
  {
    id: 'anon-because',
    text: '{X}, who spoke on condition of anonymity because the talks are private, said the deal was close.',
  },
  { id: 'asked-not-named', text: '{X}, who asked not to be named, said the deal was close.' },
  {
    id: 'x-familiar',
    skipPost: true,
    text: '{X} familiar with the matter said the deal was close.',
  },
  { id: 'added', text: '{X} added that the price had not been agreed.' },
  {
    id: 'participle',
    text: 'The deal will be signed next week, {x} said, adding that the price had not been agreed.',
  },
  { id: 'confirmed', docs: 'all', text: '{X} confirmed that the company had received an offer.' },
  { id: 'warned', docs: 'all', text: '{X} warned that the deal could still collapse.' },
  { id: 'described', docs: 'all', text: '{X} described the talks as tense.' },
  {
    id: 'speaking-anon',
    text: '{X}, speaking on condition of anonymity, said the deal was close.',
  },
  { id: 'as-put-it', text: 'The talks were, as {x} put it, "a mess from start to finish."' },
  { id: 'insisted', text: '{X} insisted the deal was still on track.' },
  { id: 'question', text: '"Who would sign that?" {x} asked.' },
  { id: 'shows', docs: 'only', text: '{X} show{s} the company lost money last year.' },
  {
    id: 'not-authorized',
    text: '{X}, who {was} not authorized to speak publicly, said the deal was close.',
  },
  {
    id: 'declined-identified',
    text: '{X}, who declined to be identified, said the deal was close.',
  },
  {
    id: 'requested-anon',
    text: '{X}, who requested anonymity to discuss private talks, said the deal was close.',
  },
  {
    id: 'said-x-anon',
    text: 'The deal is close, said {x}, who did not want to be named.',
  },
  {
    id: 'granted-anon',
    text: '{X}, granted anonymity to discuss the talks, said the deal was close.',
  },
  { id: 'told-on-monday', text: '{X} told The Times on Monday that the deal was close.' },
  { id: 'quoted-saying', docs: 'all', text: '{X} {was} quoted as saying the deal was close.' },
  { id: 'citing', docs: 'all', text: 'The paper, citing {x}, said the deal was close.' },
  { id: 'cited-by', text: '{X} cited by Bloomberg said the deal was close.' },
  { id: 'revealed', docs: 'all', text: '{X} revealed that the deal was close.' },
  { id: 'claims', docs: 'all', text: '{X} claim{s} the deal is close.' },
  { id: 'dash', docs: 'all', text: 'The deal is close — {x} said on Monday.' },
  { id: 'expects', text: '{X} expect{s} the deal to be signed next week.' },
  { id: 'tabloid-told', text: '{X} told The Sun: "They are heartbroken."' },
  { id: 'tabloid-tells', text: '{X} tell{s} Page Six: "They are heartbroken."' },
  { id: 'said-privately', text: '{X} said privately that the deal was close.' },
  { id: 'reported-by', docs: 'all', text: 'The plan was first reported by {x} on Monday.' },
  { id: 'per', docs: 'all', text: 'The deal is close, per {x}.' },
  {
    id: 'and-coordinated',
    text: '{X} and a second person said the deal was close.',
  },
  {
    id: 'in-relative',
    docs: 'all',
    text: 'The deal, which {x} said would be signed next week, is worth $2 billion.',
  },
  {
    id: 'long-said',
    docs: 'all',
    text: '{X} said on Monday that the deal, which has been months in the making, would be signed next week.',
  },
  {
    id: 'quote-open',
    text: '"We are very close," {x} said. "It could be done by Friday."',
  },
  { id: 'quote-split', text: '"We are very close," said {x}, "but nothing is signed."' },
  { id: 'mid-aside', docs: 'all', text: 'The move, {x} said, was a mistake.' },
  { id: 'in-interview', text: '{X} said in an interview that the deal was close.' },
  { id: 'dash-anon', text: '{X} — who asked not to be named — said the deal was close.' },
  { id: 'paren-anon', text: '{X} (who asked not to be named) said the deal was close.' },
  { id: 'colon-quote', text: '{X} said: "The deal is close."' },
  { id: 'has-told', text: '{X} {has} told colleagues that the deal is close.' },
  { id: 'privately-told', text: '{X} privately told allies the deal was close.' },
  { id: 'on-background', text: '{X}, speaking on background, said the deal was close.' },
  {
    id: 'according-who',
    text: 'According to {x}, who asked not to be named, the deal is close.',
  },
  { id: 'after-time', docs: 'all', text: 'On Monday, {x} said the deal was close.' },
  {
    id: 'but-said',
    docs: 'all',
    text: 'The company declined to comment, but {x} said the deal was close.',
  },
  { id: 'nested', docs: 'all', text: 'Reuters reported that {x} had confirmed the deal.' },

  // (a later conjunct of a coordinated source: each conjunct is a source)
  {
    id: 'according-and',
    docs: 'all',
    text: 'The deal will be signed next week, according to two witnesses and {x}.',
  },
  { id: 'and-second', text: 'Two residents and {x} said the deal was close.' },
  { id: 'and-end', text: 'The deal is close, a local official and {x} said.' },
  {
    id: 'and-told',
    text: 'A diplomat and {x} told Reuters the deal would be signed next week.',
  },
  { id: 'and-bare', text: 'The deal is close, according to residents and {x}.' },
  {
    id: 'headline',
    docs: 'all',
    text: '{T} Say{s} Deal Is Close\n\nThe two companies have been in talks since March.',
  },
];

/** Quiet sentences: no `unnamed` finding may overlap the phrase in ⟨...⟩. */
const QUIET: { id: string; text: string }[] = [
  // a named person's or body's repeat (the guideline's "the company" after the company was named)
  {
    id: 'q-named-repeat',
    text: 'Senator Maria Lopez met voters in Tulsa on Monday. ⟨The senator⟩ said the bill would pass.',
  },
  {
    id: 'q-named-repeat',
    text: 'Acme Corp cut 200 jobs on Monday. ⟨The company⟩ said demand had fallen.',
  },
  // people of the body the story named, by the word for its kind (body-antecedent.ts)
  {
    id: 'q-named-body',
    text: 'Halden Mutual raised its premiums. ⟨A spokeswoman for the insurer⟩ said claims had risen.',
  },
  {
    id: 'q-named-body',
    text: 'Corvel Semiconductors cut its forecast. ⟨Engineers at the chipmaker⟩ said yields were poor.',
  },
  {
    id: 'q-named-repeat',
    text: 'Dr Ana Ruiz runs the clinic. ⟨The doctor⟩ told the paper she had no beds left.',
  },
  // a name in apposition or a list that names them
  {
    id: 'q-named-apposition',
    text: '⟨Two officials⟩, Ana Ruiz and Tom Berg, said the deal was close.',
  },
  {
    id: 'q-named-apposition',
    text: '⟨Critics of the plan⟩, including Senator Maria Lopez, said it would fail.',
  },
  // words of the same shape that are not people
  { id: 'q-official-adj', text: 'The agency issued an ⟨official⟩ statement on Monday.' },
  { id: 'q-official-adj', text: 'The ⟨official⟩ death toll rose to 40 on Tuesday.' },
  { id: 'q-official-adj', text: 'The president arrived for an ⟨official⟩ visit on Monday.' },
  { id: 'q-source-thing', text: 'The charity declined to name its ⟨sources⟩ of funding.' },
  { id: 'q-source-thing', text: 'The company published the ⟨source⟩ code on Monday.' },
  { id: 'q-source-thing', text: 'The river has its ⟨source⟩ in the hills above the town.' },
  { id: 'q-source-thing', text: 'Tourism is the main ⟨source⟩ of income for the island.' },
  { id: 'q-insider-thing', text: 'He was convicted of ⟨insider⟩ trading in 2019.' },
  { id: 'q-neighbour-thing', text: 'Troops crossed into a ⟨neighbouring⟩ country on Sunday.' },
  { id: 'q-friend-thing', text: 'The park is a family-⟨friendly⟩ place to visit.' },
  // an indefinite pronoun is never `unnamed` (decision 41)
  { id: 'q-someone', text: '⟨Someone⟩ familiar with the plans said the deal was close.' },
  // people only spoken of, not credited or acting
  { id: 'q-hypothetical', text: '⟨The person responsible⟩ will be punished, the minister said.' },
  { id: 'q-hypothetical', text: 'Anyone with information should call ⟨police⟩ on 101.' },
  { id: 'q-audience', text: 'The minister told ⟨reporters⟩ the deal was close.' },
  { id: 'q-protect-sources', text: 'The paper said it would protect its ⟨sources⟩.' },
];

const fill = (f: Frame, d: Descriptor): { text: string; start: number; end: number } => {
  const parts: Record<string, string> = {
    '{X}': cap(d.text),
    '{x}': d.text,
    '{T}': title(d.text),
  };
  // (a headline drops the article: "Source Says", "Leaked Memo Shows")
  if (f.id === 'headline') parts['{T}'] = title(d.text.replace(/^(?:a|an|the) /, ''));
  let text = f.text
    .replace(/\{s\}/g, d.plural ? '' : 's')
    .replace(/\{was\}/g, d.plural ? 'were' : 'was')
    .replace(/\{has\}/g, d.plural ? 'have' : 'has');
  const slot = /\{[XxT]\}/.exec(text)!;
  const filler = parts[slot[0]]!;
  // ("..., Maya Orr said": the apposition closes with a comma before a word)
  const closing =
    d.apposed && /^[\s"A-Za-z]/.test(text.slice(slot.index + slot[0].length)) ? ',' : '';
  text = text.replace(slot[0], filler + closing);
  let start = slot.index;
  if (d.before) {
    text = `${d.before} ${text}`;
    start += d.before.length + 1;
  }
  return { text, start, end: start + filler.length };
};

const fits = (f: Frame, d: Descriptor): boolean =>
  (d.doc ? f.docs !== undefined : f.docs !== 'only') &&
  !(f.skipPost && d.post) &&
  !(f.id === 'headline' && (d.before !== undefined || d.apposed === true)) &&
  // (a repeat's "both" opens its phrase: no later conjunct)
  !(f.id.startsWith('and-') && d.text.startsWith('both'));

const args = process.argv.slice(2);
const onlyClass = optionValue(args, '--class');
const onlyFrame = optionValue(args, '--frame');
const onlyText = optionValue(args, '--text');
const descriptors = DESCRIPTORS.filter(
  (d) => (!onlyClass || d.cls === onlyClass) && (!onlyText || d.text.includes(onlyText)),
);
const frames = FRAMES.filter((f) => !onlyFrame || f.id === onlyFrame);

interface Tally {
  n: number;
  ok: number;
}
const tally = (m: Map<string, Tally>, k: string): Tally => {
  const t = m.get(k) ?? { n: 0, ok: 0 };
  m.set(k, t);
  return t;
};
const byFrame = new Map<string, Tally>();
const byFrameOpt = new Map<string, Tally>();
const byClass = new Map<string, Tally>();
const byText = new Map<string, Tally>();
const misses: string[] = [];
for (const f of frames)
  for (const d of descriptors) {
    if (!fits(f, d)) continue;
    const { text, start, end } = fill(f, d);
    const hit = analyze(text).some((x) => x.kind === 'unnamed' && overlaps(x, { start, end }));
    const optional = d.cls === 'optional';
    for (const t of [
      tally(optional ? byFrameOpt : byFrame, f.id),
      tally(byClass, d.cls),
      tally(byText, `${d.cls}: ${d.text}`),
    ]) {
      t.n++;
      if (hit) t.ok++;
    }
    if (!hit && !optional)
      misses.push(`miss  ${f.id.padEnd(16)} ${d.cls.padEnd(9)} ${text.replace(/\n+/g, ' / ')}`);
  }

let quietN = 0;
const alarms: string[] = [];
const quietById = new Map<string, Tally>();
for (const q of onlyClass || onlyFrame || onlyText ? [] : QUIET) {
  const open = q.text.indexOf('⟨');
  const close = q.text.indexOf('⟩');
  const text = q.text.replace('⟨', '').replace('⟩', '');
  const span = { start: open, end: close - 1 };
  const hit = analyze(text).some((x) => x.kind === 'unnamed' && overlaps(x, span));
  const t = tally(quietById, q.id);
  t.n++;
  quietN++;
  if (hit) {
    t.ok++;
    alarms.push(`alarm ${q.id.padEnd(18)} ${text.replace(/\n+/g, ' / ')}`);
  }
}

const sum = (m: Map<string, Tally>): Tally =>
  [...m.values()].reduce((a, t) => ({ n: a.n + t.n, ok: a.ok + t.ok }), { n: 0, ok: 0 });
console.log(`${descriptors.length} descriptors x ${frames.length} frames`);
console.log('\nframe             caught (required)       optional');
for (const f of frames) {
  const r = byFrame.get(f.id) ?? { n: 0, ok: 0 };
  const o = byFrameOpt.get(f.id) ?? { n: 0, ok: 0 };
  console.log(
    `${f.id.padEnd(17)} ${pct(r.ok, r.n, 5)}  (${r.ok}/${r.n})`.padEnd(41) +
      `${pct(o.ok, o.n, 5)}  (${o.ok}/${o.n})`,
  );
}
console.log('\nclass        caught  (flagged/sentences)');
for (const [c, r] of byClass) console.log(`${c.padEnd(12)} ${pct(r.ok, r.n, 5)}  (${r.ok}/${r.n})`);
const all = sum(byFrame);
console.log(`${'all required'.padEnd(12)} ${pct(all.ok, all.n, 5)}  (${all.ok}/${all.n})`);
if (quietN > 0) {
  console.log(`\nquiet sentences: ${alarms.length} false alarms in ${quietN}`);
  for (const [id, t] of quietById) if (t.ok > 0) console.log(`  ${id.padEnd(18)} ${t.ok}/${t.n}`);
}
const weakest = [...byText]
  .filter(([k, r]) => !k.startsWith('optional') && r.ok / r.n < 0.8)
  .sort((a, b) => a[1].ok / a[1].n - b[1].ok / b[1].n);
if (frames.length > 3) {
  console.log(`\ndescriptors caught in under 80% of their frames: ${weakest.length}`);
  console.log(weakest.map(([k, r]) => `${k} ${r.ok}/${r.n}`).join('; '));
}
if (args.includes('--misses')) for (const m of misses) console.log(m);
if (args.includes('--alarms') || (alarms.length > 0 && alarms.length <= 10))
  for (const a of alarms) console.log(a);
else if (alarms.length > 0) console.log(`\n(${alarms.length} false alarms: --alarms lists them)`);
