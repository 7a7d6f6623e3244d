/**
 * `tsx scripts/probe-cues.ts [--misses] [--construction NAME] [--verb LEMMA]`: a systematic probe of
 * attribution cues and their sources. News English's reporting verbs and noun cues (written from
 * knowledge of how news is written, not from any labelled set) are crossed with the constructions
 * news uses them in: plain "X said that", inverted '"...," said X', participles (", saying", "after
 * warning"), passives, present tense, Title Case headlines, split and long quotes, questions,
 * lists, anonymity boilerplate, reduced relatives, noun cues with content; the political and
 * business desk's particle verbs and idioms ("hit back at", "took aim at", "walked back", "made the
 * case that"; DECISIONS 74's "played down", "called for" and "talked up" optional), newsletter and
 * wire formats ("What they're saying:", "per X", "X's message:"), reported questions ("wanted to
 * know whether"), hedged tellings ("is said to have told"); and wrong senses that must not be cues
 * ("ruled out of the final", "floated on the stock market", "set out at dawn"). Each sentence marks what ANNOTATION.md and DECISIONS.md ask of it:
 *
 *   ⟦cue⟧        a required cue; the first in a sentence carries the sentence's source, unless
 *                another is marked ⟦*cue⟧
 *   ⟦?cue⟧       an optional cue (requests, "promise", "published by": counted apart, never a miss)
 *   ⟪source⟫     the source of the first cue, named; ⟪~source⟫ unnamed (`named: false`)
 *   ⟨word⟩       a wrong sense: no attribution may overlap it; ⟨?word⟩ an optional one
 *
 * Prints recall per construction and per verb class, source correctness (overlap and agreement
 * on `named`, as score.mjs counts it), and the wrong-sense false alarms. `--misses` lists every
 * missed cue and wrong source. The figures are the engine's, over invented sentences: they show
 * where a construction or a family of verbs fails, never a score to tune to.
 */
import { analyze } from '../src/engine/index';
import { optionValue } from './lib/args';
import {
  parseCueMarks as parse,
  pct,
  scoreCueSentence,
  scoreWrongSenses,
  tally,
  title,
  type Tally,
} from './lib/probe-marks';

interface Verb {
  lemma: string;
  /** 3rd singular present, past, past participle, -ing. */
  s: string;
  ed: string;
  en: string;
  ing: string;
  /** Verb class for the table. */
  cls: string;
  /** Frames: T that-clause, Z clause without that, Q with quotations, O tell-type object + that,
   * N noun-phrase object, I to-infinitive, D object + to (requests), P impersonal passive "it was
   * V-en that", R reduced relative / by-passive with a noun-phrase object, C that-clause in the
   * frames an idiom of saying takes ("made the case that": no inversion, no parenthesis). */
  frames: string;
  /** The object for frame N when "the plan to close the bridge" does not fit. */
  obj?: string;
  /** Optional cue (requests, "promise"). */
  optional?: boolean;
}

/** Regular forms, with a doubled final consonant when `dbl`. */
function forms(lemma: string, past?: string, pp?: string): [string, string, string, string] {
  const words = lemma.split(' ');
  const head = words[0] ?? lemma;
  const rest = words.slice(1).join(' ');
  const tail = rest ? ` ${rest}` : '';
  let s: string;
  if (/(s|sh|ch|x|z)$/.test(head)) s = `${head}es`;
  else if (/[^aeiou]y$/.test(head)) s = `${head.slice(0, -1)}ies`;
  else s = `${head}s`;
  let ed: string;
  if (past) ed = past;
  else if (head.endsWith('e')) ed = `${head}d`;
  else if (/[^aeiou]y$/.test(head)) ed = `${head.slice(0, -1)}ied`;
  else ed = `${head}ed`;
  const en = pp ?? ed;
  let ing: string;
  if (/[^e]e$/.test(head) && head !== 'be') ing = `${head.slice(0, -1)}ing`;
  else if (past && /([bdglmnprt])\1ed$/.test(past)) ing = `${past.slice(0, -2)}ing`;
  // (a one-syllable head ending consonant, vowel, consonant doubles it: "hitting out", "setting out")
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(head)) ing = `${head}${head.slice(-1)}ing`;
  else ing = `${head}ing`;
  return [
    s + tail,
    ed.includes(' ') ? ed : ed + tail,
    en.includes(' ') ? en : en + tail,
    ing + tail,
  ];
}

