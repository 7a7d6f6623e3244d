/**
 * `tsx scripts/probe-features.ts [--misses] [--alarms] [--class NAME] [--frame ID] [--text WORDS]`:
 * how often the engine flags the people of feature writing (obituaries, profiles, sport features,
 * religious and local weeklies, letters pages) as `unnamed`, and credits them as the `false`
 * source of their cue, across the frames features use; and how often it flags the people it must
 * leave alone.
 *
 * A development tool, not a test. The descriptors are written from knowledge of these registers,
 * never from a labelled set, in classes: relatives and relationships ("his widow", "a childhood
 * friend", "a friend of Marsh's"; decisions 6, 82, 91 of eval/labelled/DECISIONS.md), communities
 * placed by a church, pub, club or crowd ("parishioners", "regulars at the pub", "Ashmere United
 * fans"; decisions 67, 80, 91, 146, 147), critics and letter writers ("critics", "one reader",
 * "a Harbour Weekly reader"; decisions 72, 111), locals ("locals", "older villagers"; decision
 * 72). Each is crossed with the frames: present-tense "X says", inverted "says X" after a quote,
 * "X recalls / remembers him as / describes him as", "to X, he was", "in the words of X", "X, who
 * asked not to be named, says", "X and neighbours say", "according to X", "tributes from X",
 * "X's verdict", a headline; and acting frames: "X have written to", ", with X chanting", "after
 * pressure from X", "learned of the sale from X". An `unnamed` finding must overlap the descriptor, and in cue frames
 * the cue's source must overlap it with `named: false`.
 *
 * The class `optional` (people who work for a body the phrase names: "an Ashmere United coach",
 * decisions 5, 80, 144; pronoun-like heads: "those who knew him", decision 85) is counted apart.
 * The quiet class must get no `unnamed`: the named subject, pronouns, the writer ("this
 * reporter", "I"; the guideline), and an audience ("he told friends", decision 71).
 */
import { analyze } from '../src/engine/index';
import { optionValue } from './lib/args';
import { cap, overlaps, pct } from './lib/probe-marks';

/** A descriptor: the phrase as it stands inside a sentence, lower case where a sentence allows. */
interface Descriptor {
  cls: string;
  text: string;
  plural: boolean;
}

/** Each line `text | p` (p: plural). */
const CLASSES: Record<string, string> = {
  relation: `
    his widow
    her widower
    a cousin
    her sister-in-law
    a childhood friend
    an old flatmate
    a friend of Marsh's
    one old friend
    a family friend
    his brother
    her eldest daughter
    his former wife
    a neighbour
    an old schoolfriend
    his family | p
    close friends | p
    friends | p
    her children | p
    his parents | p
    relatives | p
    a former girlfriend
    one former team-mate
    a former colleague
    former colleagues | p
    his oldest friend
    a lifelong friend of the family
    a fellow musician
    her godson`,
  community: `
    parishioners | p
    the congregation
    worshippers | p
    a churchwarden
    a member of the congregation
    one parishioner
    mourners | p
    regulars at the pub | p
    one regular
    diners | p
    fans | p
    supporters | p
    Ashmere United fans | p
    some Rovers supporters | p
    team-mates | p
    his team-mates | p
    the coaching staff
    club insiders | p
    a ringside source
    a dressing-room source
    one club insider
    season-ticket holders | p
    one former player
    a fellow boxer
    clergy | p
    fellow clergy | p
    a fellow priest
    members of the choir | p
    villagers | p`,
  critics: `
    critics | p
    reviewers | p
    one critic
    some critics | p
    one reader
    a Harbour Weekly reader
    a reader in Norvik
    one correspondent
    a retired teacher from Eastbrook
    a longtime subscriber`,
  locals: `
    locals | p
    older villagers | p
    one local
    a shopkeeper on the high street
    a woman who runs the post office
    people in the village | p
    old-timers at the club | p
    a former landlord of the pub
    one elderly resident
    the oldest members of the club | p`,
  // a named person's own circle who serve him or her but do not act for him or her in an office
  // (decision 67: "her doctor" is closeness, "his agent" representation; decision 145: an
  // entourage is only close; decision 175: a named owner's partners are placed)
  circle: `
    Marsh's coach
    Marsh's old coach
    his former coach
    her childhood piano teacher
    Marsh's trainer
    her longtime trainer
    his doctor
    Marsh's physio
    her mentor
    Marsh's landlord
    his bodyguard
    Marsh's business partners | p
    his partners | p
    her driver
    Marsh's caddie`,
  optional: `
    an Ashmere United coach
    those who knew him | p
    the club's physio
    a Harbour Weekly columnist
    the vicar of St Anne's
    an old colleague from the paper
    colleagues at the paper | p`,
};

