/**
 * `tsx scripts/probe-namedness.ts [--misses] [--class NAME] [--frame ID]`: whether the engine
 * judges a person or group phrase named by what qualifies it, across the kinds of qualifier news
 * uses and the sentence positions it puts them in.
 *
 * A phrase's namedness decides both its `unnamed` finding and its source's `named`: people of a
 * named body are named (`a Pentagon official`, `analysts at RBC`: the source `named: true`,
 * `unnamed` optional), people qualified only by a place, a nationality, a faith, a region, a party
 * or a relationship are not (`U.S. officials`, `county officials`, `Muslim clergy`, `Western
 * diplomats`, `Renewal MPs`, `sources close to Varga`: a required `unnamed`, `named: false`). The
 * hard cases are capitalised words that are no body's name: a place or people the engine may not
 * know (`Velland officials`, `a fund from Qaresh`), a word capitalised only at a sentence start or
 * in a tabloid's capitals (`Border officials`, `TELLY bosses`), a body met before only as an
 * indefinite (`one supplier ... the supplier`).
 *
 * Rulings (ANNOTATION.md's settled cases and eval/labelled/DECISIONS.md), one per entry:
 *   `u`  a required `unnamed`, and as a source `named: false`: a place, nationality, demonym,
 *        faith, ethnicity, region or bloc (the guideline's `U.S. officials`, decisions 21, 60, 66,
 *        100), a party's members (decisions 5, 80), a person's relations and allies or `close to`
 *        (decision 6), a body's clientele (decision 80), a body the story met only as an indefinite
 *        or says it will not name (decisions 70, 89), a sentence-initial or tabloid capital;
 *   `o`  `unnamed` optional, the source `named: true`: staff of a named company, ministry, agency,
 *        club, newspaper, church or university by a name, an acronym or `at`/`of`/`for` (decisions
 *        5, 65, 80), a party's officers and staff (decision 5), a named person's aides (decision 20);
 *   `n`  never `unnamed`, the source `named: true`: a named body or a definite noun pointing back to
 *        it (`the company` after Acme, decision 15).
 *
 * Frames: a source before a cue, inverted, "according to", after an adverbial (each checks the
 * source and the finding); an actor of an act, of a by-agent, a headline, the accused of
 * "accused X of" and "investigating whether X" (each checks `unnamed` only; accused, a named
 * body's people are required too, decision 81), and a repeat in the next sentence ("the
 * person", "both people", "the insider": as named as the first mention, decision 163 and the
 * ones it cites). Every story opens with the same lead, which names a company, so "the company"
 * has a named antecedent and "the supplier" an unnamed one. Written from knowledge of news English,
 * not from any labelled set. `--misses` lists every failing sentence.
 */
import { analyze } from '../src/engine/index';
import { optionValue } from './lib/args';
import {
  agreeNumber,
  cap,
  countHit,
  type Hits,
  overlaps,
  printHits,
  readMarks,
} from './lib/probe-marks';

type Ruling = 'u' | 'o' | 'n';

interface Group {
  cls: string;
  /** The phrase as written inside a sentence. */
  np: string;
  want: Ruling;
  /** plural (verb agreement) */
  pl: boolean;
  /** how a later sentence refers back to the phrase (`the person`, `both people`), if probed */
  repeat?: string;
}

/** Heads a named employer's phrase takes: its people who work for it. */
const STAFF_HEADS = ['officials', 'executives', 'sources', 'staff', 'workers', 'analysts'];
/** Heads a place, people, faith or region only qualifies. */
const PLACED_HEADS = [
  'officials',
  'aides',
  'sources',
  'lawmakers',
  'residents',
  'workers',
  'fans',
  'clergy',
  'analysts',
  'diplomats',
];