/** `lemma[/past[/pp]]  class  frames  [obj]`, one verb a line. */
const VERB_TABLE = `
say/said/said            speech      TZQOP
add                      speech      TZQ
note                     speech      TZQP
state                    speech      TZQP
explain                  speech      TZQ
remark                   speech      TZQ
comment                  speech      TQ
observe                  speech      TZQ
mention                  speech      TZR
reply                    speech      TZQ
respond                  speech      TQ
answer                   speech      Q
continue                 speech      Q
write/wrote/written      speech      TZQ
tweet                    speech      TZQ
post                     speech      TZQ
tell/told/told           speech      O
inform                   speech      O
remind                   speech      O
assure                   speech      O
reassure                 speech      O
brief                    speech      O
testify/testified/testified speech   TZ
recall                   speech      TZQ
recount                  speech      TZQ
describe                 speech      R       the plan as reckless
quip/quipped/quipped     manner      TZQ
joke                     manner      TZQ
snap/snapped/snapped     manner      Q
retort                   manner      TZQ
exclaim                  manner      Q
muse                     manner      TZQ
whisper                  manner      Q
mutter                   manner      TZQ
shout                    manner      Q
enthuse                  manner      TZQ
gush                     manner      Q
marvel/marvelled/marvelled manner    TQ
sigh                     manner      Q
laugh                    manner      Q
announce                 disclosure  TZQPR
declare                  disclosure  TZQP
proclaim                 disclosure  TZQ
reveal                   disclosure  TZQPR
disclose                 disclosure  TZPR
divulge                  disclosure  TZ
confirm                  disclosure  TZQPR
report                   disclosure  TZPR
unveil                   disclosure  R
release                  disclosure  R
publish                  disclosure  R
leak                     disclosure  R
claim                    claim       TZQP
allege                   claim       TZQP
assert                   claim       TZQ
contend                  claim       TZQ
maintain                 claim       TZQ
insist                   claim       TZQ
argue                    claim       TZQP
reason                   claim       TZQ
stress                   claim       TZQ
emphasise                claim       TZQ
underline                claim       TZQ
suggest                  claim       TZQP
hint                     claim       TZ
imply/implied/implied    claim       TZ
indicate                 claim       TZ
signal                   claim       TZ
point out                claim       TZQ
counter                  claim       TZQ
swear/swore/sworn        claim       TZQ
protest                  claim       TZQ
admit/admitted/admitted  admission   TZQ
concede                  admission   TZQ
acknowledge              admission   TZQP
confess                  admission   TZQ
accept                   admission   TZ
agree                    admission   TZQ
deny                     denial      TZQR    the report
dispute                  denial      TN      the figures
reject                   denial      N       the claim
rebut                    denial      N       the claim
refute                   denial      N       the claim
dismiss                  denial      N       the claim
warn                     warning     TZQO
caution                  warning     TZQ
complain                 complaint   TZQ
grumble                  complaint   TZQ
lament                   complaint   TZQ
bemoan                   complaint   N       the delays
moan                     complaint   TZQ
gripe                    complaint   TZQ
fume                     complaint   TZQ
object                   complaint   TZ
boast                    boast       TZQ
brag/bragged/bragged     boast       TZQ
crow                     boast       TZQ
predict                  belief      TZPR
forecast/forecast/forecast belief    TZ
estimate                 belief      TZPR
calculate                belief      TZ
project                  belief      TZ
expect                   belief      TZP
believe                  belief      TZP
think/thought/thought    belief      TZP
fear                     belief      TZP
suspect                  belief      TZ
reckon                   belief      TZ
speculate                belief      TZ
hope                     belief      TZ
doubt                    belief      TZ
worry                    belief      TZ
conclude                 finding     TZP
find/found/found         finding     TZP
determine                finding     TZ
establish                finding     TZP
show/showed/shown        finding     TZ
accuse                   criticism   N       the council of hiding the costs
blame                    criticism   N       the council for the delays
criticise                criticism   N
condemn                  criticism   N
denounce                 criticism   N
blast                    criticism   N
slam/slammed/slammed     criticism   N
attack                   criticism   N
decry/decried/decried    criticism   N
deplore                  criticism   N
lambast                  criticism   N
mock                     criticism   N
ridicule                 criticism   N
deride                   criticism   N
question                 criticism   N
challenge                criticism   N
rap/rapped/rapped        criticism   N
pan/panned/panned        criticism   N
berate                   criticism   N       the council
rebuke                   criticism   N       the council
fault                    criticism   N       the council for the delays
hit out/hit out/hit out  criticism   N       at the plan
lash out/lashed out/lashed out criticism N   at the plan
praise                   praise      N
hail                     praise      N
welcome                  praise      N
applaud                  praise      N
commend                  praise      N
laud                     praise      N
tout                     praise      N
credit                   praise      N       the crews with reopening the bridge
thank                    praise      N       the crews for reopening the bridge
congratulate             praise      N       the crews on reopening the bridge
endorse                  praise      N
vow                      commissive  TZI
pledge                   commissive  TZI
promise                  commissive  TZIO
threaten                 commissive  I
urge                     request     D
ask                      request     DQ
call on/called on/called on request  D
hit back/hit back/hit back criticism N     at the plan
take aim/took aim/taken aim criticism N   at the plan
pour cold water/poured cold water/poured cold water criticism N on the plan
cast doubt/cast doubt/cast doubt criticism N on the figures
brief against/briefed against/briefed against criticism N the minister
strike a defiant tone/struck a defiant tone/struck a defiant tone criticism N over the plan
shoot down/shot down/shot down denial    N       the claim
walk back                denial      N       the remarks
rule out                 denial      N       a second referendum
brush off                denial      N       the criticism
push back                denial      N       on the claim
double down              claim       N       on the claim
make the case/made the case/made the case claim C
make clear/made clear/made clear claim C
raise concerns           warning     C
sound the alarm          warning     N       over the costs
weigh in                 speech      N       on the debate
set out/set out/set out  speech      N       the plan
float                    disclosure  N       the idea of a new tax
tease                    disclosure  N       a new album
trumpet                  praise      N       the figures
play down                denial      N       the risk
talk up                  praise      N       the plan
call for                 request     N       an inquiry
appeal to/appealed to/appealed to request D
implore                  request     D
press                    request     D
`;

/** Verbs whose cue DECISIONS.md leaves optional whatever the frame. */
const OPTIONAL_VERBS = new Set(['promise', 'play down', 'talk up']);

const VERBS: Verb[] = VERB_TABLE.trim()
  .split('\n')
  .map((line) => {
    const m =
      /^(.+?)\s+(speech|manner|disclosure|claim|admission|denial|warning|complaint|boast|belief|finding|criticism|praise|commissive|request)\s+([A-Z]+)(?:\s+(.+))?$/.exec(
        line.trim(),
      );
    if (!m) throw new Error(`bad verb line: ${line}`);
    const [lemma, past, pp] = (m[1] ?? '').split('/');
    const [s, ed, en, ing] = forms(lemma ?? '', past, pp);
    const v: Verb = { lemma: lemma ?? '', s, ed, en, ing, cls: m[2] ?? '', frames: m[3] ?? '' };
    if (m[4]) v.obj = m[4];
    // (decision 74: "played down", "called for" optional; decision 86 au05: "talked up" optional)
    if (v.cls === 'request' || OPTIONAL_VERBS.has(v.lemma)) v.optional = true;
    return v;
  });

interface Source {
  text: string;
  named: boolean;
  /** Title Case headline form (named as the headline stands: the body names nobody). */
  head: string;
  headNamed: boolean;
  plural: boolean;
}

const SOURCES: Source[] = [
  { text: 'Ana Ruiz', named: true, head: 'Ruiz', headNamed: true, plural: false },
  {
    text: 'the Transport Ministry',
    named: true,
    head: 'Transport Ministry',
    headNamed: true,
    plural: false,
  },
  { text: 'local officials', named: false, head: 'Officials', headNamed: false, plural: true },
  { text: 'Mayor Tom Field', named: true, head: 'Mayor', headNamed: false, plural: false },
  { text: 'two residents', named: false, head: 'Residents', headNamed: false, plural: true },
  { text: 'Harlow Council', named: true, head: 'Harlow Council', headNamed: true, plural: false },
];

