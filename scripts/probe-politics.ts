/**
 * `tsx scripts/probe-politics.ts [--misses] [--class NAME] [--frame ID]`: the people and groups of
 * political news (parliaments, congresses and state houses, parties, campaigns, governments) as
 * `unnamed` findings and as attribution sources, crossed with the sentence frames news puts them
 * in.
 *
 * Its own script rather than a class of probe-unnamed.ts: there a noun is crossed with frames as
 * one bare word, while a political group's identity lies in its qualifiers (a party name of any
 * shape, a chamber, "government", "senior", a count, "of the party's", "allies of"), and the same
 * head is unnamed or named by what qualifies it ("Renewal MPs" are members a party only places,
 * decisions 5, 80, 100 and 172; "a Renewal Party spokesman" is the party's officer, named). So
 * each entry here is a whole phrase with its ruling, and the probe checks the source's `named`
 * as well as the `unnamed` finding.
 *
 * Rulings (eval/labelled/DECISIONS.md), one per entry:
 *   `u`  a required `unnamed`, and as a source `named: false`: a party's members however placed
 *        (MPs, senators, lawmakers, councillors, strategists, operatives, sources, figures,
 *        donors, activists; "Two Republican senators", "Alliance strategists", "A senior Alliance
 *        figure", decisions 5, 100, 116, 172), a "government" or sector qualifier ("Government
 *        whips", "a government minister", "Cabinet ministers", "defense officials", decisions 66,
 *        116, 172), closeness ("Allies of the prime minister", decision 6), a place ("state
 *        lawmakers"), indefinite office holders of no body ("a junior minister", "a Senate
 *        committee chairman", decision 172), "the opposition" with no party (decision 156), two
 *        bodies of a kind ("rival campaigns", decision 65), bare role nouns ("Whips", decision 65);
 *   `o`  `unnamed` optional, the source `named: true`: a named party's or chamber's officers and
 *        staff ("A Civic Party whip", "A House Democratic aide", "a senior Senate aide",
 *        "a party spokesman" of the one party in play; decisions 5, 66, 100, 172) and a person of
 *        a named department;
 *   `n`  never `unnamed`, the source `named: true`: a named politician, "the prime minister"
 *        after she is named, the government and a parliament as bodies, a named party
 *        (decisions 15, 21).
 *
 * Frames: a source before a cue, inverted, "according to", in a mid-sentence tag, a stance verb,
 * after a time adverbial, with the anonymity formula (each checks the source); an actor of an act,
 * of a demand, of a by-agent, of "objections from", of "the confidence of", of "as X debated", a
 * headline (each checks `unnamed` only). Quiet frames: an audience ("told X", decision 41) and a
 * named person with the group in apposition (the name identifies). Every story opens with the
 * same lead, which names the prime minister and her party, so "the prime minister", "the party"
 * and "Allies of the prime minister" have an antecedent. Written from knowledge of political
 * news English, not from any labelled set. `--misses` lists every failing sentence.
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
}

/** `u`/`o`/`n` then plural `+` or singular `-`, then the phrase, one per line, by class. */
const GROUPS_TEXT: Record<string, string> = {
  'party members': `
    u+ Renewal MPs
    u+ Labour MPs
    u+ Tory MPs
    u+ Liberty MPs
    u+ Forward Party MPs
    u+ several Renewal MPs
    u+ at least 23 Renewal MPs
    u+ dozens of Labour MPs
    u+ furious MPs
    u+ senior Nationals
    u+ Tory backbenchers
    u+ Renewal backbenchers
    u- a senior backbencher
    u- a Labour backbencher
    u+ Tory grandees
    u+ Labour peers
    u+ Conservative rebels
    u+ Renewal rebels
    u+ Labour loyalists
    u+ party moderates
    u+ hardliners in the party
    u+ local Renewal councillors
    u+ Liberty councillors
    u- a Renewal councillor
    u+ grassroots members
    u+ party members
    u- one party member
    u+ party activists
    u+ Renewal activists
    u+ Forward Party members
    u+ Republican senators
    u+ two Republican senators
    u+ Democratic senators
    u+ GOP lawmakers
    u+ several House Republicans
    u- one Senate Democrat
    u+ House Democrats
    u+ Senate Republicans
    u+ a group of House Commonwealth lawmakers
    u+ several Commonwealth governors
    u+ Democratic governors
    u+ Republican legislators
    u+ state lawmakers
    u+ Democratic delegates
    u+ most of the party's lawmakers
    u+ many of the party's newer MPs
    u+ some of the party's MPs
    u- a senior Renewal figure
    u- a senior Labour figure
    u- a senior figure in the party
    u+ senior party figures
    u+ three senior party sources
    u- a party source
    u- a senior Tory source
    u+ Liberty strategists
    u+ Republican strategists
    u+ party strategists
    u+ Democratic operatives
    u+ party donors
    u+ donors
    u+ Renewal donors`,
  government: `
    u+ government whips
    u+ whips
    u+ two whips
    u- a government minister
    u- a junior minister
    u- a cabinet minister
    u+ Cabinet ministers
    u+ several of his Cabinet colleagues
    u+ government sources
    u- a senior government source
    u- a deputy secretary
    u+ two defense officials
    u+ administration officials
    u- a Senate committee chairman
    u+ Whitehall officials`,
  'allies and camps': `
    u+ allies of the prime minister
    u+ critics of the prime minister
    u+ opponents of the bill
    u+ rivals of the prime minister
    u- a close ally of the prime minister
    u+ Ruiz allies
    u+ rival camps
    u+ rival campaigns
    u- the opposition
    u- the leadership
    u+ the rebels
    u+ rebels
    u+ moderates
    u+ critics
    u- a super PAC aligned with the governor
    u+ pollsters`,
  'named officers': `
    o- a Renewal Party spokesman
    o- a party spokesman
    o- a spokeswoman for the party
    o- a senior Senate aide
    o- a House Democratic aide
    o- a Civic Party whip
    o- a Department of Transport official`,
  'defence and diplomacy': `
    o- a Tellish navy spokeswoman
    o- a British army spokesman
    o- a British army official
    u+ two US military officials
    o- a French air force spokesman
    o- a Norvanian coastguard spokesman
    o- a senior Ukrainian army official
    o- a Japanese defence ministry official
    o- a Chinese foreign ministry spokesperson
    u- a military source
    u+ military officials
    u- a senior army officer
    u- a naval source
    u- a Navy insider
    u+ Western diplomats
    u+ two diplomats from the bloc
    u- a diplomat in the capital
    u+ US intelligence officials
    u- a senior Western official
    u+ intelligence officials
    u+ negotiators
    u+ several smaller states
    u+ at least two governments
    n- the navy
    n- the foreign ministry`,
  named: `
    n- Senator Jane Ortiz
    n- Chief Whip Tom Ashe
    n- the prime minister
    n- the government
    n- Labour
    n- the Renewal Party
    n- the party
    n- Parliament`,
};