/** `u`/`o`/`n` then plural `+` or singular `-`, then the phrase, one per line, by class. */
const GROUPS_TEXT: Record<string, string> = {
  'named company': [
    ...STAFF_HEADS.map((h) => `o+ Halvard Motors ${h}`),
    ...STAFF_HEADS.map((h) => `o+ ${h} at Halvard Motors`),
    'o- a Halvard Motors spokesman',
    'o- a senior executive at Halvard Motors',
    'o+ employees of Halvard Motors',
    'o- an analyst at RBC',
    'o+ analysts at Goldman Sachs',
    'u+ fans of Halvard Motors',
    'u+ customers of Halvard Motors',
  ].join('\n'),
  'ministry and agency': `
    o- a Health Ministry official
    o+ Finance Ministry officials
    o+ officials at the Interior Ministry
    o- a Pentagon official
    o+ FDA officials
    o+ NHS staff
    o- an EPA spokeswoman
    o+ officials from the Ministry of Health
    o- a senior State Department official`,
  'club, paper, church, university': `
    o+ Ashmere United players
    o- a Rovers spokesman
    u+ Ashmere United fans
    o+ staff at the Harbour Gazette
    o- a Harbour Gazette reporter
    o+ clergy at St Oda's Church
    u+ worshippers at St Oda's Church
    o+ Fenwick University staff
    o- a spokeswoman for Fenwick University
    u+ students at Fenwick University`,
  party: `
    u+ Renewal Party members
    u+ Labour lawmakers
    u+ Republican strategists
    u- a senior Tory source
    o- a Renewal Party spokesman
    o- a Democratic leadership aide
    u+ members of the governing party
    u- a senior figure in the governing party`,
  'place and people': [
    ...PLACED_HEADS.map((h) => `u+ U.S. ${h}`),
    ...PLACED_HEADS.map((h) => `u+ Kenyan ${h}`),
    ...PLACED_HEADS.map((h) => `u+ Ohio ${h}`),
    ...PLACED_HEADS.map((h) => `u+ ${h} in Nairobi`),
    'u+ French officials',
    'u+ Chinese state media officials',
    'u+ county officials',
    'u- a state official',
    'u+ city officials',
    'u+ local officials in Kelm',
    'u- a diplomat in Brussels',
    'u+ Velland officials',
    'u+ Velland border guards',
    'u- a Tarsland negotiator',
    'u- a sovereign wealth fund from Qatar',
    'u- a defence group from Alsund',
    'u+ farmers in the Vale of Kell',
    'u+ two Keswater hedge funds',
  ].join('\n'),
  'faith, ethnicity, region': `
    u+ Muslim clergy
    u+ Catholic leaders
    u+ Jewish groups
    u+ Kurdish fighters
    u+ Western diplomats
    u+ Gulf officials
    u- at least one Middle Eastern investor
    u+ European officials
    u+ Arab diplomats
    u+ Northern officials`,
  'person and closeness': `
    o+ Varga's aides
    o- an aide to Varga
    u+ Varga's allies
    u+ Varga's neighbours
    u+ sources close to Varga
    u- a person close to Varga
    u+ friends of Varga`,
  'capitals only': `
    u+ border enforcement officers
    u+ transit workers
    u+ air traffic controllers
    u+ TELLY bosses
    u+ TERROR cops
    u+ CYBER crooks`,
  // (session 30: a tabloid's capitals across its subjects, showbiz, football, crime, royals,
  // politics; an acronym's people stay a named body's, spoken or spelled; a place's stay unnamed)
  'tabloid capitals': `
    u+ SOAP bosses
    u+ FOOTIE chiefs
    u+ GREEDY thieves
    u+ CHEEKY crooks
    u+ ROYAL aides
    u+ FURIOUS parents
    u+ SHAMELESS fraudsters
    o+ NATO officials
    o+ FIFA bosses
    o+ UEFA officials
    o+ NHS chiefs
    o+ BBC staff
    o+ OFSTED inspectors
    u+ US officials
    u+ EU diplomats`,
  // (session 29: people known by what they know, whom they are close to, where they stand, from
  // every desk; decision 6: close to a named person is required, and familiar with a named body's
  // plans is no post in it; a named body's people are optional, decisions 5, 20, 65; a district
  // standing for many bodies is a place, decision 100's "Whitehall officials"; people at a
  // definite body the story never named are left out, the labels ruling both ways)
  'knowledge and briefing': `
    u+ people familiar with the matter
    u+ two people familiar with the talks | the people
    u- a person familiar with Varga's thinking | the person
    u+ officials briefed on the investigation | the officials
    u- a person briefed on the negotiations | the person
    u- one person with knowledge of the deal | the person
    u+ people with direct knowledge of the plans | both people
    u- a senior official familiar with the case | the official
    u+ lawyers involved in the case
    u+ researchers familiar with the study
    u+ people working on the deal
    u- someone present at the meeting
    u+ two people who attended the meeting | the two people
    u- a person familiar with Halvard Motors' plans | the person
    o+ people at Halvard Motors | the people
    o- a source at Halvard Motors | the source
    o+ people working for Halvard Motors`,
  'insiders and circles': `
    u+ insiders | the insiders
    u+ party insiders
    u+ industry insiders
    u- a Westminster insider | the insider
    u- a Hollywood insider | the insider
    u- a palace insider
    u- a show insider
    u+ sources close to the club | the sources
    u- a source close to the singer | the source
    u- a source close to the investigation | the source
    u+ people close to the negotiations
    u- a person close to Varga | the person
    u+ Varga's associates
    u+ associates of Varga
    u+ Varga's friends
    u- a friend of Varga | the friend
    u+ allies of Varga
    u+ Varga's longtime allies
    u- a Varga ally | the ally
    u+ colleagues of Varga
    u+ Varga's former colleagues
    u+ people in Varga's circle
    u- a member of Varga's inner circle | the member
    u+ members of Varga's entourage
    u+ people in Varga's camp
    u- a source in Varga's camp | the source
    o- a Varga aide | the aide
    o- an adviser to Varga | the adviser`,
  'unnamed bodies by desk': `
    u+ police sources
    u- a police source | the source
    u+ hospital sources
    u- a court official
    u+ council sources
    u- a council insider
    u+ defence sources
    u- a senior military official
    u+ intelligence officials
    u+ government sources
    u- a government source | the source
    u+ Whitehall sources
    u+ church sources
    u- a museum insider
    u+ network executives
    u- a dressing-room source
    u+ board members
    u- a senior banker
    u+ prison staff
    u+ airport staff
    u+ union sources
    u+ campaign aides`,
  'back-reference': `
    n- the company
    n- the carmaker
    u- the supplier
    u- the contractor`,
};