/** `⟪S⟫` with the source's words, capitalised at a sentence start when `cap`. */
function src(s: Source, cap = false): string {
  const t = cap ? s.text.charAt(0).toUpperCase() + s.text.slice(1) : s.text;
  return s.named ? `⟪${t}⟫` : `⟪~${t}⟫`;
}

/** The headline subject, marked. */
function headSrc(s: Source): string {
  return s.headNamed ? `⟪${s.head}⟫` : `⟪~${s.head}⟫`;
}

/** The present tense agreeing with the source. */
function pres(v: Verb, s: Source): string {
  return s.plural ? v.lemma : v.s;
}

function cue(words: string, optional: boolean | undefined): string {
  return optional ? `⟦?${words}⟧` : `⟦${words}⟧`;
}

interface Probe {
  construction: string;
  cls: string;
  verb: string;
  marked: string;
}

const CLAUSE = 'the bridge would close in March';
const CLAUSE_NOW = 'the bridge will close in March';
const QUOTE = 'The bridge will close in March';
const LONG_QUOTE =
  'The bridge will close in March. Buses will run every ten minutes while it is shut, and we will publish the new timetable next week. Nobody should expect it to reopen before the autumn';

/** Verb classes that take their audience after `to`: "complained to reporters that". */
const TO_AUDIENCE = new Set(['admission', 'boast', 'complaint', 'denial', 'speech']);

/** Verbs of evidence, whose participle after an event is an inference, not a report. */
const INFERENCE = new Set(['imply', 'indicate', 'show', 'signal', 'suggest']);