const DESCRIPTORS: Descriptor[] = Object.entries(CLASSES).flatMap(([cls, lines]) =>
  lines
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [text, flags] = l.split('|').map((s) => s.trim());
      return { cls, text: text!, plural: flags === 'p' };
    }),
);

/**
 * A frame: `{X}` the descriptor at the start of a sentence (capitalised), `{x}` inside it,
 * `{T}` in Title Case; `{s}` the singular verb ending, `{was}`, `{has}` agreement. `cue`: the
 * frame has an attribution whose source is the descriptor.
 */
interface Frame {
  id: string;
  text: string;
  cue: boolean;
}

const FRAMES: Frame[] = [
  { id: 'says', text: '{X} say{s} he was the hardest-working man in the valley.', cue: true },
  {
    id: 'says-inverted',
    text: '"He never missed a Sunday in forty years," says {x}.',
    cue: true,
  },
  {
    id: 'says-quote-after',
    text: 'Marsh left the club in 1998. "He was never the same after that," says {x}.',
    cue: true,
  },
  { id: 'recalls', text: '{X} recall{s} the day he first walked into the yard.', cue: true },
  { id: 'remembers-as', text: '{X} remember{s} him as a quiet, stubborn man.', cue: true },
  { id: 'describes-as', text: '{X} describe{s} him as generous to a fault.', cue: true },
  { id: 'said-past', text: '{X} said he had been unwell for some months.', cue: true },
  { id: 'to-x', text: 'To {x}, he was simply the best winger of his generation.', cue: false },
  { id: 'words-of', text: 'In the words of {x}, he was "a one-off".', cue: true },
  {
    id: 'asked-not-named',
    text: '{X}, who asked not to be named, say{s} the decision was made weeks ago.',
    cue: true,
  },
  { id: 'coordinated', text: '{X} and neighbours say he was a private man.', cue: true },
  { id: 'according-to', text: 'According to {x}, he never once missed a home game.', cue: true },
  { id: 'told-paper', text: '{X} told the Harbour Weekly that he had been unhappy.', cue: true },
  { id: 'tributes-from', text: 'Tributes from {x} poured in on Sunday.', cue: false },
  { id: 'paid-tribute', text: '{X} paid tribute to him on Sunday.', cue: false },
  { id: 'possessive', text: "{X}'s verdict is blunt: he was the best of them.", cue: false },
  { id: 'headline', text: '{T} Remember Marsh As "A Gentle Giant"', cue: true },
  // acting, not speaking: a required `unnamed` wherever the phrase stands (decisions 146, 177)
  {
    id: 'acted',
    text: '{X} {has} written to the bishop to ask that the hall stay open.',
    cue: false,
  },
  {
    id: 'absolute-with',
    text: 'The club sacked him in March, with {x} chanting for his dismissal.',
    cue: false,
  },
  { id: 'pressure-from', text: 'The plan was dropped after pressure from {x}.', cue: false },
  { id: 'learned-from', text: 'He learned of the sale from {x}, not from the club.', cue: false },
];