const GROUPS: Group[] = Object.entries(GROUPS_TEXT).flatMap(([cls, text]) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [np, repeat] = l.slice(3).split(' | ');
      return { cls, want: l[0] as Ruling, pl: l[1] === '+', np: np!, repeat };
    }),
);

/**
 * A frame: `{X}` the phrase (first letter capitalised), `{x}` as is; `{is}`, `{has}`, `{s}` agree
 * with it. A cue in `⟦⟧` is checked for its source (`src`); `act` frames check `unnamed` only.
 */
interface Frame {
  id: string;
  want: 'src' | 'act';
  text: string;
  /** the frame accuses the phrase on its own account: a named body's people are withheld too */
  accuses?: boolean;
  /**
   * the frame checks the second mention `{R}` (the group's `repeat`): a repeat of an unnamed
   * source is as unnamed as it (decision 163), of a named body's person as named
   */
  repeats?: boolean;
}

/**
 * The lead: a named company, and a supplier it does not name (so `the supplier` and `the
 * contractor` point back to bodies the story withholds).
 */
const LEAD =
  'Halvard Motors recalled 40,000 cars on Monday after a fault was traced to one supplier and an outside contractor. ';

const FRAMES: Frame[] = [
  { id: 'X-said', want: 'src', text: '{X} ⟦said⟧ the recall would widen.' },
  { id: 'X-told', want: 'src', text: '{X} ⟦told⟧ reporters the recall would widen.' },
  { id: 'said-X', want: 'src', text: 'The recall will widen, ⟦said⟧ {x}.' },
  { id: 'according', want: 'src', text: '⟦According to⟧ {x}, the recall will widen.' },
  { id: 'X-warned', want: 'src', text: 'On Tuesday, {x} ⟦warned⟧ that the recall would widen.' },
  { id: 'X-acted', want: 'act', text: '{X} blocked the road to the plant on Tuesday.' },
  { id: 'X-pressing', want: 'act', text: '{X} {is} pressing for a delay to the recall.' },
  { id: 'by-X', want: 'act', text: 'The plan was attacked by {x} on Tuesday.' },
  { id: 'headline', want: 'act', text: '{X} attack{s} recall plan\n\n' },
  {
    id: 'accused-X',
    want: 'act',
    accuses: true,
    text: 'Prosecutors accused {x} of hiding the fault from regulators.',
  },
  {
    id: 'repeat',
    want: 'src',
    repeats: true,
    text: '{X} ⟦said⟧ the recall would widen. {R} ⟦added⟧ that the supplier was at fault.',
  },
  {
    id: 'repeat-told',
    want: 'src',
    repeats: true,
    text: '{X} {has} described the fault. {R} ⟦told⟧ reporters the supplier was at fault.',
  },
  {
    id: 'whether-X',
    want: 'act',
    accuses: true,
    text: 'Regulators are investigating whether {x} hid the fault.',
  },
];