function verbProbes(): Probe[] {
  const out: Probe[] = [];
  VERBS.forEach((v, i) => {
    const S = (k: number): Source => SOURCES[(i + k) % SOURCES.length] as Source;
    const opt = v.optional;
    const add = (construction: string, marked: string): void => {
      out.push({ construction, cls: v.cls, verb: v.lemma, marked });
    };
    const f = v.frames;
    if (f.includes('T')) {
      add('that, past', `${src(S(0), true)} ${cue(v.ed, opt)} that ${CLAUSE}.`);
      add(
        'that, present tense',
        `${src(S(1), true)} ${cue(pres(v, S(1)), opt)} that ${CLAUSE_NOW}.`,
      );
      add(
        'that, perfect',
        `${src(S(2), true)} ${cue(`${S(2).plural ? 'have' : 'has'} ${v.en}`, opt)} that ${CLAUSE_NOW}.`,
      );
      add(
        'that, adverb and time between',
        `${src(S(3), true)} also ${cue(v.ed, opt)} on Monday that ${CLAUSE}.`,
      );
      add(
        'that, medium phrase between',
        `${src(S(4), true)} ${cue(v.ed, opt)} in a statement on Monday that ${CLAUSE}.`,
      );
      add(
        'interview with an outlet first',
        `In an interview with the Harlow Gazette, ${src(S(5))} ${cue(v.ed, opt)} that ${CLAUSE}.`,
      );
      add(
        'anonymity boilerplate',
        `⟪~A senior official⟫, who spoke ⟦on condition of anonymity⟧, ${cue(v.ed, opt)} that ${CLAUSE}.`,
      );
      add(
        'relative pronoun subject',
        `The timetable was drawn up by Ana Ruiz, who ${cue(v.ed, opt)} that ${CLAUSE}.`,
      );
      add(
        'list of sources',
        `⟪~Residents, shop owners and two councillors⟫ ${cue(v.ed, opt)} that ${CLAUSE}.`,
      );
      add(
        'list of contents',
        `${src(S(0), true)} ${cue(v.ed, opt)} that the bridge would close, that buses would be rerouted and that fares would rise.`,
      );
      add(
        'participle ", V-ing that"',
        // (after an event, an evidence verb's participle is the writer's inference: "approved the
        // budget, suggesting that": optional)
        `The council approved the budget on Tuesday, ${cue(v.ing, opt || INFERENCE.has(v.lemma))} that ${CLAUSE}.`,
      );
      // (a verb of saying with its audience: "explained to reporters", "admitted to the inquiry")
      if (TO_AUDIENCE.has(v.cls))
        add(
          'audience "to X" between',
          `${src(S(1), true)} ${cue(v.ed, opt)} to reporters on Monday that ${CLAUSE}.`,
        );
      add('after V-ing', `Ana Ruiz left the meeting after ${cue(v.ing, opt)} that ${CLAUSE}.`);
      add('before V-ing', `Ana Ruiz took no questions before ${cue(v.ing, opt)} that ${CLAUSE}.`);
      add(
        'content first, "X V-ed" after',
        `${title(CLAUSE_NOW.split(' ')[0] ?? '')} ${CLAUSE_NOW.split(' ').slice(1).join(' ')}, ${src(S(1))} ${cue(v.ed, opt)} on Monday.`,
      );
      add(
        'parenthetical "X V-ed" inside',
        `The bridge, ${src(S(2))} ${cue(v.ed, opt)}, will close in March.`,
      );
      add(
        'modal "would later V"',
        `${src(S(3), true)} ${cue(`would later ${v.lemma}`, opt)} that ${CLAUSE}.`,
      );
      add(
        '"went on to V that"',
        `${src(S(4), true)} went on to ${cue(v.lemma, opt)} that ${CLAUSE}.`,
      );
      add(
        'headline, Title Case',
        `${headSrc(S(4))} ${cue(title(pres(v, S(4))), opt)} Bridge Will Close In March\n\nThe bridge carries 40,000 vehicles a day.`,
      );
    }
    if (f.includes('C')) {
      add('idiom: that, past', `${src(S(0), true)} ${cue(v.ed, opt)} that ${CLAUSE}.`);
      add(
        'idiom: that, perfect',
        `${src(S(2), true)} ${cue(`${S(2).plural ? 'have' : 'has'} ${v.en}`, opt)} that ${CLAUSE_NOW}.`,
      );
      add(
        'idiom: that, present tense',
        `${src(S(1), true)} ${cue(pres(v, S(1)), opt)} that ${CLAUSE_NOW}.`,
      );
      add(
        'idiom: anonymity boilerplate',
        `⟪~A senior official⟫, who spoke ⟦on condition of anonymity⟧, ${cue(v.ed, opt)} that ${CLAUSE}.`,
      );
      add(
        'idiom: participle ", V-ing that"',
        `Ana Ruiz spoke for an hour on Tuesday, ${cue(v.ing, opt)} that ${CLAUSE}.`,
      );
      add(
        'idiom: after V-ing',
        `Ana Ruiz left the meeting after ${cue(v.ing, opt)} that ${CLAUSE}.`,
      );
    }
    if (f.includes('Z')) {
      add('no "that", past', `${src(S(5), true)} ${cue(v.ed, opt)} ${CLAUSE}.`);
      add(
        'no "that", present tense',
        `${src(S(0), true)} ${cue(pres(v, S(0)), opt)} ${CLAUSE_NOW}.`,
      );
      // (an indefinite pronoun for the clause's subject: "He claims nobody noticed")
      add(
        'no "that", indefinite subject',
        `${src(S(3), true)} ${cue(pres(v, S(3)), opt)} nobody will pay more.`,
      );
      add(
        'no "that", indefinite subject',
        `${src(S(2), true)} ${cue(v.ed, opt)} everyone would pay less.`,
      );
    }
    if (f.includes('Q')) {
      add('quote, then "V-ed X" (inverted)', `"${QUOTE}," ${cue(v.ed, opt)} ${src(S(1))}.`);
      add('quote, then "X V-ed"', `"${QUOTE}," ${src(S(2))} ${cue(v.ed, opt)}.`);
      add(
        'quote split around the cue',
        `"${QUOTE}," ${src(S(3))} ${cue(v.ed, opt)}, "and it will stay closed until the repairs are done."`,
      );
      add('cue after a long quote', `"${LONG_QUOTE}," ${src(S(4))} ${cue(v.ed, opt)}.`);
      add(
        'question quoted',
        `"Who is going to pay for all of this?" ${src(S(5))} ${cue(v.ed, opt)}.`,
      );
      add('colon before a quote', `${src(S(0), true)} ${cue(v.ed, opt)}: "${QUOTE}."`);
      add(
        'inverted, role in apposition after',
        `"${QUOTE}," ${cue(v.ed, opt)} ⟪Ana Ruiz⟫, a spokeswoman for the Transport Ministry.`,
      );
      add(
        'quote, then "X, a role, V-ed"',
        `"${QUOTE}," ⟪Ana Ruiz⟫, a spokeswoman for the Transport Ministry, ${cue(v.ed, opt)}.`,
      );
      add('present tense after a quote', `"${QUOTE}," ${src(S(1))} ${cue(pres(v, S(1)), opt)}.`);
    }
    if (f.includes('O')) {
      add(
        'tell type: "V-ed reporters that"',
        `${src(S(2), true)} ${cue(v.ed, opt)} reporters that ${CLAUSE}.`,
      );
      add(
        'tell type: outlet is the audience',
        `${src(S(3), true)} ${cue(v.ed, opt)} the Harlow Gazette that ${CLAUSE}.`,
      );
      add(
        'tell type: present tense',
        `${src(S(4), true)} ${cue(pres(v, S(4)), opt)} the Harlow Gazette ${CLAUSE_NOW}.`,
      );
      add('tell type: after a quote', `"${QUOTE}," ${src(S(5))} ${cue(v.ed, opt)} reporters.`);
    }
    if (f.includes('N')) {
      const obj = v.obj ?? 'the plan to close the bridge';
      add('object, past', `${src(S(0), true)} ${cue(v.ed, opt)} ${obj}.`);
      add('object, present tense', `${src(S(1), true)} ${cue(pres(v, S(1)), opt)} ${obj}.`);
      add(
        'object, perfect',
        `${src(S(2), true)} ${cue(`${S(2).plural ? 'have' : 'has'} ${v.en}`, opt)} ${obj}.`,
      );
      add(
        'object, participle ", V-ing"',
        `Ana Ruiz spoke for an hour on Tuesday, ${cue(v.ing, opt)} ${obj}.`,
      );
      add('object, after V-ing', `Ana Ruiz left the meeting after ${cue(v.ing, opt)} ${obj}.`);
      add(
        'object, anonymity boilerplate',
        `⟪~A senior official⟫, who spoke ⟦on condition of anonymity⟧, ${cue(v.ed, opt)} ${obj}.`,
      );
      add(
        'object, headline Title Case',
        `${headSrc(S(3))} ${cue(title(pres(v, S(3))), opt)} ${title(obj.replace(/^the /, ''))}\n\nThe bridge carries 40,000 vehicles a day.`,
      );
      if (!v.obj) {
        add(
          'object, by-passive',
          `The plan to close the bridge ${cue(`was ${v.en}`, opt)} by ${src(S(4))}.`,
        );
        add(
          'object, reduced relative "V-en by X"',
          `The plan to close the bridge, ${cue(v.en, opt)} by ${src(S(5))} last week, was withdrawn on Monday.`,
        );
        add(
          'object, absolute "with X V-ing"',
          `The vote was close, with ${src(S(0))} ${cue(v.ing, opt)} the plan and shop owners backing it.`,
        );
      }
    }
    if (f.includes('I')) {
      add(
        'to-infinitive, past',
        `${src(S(1), true)} ${cue(v.ed, opt)} to reopen the bridge by March.`,
      );
      add(
        'to-infinitive, present',
        `${src(S(2), true)} ${cue(pres(v, S(2)), opt)} to reopen the bridge by March.`,
      );
      add(
        'to-infinitive, headline',
        `${headSrc(S(3))} ${cue(title(pres(v, S(3))), opt)} To Reopen Bridge By March\n\nThe bridge carries 40,000 vehicles a day.`,
      );
      add(
        'to-infinitive, participle',
        `Ana Ruiz met residents on Tuesday, ${cue(v.ing, opt)} to reopen the bridge by March.`,
      );
    }
    if (f.includes('D')) {
      add(
        'request, object + to',
        `${src(S(4), true)} ${cue(v.ed, opt)} the council to reopen the bridge.`,
      );
      add(
        'request, headline',
        `${headSrc(S(5))} ${cue(title(pres(v, S(5))), opt)} Council To Reopen Bridge\n\nThe bridge carries 40,000 vehicles a day.`,
      );
    }
    if (f.includes('P')) {
      add(
        'impersonal passive "it was V-en that"',
        `It ${cue(`was ${v.en}`, opt)} on Monday that ${CLAUSE}.`,
      );
    }
    if (f.includes('R')) {
      const o = v.obj && !v.obj.includes(' as ') ? v.obj : 'the figures';
      const o2 = v.obj?.includes(' as ') ? v.obj.replace(/^the plan /, '') : '';
      add(
        'reduced relative "the N V-en by X"',
        `${title(o.split(' ')[0] ?? '')} ${o.split(' ').slice(1).join(' ')} ${cue(v.en, opt || ['publish', 'release'].includes(v.lemma))} by ${src(S(0))} on Monday ${o2 ? `${o2} ` : ''}drew criticism.`,
      );
      add(
        'by-passive with a noun phrase',
        `The figures ${cue(`were ${v.en}`, opt)} by ${src(S(1))} on Monday.`,
      );
    }
  });
  return out;
}