/** The quiet sentences: the bracketed phrase must get no `unnamed`. */
const QUIET: { id: string; text: string }[] = [
  { id: 'named-subject', text: '⟨Marsh⟩ says he never wanted to leave the valley.' },
  { id: 'named-subject', text: '"I was lucky," says ⟨Marsh⟩, now 81.' },
  { id: 'named-subject', text: '⟨Ellen Marsh⟩ remembers him as a quiet man.' },
  { id: 'named-subject', text: 'In the words of ⟨Canon Hale⟩, he was "a one-off".' },
  { id: 'pronoun', text: '"He was a one-off," ⟨she⟩ says.' },
  { id: 'pronoun', text: '⟨They⟩ remember him as a quiet man.' },
  { id: 'pronoun', text: '⟨He⟩ recalls the day he first walked into the yard.' },
  { id: 'writer', text: 'When ⟨this reporter⟩ visited in March, the pews were full.' },
  { id: 'writer', text: '⟨I⟩ remember him as a quiet man.' },
  { id: 'writer', text: '⟨This correspondent⟩ first met him in 1987.' },
  { id: 'audience', text: 'He told ⟨friends⟩ he was tired of football.' },
  { id: 'audience', text: 'She told ⟨relatives⟩ that she would not return.' },
  { id: 'audience', text: 'He wrote to ⟨his sister⟩ every week from the front.' },
  { id: 'victim', text: 'He is survived by ⟨his wife⟩ and ⟨two daughters⟩.' },
  { id: 'victim', text: 'He leaves ⟨a widow⟩, Ellen, and ⟨three sons⟩.' },
  { id: 'memory', text: '⟨Legend⟩ has it that he once walked home from Wembley.' },
  { id: 'memory', text: 'The ⟨story⟩ goes that he never paid for a pint.' },
  // a named person's representatives and a named club's staff are named (decision 67)
  { id: 'representative', text: "⟨Marsh's agent⟩ said he would not comment." },
  { id: 'representative', text: "⟨Marsh's lawyer⟩ said he would appeal." },
  { id: 'representative', text: "⟨Marsh's manager⟩ said the tour was off." },
  { id: 'body-staff', text: "⟨Ashmere United's coach⟩ said the team had trained well." },
  { id: 'body-staff', text: "⟨the club's physio⟩ said he would be out for a month." },
  // a market or the public in an absolute clause or after a noun of pressure (decisions 90, 99)
  { id: 'crowd', text: 'The shares fell, with ⟨investors⟩ waiting for the figures.' },
  { id: 'crowd', text: 'The bank changed course after pressure from ⟨shareholders⟩.' },
  { id: 'attention', text: 'The case has drawn intense interest from ⟨fans⟩.' },
];

const fill = (f: Frame, d: Descriptor): { text: string; start: number; end: number } => {
  const parts: Record<string, string> = {
    '{X}': cap(d.text),
    '{x}': d.text,
    '{T}': d.text
      .split(' ')
      .map((w) => (/^(?:of|the|at|in|on|a|an|from)$/.test(w) ? w : cap(w)))
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase()),
  };
  let text = f.text
    .replace(/\{s\}/g, d.plural ? '' : 's')
    .replace(/\{was\}/g, d.plural ? 'were' : 'was')
    .replace(/\{has\}/g, d.plural ? 'have' : 'has');
  if (f.id === 'headline' && !d.plural) text = text.replace(' Remember ', ' Remembers ');
  if (f.id === 'coordinated' && !d.plural) text = text.replace('and neighbours', 'and a neighbour');
  if (f.id === 'possessive')
    text = text.replace("{X}'s", d.plural && d.text.endsWith('s') ? "{X}'" : "{X}'s");
  const slot = /\{[XxT]\}/.exec(text)!;
  const filler = parts[slot[0]]!;
  return {
    text: text.replace(slot[0], filler),
    start: slot.index,
    end: slot.index + filler.length,
  };
};