const GROUPS: Group[] = Object.entries(GROUPS_TEXT).flatMap(([cls, text]) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ cls, want: l[0] as Ruling, pl: l[1] === '+', np: l.slice(3) })),
);

/**
 * A frame: `{X}` the phrase (first letter capitalised), `{x}` as is; `{is}`, `{has}`, `{s}` agree
 * with it. A cue in `⟦⟧` is checked for its source (`src`); `act` frames check `unnamed` only;
 * `quiet` frames check that no `unnamed` overlaps the phrase.
 */
interface Frame {
  id: string;
  want: 'src' | 'act' | 'quiet';
  text: string;
  /** not for this ruling */
  skip?: Ruling[];
}

const LEAD = 'Prime Minister Ana Ruiz of the Renewal Party faces a revolt over her welfare bill. ';

const FRAMES: Frame[] = [
  { id: 'X-said', want: 'src', text: '{X} ⟦said⟧ the bill would fail.' },
  { id: 'X-told', want: 'src', text: '{X} ⟦told⟧ reporters the vote would be close.' },
  { id: 'said-X', want: 'src', text: 'The bill is in trouble, ⟦said⟧ {x}.' },
  { id: 'according', want: 'src', text: '⟦According to⟧ {x}, the vote will be close.' },
  { id: 'mid-said', want: 'src', text: 'The bill, {x} ⟦said⟧, would fail.' },
  { id: 'X-believe', want: 'src', text: '{X} ⟦believe{s}⟧ the rebellion will fade.' },
  { id: 'X-warned', want: 'src', text: 'On Tuesday, {x} ⟦warned⟧ that the bill would fail.' },
  {
    id: 'X-anon',
    want: 'src',
    skip: ['n'],
    text: '{X}, speaking on condition of anonymity, ⟦said⟧ the bill would fail.',
  },
  { id: 'X-voted', want: 'act', text: '{X} voted against the bill on Tuesday.' },
  { id: 'X-demanded', want: 'act', text: '{X} demanded a recount on Tuesday.' },
  { id: 'X-pressing', want: 'act', text: '{X} {is} pressing for a delay to the vote.' },
  { id: 'by-X', want: 'act', text: 'The bill was attacked by {x} on Tuesday.' },
  { id: 'from-X', want: 'act', text: 'The bill was delayed after objections from {x}.' },
  {
    id: 'confidence-of',
    want: 'act',
    skip: ['n'],
    text: 'The chief whip has lost the confidence of {x}.',
  },
  { id: 'as-debated', want: 'act', text: 'The vote was delayed as {x} debated the bill.' },
  { id: 'headline', want: 'act', text: '{X} revolt{s} over welfare bill\n\n' },
  {
    id: 'q-told-X',
    want: 'quiet',
    skip: ['n', 'o'],
    text: 'The chief whip told {x} that the vote would go ahead.',
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
    .replace('{x}', `⟪${g.np}⟫`);
  return f.id === 'headline' ? body + LEAD : LEAD + body;
}

const byFrame = new Map<string, Hits>();
const byClass = new Map<string, Hits>();
const byWant = new Map<string, Hits>();
const misses: string[] = [];
for (const f of frames)
  for (const g of groups) {
    if (f.skip?.includes(g.want)) continue;
    if (f.want === 'quiet' && g.want !== 'u') continue;
    const { text, marks } = readMarks(fill(f, g));
    const np = marks.find((m) => m.bracket === '⟪')!;
    const cue = marks.find((m) => m.bracket === '⟦');
    const found = analyze(text);
    const unnamed = found.some((x) => x.kind === 'unnamed' && overlaps(x, np));
    let ok: boolean;
    let why = '';
    if (f.want === 'quiet') {
      ok = !unnamed;
      why = 'flagged';
    } else if (f.want === 'act') {
      ok = g.want === 'u' ? unnamed : g.want === 'n' ? !unnamed : true;
      why = g.want === 'u' ? 'not flagged' : 'flagged';
    } else {
      const a = found.find((x) => x.kind === 'attribution' && cue && overlaps(x, cue));
      const src = a?.source;
      const srcOk =
        !!src && overlaps(src, np) && (g.want === 'u' ? src.named === false : src.named !== false);
      const flagOk = g.want === 'u' ? unnamed : g.want === 'n' ? !unnamed : true;
      ok = srcOk && flagOk;
      why = !a
        ? 'no cue'
        : !src
          ? 'no source'
          : !overlaps(src, np)
            ? `source "${text.slice(src.start, src.end)}"`
            : !srcOk
              ? `named=${String(src.named)}`
              : g.want === 'u'
                ? 'not flagged'
                : 'flagged';
    }
    const kind = f.want === 'quiet' ? 'quiet' : `${f.want}:${g.want}`;
    countHit(byFrame, f.id, ok);
    countHit(byClass, g.cls, ok);
    countHit(byWant, kind, ok);
    if (!ok)
      misses.push(
        `miss ${f.id.padEnd(14)} ${g.want} ${why.padEnd(22)} ${text.slice(f.id === 'headline' ? 0 : LEAD.length).replace(/\n+/g, ' / ')}`,
      );
  }

printHits({
  phrases: groups.length,
  frames: frames.length,
  width: 18,
  frameHeader: 'frame              share   (right / sentences)',
  kindHeader: 'frame kind:ruling (quiet: no unnamed on a u phrase the frame makes a non-agent)',
  byFrame,
  byClass,
  byWant,
  misses,
  showMisses: args.includes('--misses'),
});