/** Nouns that read badly in a construction (English, not the engine, decides). */
const NO_BY = new Set(['fear', 'belief', 'view', 'insistence', 'contention']);
const NO_FROM = new Set(['fear', 'belief', 'view', 'insistence', 'contention', 'argument']);
const NO_LIGHT = new Set([
  'fear',
  'belief',
  'view',
  'insistence',
  'confirmation',
  'revelation',
  'finding',
  'conclusion',
  'disclosure',
  'report',
]);
const NO_PLURAL = new Set([
  'insistence',
  'contention',
  'belief',
  'view',
  'fear',
  'confirmation',
  'acknowledgement',
  'explanation',
  'argument',
  'conclusion',
  'boast',
]);
const LIGHT: Record<string, string> = {
  warning: 'issued',
  statement: 'issued',
  assurance: 'gave',
  estimate: 'gave',
  prediction: 'made',
  explanation: 'gave',
  threat: 'made',
  denial: 'issued',
  announcement: 'made',
};

/** Noun cues, crossed with the constructions that attach a source or content to them. */
function nounProbes(): Probe[] {
  const out: Probe[] = [];
  const THAT = [
    'claim',
    'warning',
    'admission',
    'allegation',
    'assertion',
    'insistence',
    'denial',
    'confirmation',
    'prediction',
    'estimate',
    'announcement',
    'suggestion',
    'complaint',
    'revelation',
    'boast',
    'concession',
    'acknowledgement',
    'assurance',
    'accusation',
    'statement',
    'contention',
    'argument',
    'fear',
    'belief',
    'finding',
    'conclusion',
    'report',
    'disclosure',
    'explanation',
    'threat',
    'view',
  ];
  THAT.forEach((n, i) => {
    const S = (k: number): Source => SOURCES[(i + k) % SOURCES.length] as Source;
    const poss = (s: Source): string => {
      const t = s.text.charAt(0).toUpperCase() + s.text.slice(1);
      const p = t.endsWith('s') ? `${t}'` : `${t}'s`;
      return s.named ? `⟪${p}⟫` : `⟪~${p}⟫`;
    };
    const add = (construction: string, marked: string): void => {
      out.push({ construction, cls: 'noun', verb: n, marked });
    };
    add('noun: "X\'s N that"', `${poss(S(0))} ⟦${n}⟧ that ${CLAUSE} drew anger.`);
    if (!NO_BY.has(n))
      add('noun: "the N by X that"', `The ⟦${n}⟧ by ${src(S(1))} that ${CLAUSE} drew anger.`);
    const a = /^[aeiou]/.test(n) ? 'An' : 'A';
    if (!NO_FROM.has(n))
      add('noun: "a N from X that"', `${a} ⟦${n}⟧ from ${src(S(2))} that ${CLAUSE} drew anger.`);
    if (!NO_LIGHT.has(n))
      add(
        'noun: light verb "X made/issued/gave the N that"',
        `${src(S(3), true)} ${LIGHT[n] ?? 'made'} the ⟦${n}⟧ that ${CLAUSE}.`,
      );
    if (!NO_PLURAL.has(n)) add('noun: "amid N that"', `Shares fell amid ⟦${n}s⟧ that ${CLAUSE}.`);
  });
  const OF = [
    ['criticism', 'of the plan'],
    ['praise', 'for the crews'],
    ['warnings', 'about the costs'],
    ['complaints', 'about the delays'],
    ['objections', 'to the plan'],
    ['condemnation', 'of the plan'],
    ['calls', 'for an inquiry'],
    ['demands', 'for an inquiry'],
    ['accusations', 'of bias'],
    ['allegations', 'of fraud'],
    ['remarks', 'about the bridge'],
    ['comments', 'about the bridge'],
    ['pledge', 'to reopen the bridge'],
    ['vow', 'to reopen the bridge'],
    ['promise', 'to reopen the bridge'],
  ] as const;
  const COUNTABLE = new Set(['pledge', 'promise', 'vow']);
  OF.forEach(([n, what], i) => {
    const S = (k: number): Source => SOURCES[(i + k) % SOURCES.length] as Source;
    const opt = n === 'promise' || n === 'calls' || n === 'demands';
    const add = (construction: string, marked: string): void => {
      out.push({ construction, cls: 'noun', verb: n, marked });
    };
    // (a countable singular takes its article: "A pledge to reopen the bridge from X")
    const a = COUNTABLE.has(n) ? 'a ' : '';
    const N = a ? `A ${cue(n, opt)}` : cue(n.charAt(0).toUpperCase() + n.slice(1), opt);
    const were = n.endsWith('s') ? 'were' : 'was';
    add(
      'noun: "N of Y from X" (source X)',
      `${N} ${what} from ${src(S(0))} ${were} reported on Monday.`,
    );
    add('noun: "drew N from X"', `The proposal drew ${a}${cue(n, opt)} ${what} from ${src(S(1))}.`);
    add('noun: "N by X"', `${N} by ${src(S(2))} ${what} ${were} reported on Monday.`);
    const p3 = S(3);
    const owner = `${p3.text.charAt(0).toUpperCase()}${p3.text.slice(1)}${p3.text.endsWith('s') ? "'" : "'s"}`;
    add('noun: "X\'s N"', `${src({ ...p3, text: owner })} ${cue(n, opt)} ${what} drew anger.`);
  });
  return out;
}