const args = process.argv.slice(2);
const onlyClass = optionValue(args, '--class');
const onlyFrame = optionValue(args, '--frame');
const groups = GROUPS.filter((g) => !onlyClass || g.cls === onlyClass);
const frames = FRAMES.filter((f) => !onlyFrame || f.id === onlyFrame);

/** The story: the lead then the frame (a headline goes first), the phrase marked `⟪⟫`. */
function fill(f: Frame, g: Group): string {
  const body = agreeNumber(f.text, g.pl)
    .replace('{X}', `⟪${cap(g.np)}⟫`)
    .replace('{x}', `⟪${g.np}⟫`)
    .replace('{R}', `⟪${cap(g.repeat ?? '')}⟫`);
  return f.id === 'headline' ? body + LEAD : LEAD + body;
}

const byFrame = new Map<string, Hits>();
const byClass = new Map<string, Hits>();
const byWant = new Map<string, Hits>();
const misses: string[] = [];
for (const f of frames)
  for (const g of groups) {
    if (f.repeats && !g.repeat) continue;
    const { text, marks } = readMarks(fill(f, g));
    const phrases = marks.filter((m) => m.bracket === '⟪');
    const cues = marks.filter((m) => m.bracket === '⟦');
    const np = f.repeats ? phrases[1]! : phrases[0]!;
    const cue = f.repeats ? cues[cues.length - 1] : cues[0];
    const found = analyze(text);
    const unnamed = found.some((x) => x.kind === 'unnamed' && overlaps(x, np));
    // (decision 81: people of a named body accused on their own account are required)
    const want = f.accuses && g.want === 'o' ? 'u' : g.want;
    const flagOk = want === 'u' ? unnamed : want === 'n' ? !unnamed : true;
    let ok = flagOk;
    let why = want === 'u' ? 'not flagged' : 'flagged';
    if (f.want === 'src') {
      const a = found.find((x) => x.kind === 'attribution' && cue && overlaps(x, cue));
      const src = a?.source;
      const srcOk =
        !!src && overlaps(src, np) && (g.want === 'u' ? src.named === false : src.named !== false);
      ok = srcOk && flagOk;
      if (!srcOk)
        why = !a
          ? 'no cue'
          : !src
            ? 'no source'
            : !overlaps(src, np)
              ? `source "${text.slice(src.start, src.end)}"`
              : `named=${String(src.named)}`;
    }
    const kind = `${f.want}:${g.want}`;
    countHit(byFrame, f.id, ok);
    countHit(byClass, g.cls, ok);
    countHit(byWant, kind, ok);
    if (!ok)
      misses.push(
        `miss ${f.id.padEnd(11)} ${g.want} ${why.padEnd(22)} ${text.slice(f.id === 'headline' ? 0 : LEAD.length).replace(/\n+/g, ' / ')}`,
      );
  }

printHits({
  phrases: groups.length,
  frames: frames.length,
  width: 32,
  frameHeader: 'frame                             share   (right / sentences)',
  kindHeader: 'frame kind:ruling',
  byFrame,
  byClass,
  byWant,
  misses,
  showMisses: args.includes('--misses'),
});