/** Frames that do not fit a descriptor: possessive of a possessive, coordinated possessives. */
const fits = (f: Frame, d: Descriptor): boolean =>
  !(f.id === 'possessive' && /'s$/.test(d.text)) &&
  !(f.id === 'coordinated' && d.cls === 'critics');

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
  srcN: number;
  srcOk: number;
}
const tally = (m: Map<string, Tally>, k: string): Tally => {
  const t = m.get(k) ?? { n: 0, ok: 0, srcN: 0, srcOk: 0 };
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
    const span = { start, end };
    const found = analyze(text);
    const hit = found.some((x) => x.kind === 'unnamed' && overlaps(x, span));
    const optional = d.cls === 'optional';
    // the cue whose source should be the descriptor: the one whose source overlaps it, else any
    const cues = found.filter((x) => x.kind === 'attribution');
    const srcOk = cues.some(
      (x) => x.source !== undefined && overlaps(x.source, span) && x.source.named === false,
    );
    for (const t of [
      tally(optional ? byFrameOpt : byFrame, f.id),
      tally(byClass, d.cls),
      tally(byText, `${d.cls}: ${d.text}`),
    ]) {
      t.n++;
      if (hit) t.ok++;
      if (f.cue && !optional) {
        t.srcN++;
        if (srcOk) t.srcOk++;
      }
    }
    if (!optional && (!hit || (f.cue && !srcOk)))
      misses.push(
        `miss${hit ? '     ' : ' unn '}${f.cue && !srcOk ? 'src ' : '    '}${f.id.padEnd(16)} ${d.cls.padEnd(9)} ${text}`,
      );
  }

const alarms: string[] = [];
const quietById = new Map<string, Tally>();
for (const q of onlyClass || onlyFrame || onlyText ? [] : QUIET) {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let last = 0;
  for (const m of q.text.matchAll(/⟨([^⟩]*)⟩/g)) {
    text += q.text.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + m[1]!.length });
    text += m[1];
    last = m.index + m[0].length;
  }
  text += q.text.slice(last);
  const found = analyze(text).filter((x) => x.kind === 'unnamed');
  const t = tally(quietById, q.id);
  t.n++;
  if (spans.some((s) => found.some((x) => overlaps(x, s)))) {
    t.ok++;
    alarms.push(`alarm ${q.id.padEnd(14)} ${text}`);
  }
}

const sum = (m: Map<string, Tally>): Tally =>
  [...m.values()].reduce(
    (a, t) => ({ n: a.n + t.n, ok: a.ok + t.ok, srcN: a.srcN + t.srcN, srcOk: a.srcOk + t.srcOk }),
    { n: 0, ok: 0, srcN: 0, srcOk: 0 },
  );
const line = (r: Tally): string =>
  `${pct(r.ok, r.n, 5)}  (${r.ok}/${r.n})`.padEnd(20) +
  (r.srcN ? `${pct(r.srcOk, r.srcN, 5)}  (${r.srcOk}/${r.srcN})` : '     -');
console.log(`${descriptors.length} descriptors x ${frames.length} frames`);
console.log('\nframe             unnamed             false source        optional unnamed');
for (const f of frames) {
  const r = byFrame.get(f.id) ?? { n: 0, ok: 0, srcN: 0, srcOk: 0 };
  const o = byFrameOpt.get(f.id) ?? { n: 0, ok: 0, srcN: 0, srcOk: 0 };
  console.log(`${f.id.padEnd(17)} ${line(r).padEnd(40)}${pct(o.ok, o.n, 5)}  (${o.ok}/${o.n})`);
}
console.log('\nclass             unnamed             false source');
for (const [c, r] of byClass) console.log(`${c.padEnd(17)} ${line(r)}`);
console.log(`${'all required'.padEnd(17)} ${line(sum(byFrame))}`);
const quietN = sum(quietById).n;
if (quietN > 0) {
  console.log(`\nquiet sentences: ${alarms.length} false alarms in ${quietN}`);
  for (const [id, t] of quietById) if (t.ok > 0) console.log(`  ${id.padEnd(14)} ${t.ok}/${t.n}`);
}
const weakest = [...byText]
  .filter(([k, r]) => !k.startsWith('optional') && r.ok / r.n < 0.8)
  .sort((a, b) => a[1].ok / a[1].n - b[1].ok / b[1].n);
if (frames.length > 3) {
  console.log(`\ndescriptors caught in under 80% of their frames: ${weakest.length}`);
  console.log(weakest.map(([k, r]) => `${k} ${r.ok}/${r.n}`).join('; '));
}
if (args.includes('--misses')) for (const m of misses) console.log(m);
if (args.includes('--alarms') || alarms.length <= 10) for (const a of alarms) console.log(a);
else console.log(`\n(${alarms.length} false alarms: --alarms lists them)`);