/** Fixed phrases and passives of saying. */
function phraseProbes(): Probe[] {
  const out: Probe[] = [];
  const add = (construction: string, marked: string): void => {
    out.push({ construction, cls: 'phrase', verb: construction.split(':')[0] ?? '', marked });
  };
  SOURCES.forEach((s) => {
    add(
      'according to: after the content',
      `The bridge will close in March, ⟦according to⟧ ${src(s)}.`,
    );
    add('according to: first', `⟦According to⟧ ${src(s)}, the bridge will close in March.`);
    add('according to: mid-sentence', `The bridge will, ⟦according to⟧ ${src(s)}, close in March.`);
    add('in the words of', `⟦In the words of⟧ ${src(s)}, the bridge is "past saving".`);
    add('as reported by', `The bridge will close in March, ⟦as reported by⟧ ${src(s)}.`);
    add('in the view of', `⟦In the view of⟧ ${src(s)}, the bridge is past saving.`);
    add('citing', `The Harlow Gazette said the bridge would close in March, ⟦citing⟧ ${src(s)}.`);
    add('quoted as saying', `${src(s, true)} ${'⟦was quoted as saying⟧'} that ${CLAUSE}.`);
    add('was heard to say', `${src(s, true)} ⟦was heard to say⟧ that ${CLAUSE}.`);
    add(
      'told X that (source is the teller)',
      `${src(s, true)} ⟦told⟧ the Harlow Gazette that ${CLAUSE}.`,
    );
    add('in a statement (verb elided)', `"${QUOTE}," ${src(s)} ⟦said in a statement⟧.`);
    add(
      '"Asked about ..., X said" (question aside)',
      `⟦Asked⟧ about the delays, ${src(s)} ⟦*said⟧ the bridge would close in March.`,
    );
    add(
      '"X, asked whether ..., said" (question aside)',
      `${src(s, true)}, ⟦asked⟧ whether the bridge would close, ⟦*said⟧ it would.`,
    );
    add(
      'X said, adding that',
      `${src(s, true)} ⟦said⟧ the bridge would close, ⟦adding⟧ that buses would be rerouted.`,
    );
    // (newsletter formats: a bold lead-in before the reporting sentence)
    add(
      'newsletter: lead-in label before "X said"',
      `What they're saying: ${src(s, true)} ⟦said⟧ ${CLAUSE}.`,
    );
    add('per X: after the content', `The bridge will close in March, ⟦per⟧ ${src(s)}.`);
    add('per X: first', `⟦Per⟧ ${src(s)}, the bridge will close in March.`);
    // (newsletter credit "via X": no ruling makes it a cue, so optional)
    add('via X: after the content', `The bridge will close in March, ⟦?via⟧ ${src(s)}.`);
    add('as X put it', `As ${src(s)} ⟦put it⟧, the bridge is past saving.`);
    add('X put it bluntly: quote', `${src(s, true)} ⟦put it⟧ bluntly: "${QUOTE}."`);
    // (the hedge "is said to" / "is understood to" leaves the reported telling a cue)
    add(
      'X is said to have told',
      `${src(s, true)} is said to have ⟦told⟧ colleagues that ${CLAUSE}.`,
    );
    add(
      'X is understood to have told',
      `${src(s, true)} is understood to have ⟦told⟧ colleagues that ${CLAUSE}.`,
    );
    add(
      'reported question: "wanted to know whether"',
      `${src(s, true)} ⟦wanted to know⟧ whether the bridge would close in March.`,
    );
    add(
      'reported question: "asked why"',
      `${src(s, true)} ⟦asked⟧ why the bridge would close in March.`,
    );
    add('was quick to point out that', `${src(s, true)} was quick to ⟦point out⟧ that ${CLAUSE}.`);
    add('has long argued that', `${src(s, true)} ⟦has long argued⟧ that ${CLAUSE}.`);
    add(
      'cue after a quotation across two paragraphs',
      `"The bridge will close in March. Buses will run every ten minutes.\n\n"Nobody should expect it to reopen before the autumn," ${src(s)} ⟦said⟧.`,
    );
    add(
      'X, who spoke on condition',
      `${src(s, true)}, who ⟦spoke⟧ to reporters after the meeting, said nothing about the bridge.`,
    );
  });
  // (a possessive's message or team: the owner's, named as the owner is)
  const OWNED: [string, string][] = [
    ["⟪Ana Ruiz's team⟫ ⟦says⟧", 'the bridge will close in March.'],
    ["⟪The mayor's office⟫ ⟦said⟧", 'the bridge would close in March.'],
    ["⟪Harlow Council's lawyers⟫ ⟦argued⟧", 'that the bridge should close.'],
    ["⟪Ana Ruiz's⟫ ⟦message⟧:", 'the bridge will close in March.'],
    ["⟪The Transport Ministry's⟫ ⟦message⟧ was blunt:", 'the bridge will close in March.'],
  ];
  for (const [head, rest] of OWNED) add("X's team / message", `${head} ${rest}`);
  add('sources tell us', '⟪~Sources⟫ ⟦tell⟧ us the bridge will close in March.');
  add(
    'sources tell the outlet',
    '⟪~Sources⟫ ⟦tell⟧ the Harlow Gazette the bridge will close in March.',
  );
  // (the condition of anonymity in its open forms: whose name stays out, in any words; the
  // guideline's fixed phrase "on condition of anonymity", decision 13)
  const CONDITIONS: [string, string][] = [
    [
      'relative clause',
      '⟪~One agency consultant⟫, who ⟦?spoke⟧ ⟦on condition that she and her employer not be identified⟧, ⟦*said⟧ branches were under pressure.',
    ],
    [
      'after the content',
      'A sovereign fund joined the round, ⟪~one of the people⟫ ⟦said⟧, ⟦?speaking⟧ ⟦on condition that the fund not be named⟧.',
    ],
    [
      'past tense in the condition',
      '⟪~One pilot⟫, ⟦?speaking⟧ ⟦on condition he was not identified⟧, ⟦*told⟧ the Harlow Gazette the closure was political.',
    ],
    [
      'the condition, past tense',
      '⟪~A senior doctor⟫, who ⟦?spoke⟧ to us ⟦on the condition that she was not identified⟧, ⟦*said⟧ the memo was vague.',
    ],
    [
      'the outlet does not name',
      '⟪~A former contractor⟫ who ⟦?spoke⟧ to us ⟦on the condition that we not name him⟧ ⟦*said⟧ the system was open.',
    ],
    [
      'the name not used',
      '⟪~A manager⟫, ⟦?speaking⟧ ⟦on condition that her name not be used⟧, ⟦*said⟧ sales had fallen.',
    ],
    [
      'remain anonymous',
      '⟪~Two officers⟫, ⟦?speaking⟧ ⟦on condition they remain anonymous⟧, ⟦*said⟧ morale was poor.',
    ],
    [
      'of not being named',
      '⟪~A clerk⟫, who ⟦?spoke⟧ ⟦on condition of not being named⟧, ⟦*said⟧ the files were lost.',
    ],
    [
      'employers not named',
      '⟪~Three nurses⟫ ⟦?spoke⟧ ⟦on condition that their employers would not be named⟧.',
    ],
  ];
  for (const [how, marked] of CONDITIONS) add(`anonymity condition: ${how}`, marked);
  add(
    'X went further, saying',
    '⟪Ana Ruiz⟫ ⟦said⟧ the plan was flawed. ⟪Tom Field⟫ went further, ⟦*saying⟧ it was reckless.',
  );
  return out.map((p) =>
    p.construction.startsWith('X, who spoke')
      ? { ...p, marked: p.marked.replace('⟦spoke⟧', '⟦?spoke⟧') }
      : p,
  );
}

/** Wrong senses: no attribution may overlap ⟨...⟩ (⟨?...⟩ optional, counted apart). */
const WRONG = [
  // (a ban on talk is why a source is anonymous, nobody's words: decisions 13, 97)
  '⟪~A nurse⟫, who ⟦?spoke⟧ ⟦on condition of anonymity⟧ because she was not authorised to ⟨talk⟩ to the press, ⟦*said⟧ the wards were full.',
  '⟪~A driver⟫, who ⟦asked not to be named⟧ because drivers have been ⟨warned⟩ not to ⟨talk⟩ to the press, ⟦*said⟧ the route was cut.',
  '⟪~Two porters⟫ ⟦?spoke⟧ ⟦on condition of anonymity⟧ because staff have been ⟨told⟩ not to ⟨speak⟩ to the media.',
  '⟪~A firefighter⟫, whose contract bars her from ⟨talking⟩ to reporters, ⟦said⟧ crews were stretched.',
  '⟪~Two guards⟫, ⟦?speaking⟧ ⟦anonymously⟧ because guards are barred from ⟨speaking⟩ to journalists, ⟦*said⟧ the wing was locked.',
  'Staff were ⟨instructed⟩ not to ⟨discuss⟩ the closure with patients.',
  // (conditions that are not anonymity: bail and sale terms)
  'He was freed ⟨on condition⟩ that he not contact the witnesses.',
  'The land was sold ⟨on the condition⟩ that it not be built on.',
  // (decision 1's tax duty, against decision 18's company results: a household's, optional)
  'The couple ⟨?reported⟩ income of $40,000 last year.',
  'He failed to ⟨report⟩ $12,000 in rental income.',
  'Officers ⟨reported⟩ for duty at six.',
  'Rates are set ⟨according to⟩ a formula agreed in 2019.',
  'Everything went ⟨according to⟩ plan on the day.',
  'The governor ⟨?conceded⟩ the election on Wednesday night.',
  'The visitors ⟨conceded⟩ two goals in the first half.',
  'Harlow ⟨conceded⟩ a penalty in the last minute.',
  'Ruiz could not be ⟨reached⟩ for comment.',
  'The tenants were ⟨?told⟩ to leave by Friday.',
  'The statement of accounts was filed late.',
  'Each customer receives a bank statement every month.',
  'The club ⟨claimed⟩ the county title in May.',
  'The fire ⟨claimed⟩ three lives.',
  'Insurance claims rose by a fifth.',
  'He ⟨claimed⟩ £3,000 in expenses.',
  '⟨That said⟩, the bridge is safe.',
  '⟨All told⟩, 40 people were hurt.',
  'The ⟨said⟩ company was dissolved in 2020.',
  'The firm ⟨recalled⟩ 40,000 cars over a faulty brake.',
  'She ⟨added⟩ three goals before half-time.',
  'The plant ⟨added⟩ 200 jobs last year.',
  'He ⟨added⟩ salt to the soup.',
  'The ⟨noted⟩ architect designed the station.',
  'Crews ⟨found⟩ the body near the weir.',
  'Staff ⟨maintained⟩ the roads through the winter.',
  'The council ⟨held⟩ a meeting on Tuesday.',
  "Mourners ⟨observed⟩ a minute's silence.",
  'He was ⟨admitted⟩ to hospital with burns.',
  'The suspect was ⟨denied⟩ bail.',
  'Visitors were ⟨denied⟩ entry to the site.',
  'She ⟨credited⟩ the money to his account.',
  'Workers ⟨blasted⟩ the rock to clear the cutting.',
  'He ⟨slammed⟩ the door and left.',
  'The striker ⟨hit⟩ the post twice.',
  'She ⟨answered⟩ the door in her coat.',
  'Police ⟨questioned⟩ the driver for six hours.',
  'The judge ⟨dismissed⟩ the charges against both men.',
  'The mayor ⟨called⟩ a taxi.',
  'The union ⟨called off⟩ the strike.',
  'The film ⟨shows⟩ a city at night.',
  'He ⟨learned⟩ to swim at forty.',
  'The council ⟨posted⟩ a notice on the door.',
  'He was ⟨posted⟩ to Berlin in 2019.',
  'The phone was ⟨charged⟩ overnight.',
  'The shop ⟨charged⟩ £5 for delivery.',
  'Her voice ⟨echoed⟩ through the hall.',
  'The river ⟨threatened⟩ homes along the bank.',
  'The storm ⟨threatens⟩ to cut power to the valley.',
  'The team ⟨welcomed⟩ visitors from Spain.',
  'Crowds ⟨welcomed⟩ the ship into the harbour.',
  'The museum ⟨unveiled⟩ a statue of the founder.',
  'The report card showed two As.',
  'He could ⟨tell⟩ the twins apart.',
  'Time will ⟨tell⟩.',
  'Bug reports piled up.',
  'The TV shows were cancelled.',
  'She ⟨signalled⟩ left and turned.',
  'He ⟨pointed to⟩ the door.',
  'The bill was ⟨read⟩ a second time.',
  'Guests ⟨toasted⟩ the couple.',
  'The plane ⟨landed⟩ safely.',
  'Hundreds ⟨?protested⟩ outside the town hall.',
  'Ruiz ⟨promised⟩ land to the settlers.',
  'The company ⟨released⟩ the hostages.',
  'The dam ⟨released⟩ water into the valley.',
  'Police ⟨released⟩ the man without charge.',
  'He ⟨published⟩ three novels.',
  'The school ⟨noted⟩ his absence in the register.',
  'She ⟨expected⟩ a baby in May.',
  'Tickets are ⟨expected⟩ to sell out.',
  'The shop ⟨stressed⟩ the metal to test it.',
  'They ⟨argued⟩ all night about money.',
  'The firm ⟨accepted⟩ the offer.',
  'He ⟨accepted⟩ the award in person.',
  'The court ⟨heard⟩ the case in private.',
  'Residents ⟨heard⟩ a loud bang.',
  // (the political desk's idioms in their literal or sporting senses)
  'The striker was ⟨ruled out⟩ of the final with a knee injury.',
  'The referee ⟨ruled out⟩ the goal for offside.',
  'He ⟨played down⟩ the left wing all season.',
  'The company ⟨floated⟩ on the stock market in 2019.',
  'Logs ⟨floated⟩ down the river.',
  'The walkers ⟨set out⟩ at dawn.',
  'She ⟨set out⟩ to prove them wrong.',
  'The boxer ⟨hit back⟩ with a left hook.',
  'Troops ⟨shot down⟩ a drone over the border.',
  'The sniper ⟨took aim⟩ at the car.',
  'She ⟨teased⟩ her brother about his hair.',
  'Elephants ⟨trumpeted⟩ in the distance.',
  'The guards ⟨walked back⟩ to the gate.',
  'The firm ⟨pushed back⟩ the launch to May.',
  'The boxer ⟨weighed in⟩ at 60kg.',
  'The fire alarm ⟨sounded⟩ at noon.',
  'He ⟨poured cold water⟩ on the burn.',
  'Men ⟨touted⟩ tickets outside the ground.',
  'She ⟨brushed off⟩ the snow from her coat.',
  'He ⟨put it⟩ on the table.',
  'The train runs ⟨via⟩ Paris.',
  'The offer arrived ⟨via⟩ email.',
  'Fares rise by 3% ⟨per⟩ year.',
  'He ⟨doubled⟩ his bet on black.',
  'The council ⟨cast⟩ its vote in favour.',
  // (a police appeal's reference number: nobody quoted)
  'Anyone with information should call 101, ⟨quoting⟩ incident 412.',
  'Witnesses are ⟦?asked⟧ to ring the force, ⟨quoting⟩ crime reference 4471.',
  'Call the incident room ⟨quoting⟩ log number 1187 of 4 May.',
  // (the ground of an arrest: nobody's claim)
  'A man was arrested on ⟨suspicion⟩ of arson.',
  'Two women were held on ⟨suspicion⟩ of fraud and later released.',
  'The firm came under ⟨suspicion⟩ after the audit.',
  // (claims for payment, decisions 1 and 22)
  'Insurers ⟦said⟧ ⟨claims⟩ from the town could exceed £15m.',
  'Its ⟨claims⟩ for extra costs total around £40m.',
  'Flood ⟨claims⟩ from the estuary are expected to rise.',
  'Policyholders ⟦say⟧ their ⟨claims⟩ are taking weeks to settle.',
  'His ⟨claim⟩ was rejected after an assessor visited the farm.',
  'The board faces compensation ⟨claims⟩ from families.',
  'Asylum ⟨claims⟩ rose by a third last year.',
  // (a passive under a modal with nothing told: an act expected, allowed or owed, decision 40)
  'A deal could be ⟨?announced⟩ as early as next week, the people ⟦said⟧.',
  'The winner will be ⟨?announced⟩ on Sunday.',
  'Leaks must be ⟨?reported⟩ to the regulator within ten days.',
  'The findings are due to be ⟨?published⟩ in March.',
  'That could not be ⟨?confirmed⟩.',
  // (a document that only holds something: no act of saying)
  'Her name appears ⟨in the report⟩ but was withheld.',
  'The claims first surfaced last month ⟨in a letter⟩ to the board.',
  'Researchers not involved ⟨in the study⟩ ⟦praised⟧ its design.',
];

function run(): void {
  const args = process.argv.slice(2);
  const showMisses = args.includes('--misses');
  const onlyC = optionValue(args, '--construction');
  const onlyV = optionValue(args, '--verb');
  const probes = [...verbProbes(), ...nounProbes(), ...phraseProbes()].filter(
    (p) => (!onlyC || p.construction.includes(onlyC)) && (!onlyV || p.verb === onlyV),
  );
  const byC = new Map<string, Tally>();
  const byV = new Map<string, Tally>();
  const all = tally();
  const misses: string[] = [];
  const wrongSrc: string[] = [];
  for (const p of probes) {
    const parsed = parse(p.marked);
    const found = analyze(parsed.text, { kinds: ['attribution'] });
    const tc = byC.get(p.construction) ?? tally();
    const tv = byV.get(p.cls) ?? tally();
    byC.set(p.construction, tc);
    byV.set(p.cls, tv);
    scoreCueSentence(parsed, found, p.construction, [tc, tv, all], misses, wrongSrc);
  }
  const row = (name: string, t: Tally): string =>
    `${name.padEnd(46)} ${String(t.n).padStart(5)} ${pct(t.hit, t.n)} ${String(t.srcN).padStart(5)} ${pct(t.srcOk, t.srcN)} ${t.optN ? `${t.optHit}/${t.optN}` : ''}`;
  const header = `${'construction'.padEnd(46)}  cues recall  srcN  src ok  optional found`;
  console.log(header);
  for (const [name, t] of byC) console.log(row(name, t));
  console.log(`\n${'verb class'.padEnd(46)}  cues recall  srcN  src ok  optional found`);
  for (const [name, t] of [...byV].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(row(name, t));
  console.log(`\n${row('all', all)}`);

  // wrong senses
  if (!onlyC && !onlyV) {
    const { trapN, trapFA, lines } = scoreWrongSenses(WRONG, (text) =>
      analyze(text, { kinds: ['attribution'] }),
    );
    console.log(`\nwrong senses: ${trapFA} false alarms in ${trapN} (${WRONG.length} sentences)`);
    // (the optional traps' lines last)
    for (const s of [...lines.filter((l) => !l.optional), ...lines.filter((l) => l.optional)])
      console.log(`  ${s.line}`);
  }
  if (showMisses) {
    console.log(`\nmissed cues (${misses.length}):`);
    for (const s of misses) console.log(`  ${s}`);
    console.log(`\nwrong sources (${wrongSrc.length}):`);
    for (const s of wrongSrc) console.log(`  ${s}`);
  }
}

run();
