/**
 * `tsx scripts/probe-cues-desks.ts [--misses] [--family NAME]`: a probe of the cue families that
 * scripts/probe-cues.ts (verbs of saying x constructions) leaves out, desk by desk, written from
 * knowledge of how news is written: polls and data as sources without "that" ("A poll puts the
 * party on 34%", "Unemployment rose, official figures showed"); questioning in hearings and
 * interviews ("MPs grilled the chief executive over", "Pressed on the delays, she said"); reading
 * out and relaying ("read out a statement", "relayed the warning"); noun cues with a content, a
 * topic or a speaker ("Ruiz's account of the meeting", "questions over the costs", "a red alert",
 * "concerns raised by parents"); announcing, naming, flagging, deeming, estimating and labelling;
 * and calling ("calling it a disgrace"). Each family has its wrong senses as quiet sentences ("a
 * bank account", "polls open at 7am", "relayed the match live", "published three novels").
 *
 * Marks are those of scripts/lib/probe-marks.ts, read as probe-cues.ts reads them: ⟦cue⟧ required
 * (the first carries the sentence's source unless ⟦*cue⟧ does), ⟦?cue⟧ optional, ⟪source⟫ named,
 * ⟪~source⟫ unnamed, ⟨word⟩ a wrong sense no attribution may overlap (⟨?word⟩ optional). In a
 * quiet sentence a ⟦cue⟧ is allowed and any other attribution is a false alarm. The labels follow
 * ANNOTATION.md and DECISIONS.md (the decision is cited where it is not the guideline's list).
 * The figures are the engine's over invented sentences: they show where a family fails, never a
 * score to tune to.
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

interface Probe {
  family: string;
  construction: string;
  marked: string;
}

const probes: Probe[] = [];
const add = (family: string, construction: string, marked: string): void => {
  probes.push({ family, construction, marked });
};

// ---------------------------------------------------------------------------------------------
// Polls and data as sources: decision 10 ("show" with a poll, data, filings or results stating
// a finding), 50 ("puts" an estimate, "indicate", "point to"), 63 and 94 (figures and polls with
// no issuer are unnamed, those of a named body or pollster named), 113 and 128 (ratings "as"),
// 165 and 168 (what a document records is what it says).

interface Doc {
  /** Sentence-initial form, marked. */
  s: string;
  /** Mid-sentence form, marked. */
  m: string;
  plural: boolean;
}
const DOCS: Doc[] = [
  { s: '⟪~A new poll⟫', m: '⟪~a new poll⟫', plural: false },
  { s: '⟪A poll by Norvik Research⟫', m: '⟪a poll by Norvik Research⟫', plural: false },
  { s: '⟪~Official figures⟫', m: '⟪~official figures⟫', plural: true },
  { s: "⟪The council's own figures⟫", m: "⟪the council's own figures⟫", plural: true },
  { s: '⟪~The survey⟫', m: '⟪~the survey⟫', plural: false },
  {
    s: '⟪Data from the Transport Ministry⟫',
    m: '⟪data from the Transport Ministry⟫',
    plural: true,
  },
  { s: '⟪~An inspection report⟫', m: '⟪~an inspection report⟫', plural: false },
  {
    s: '⟪Figures released by the Home Office⟫',
    m: '⟪figures released by the Home Office⟫',
    plural: true,
  },
  { s: '⟪~The latest data⟫', m: '⟪~the latest data⟫', plural: true },
  { s: '⟪~A study⟫', m: '⟪~a study⟫', plural: false },
];

interface DataVerb {
  /** plural present, singular present, past, past participle, -ing */
  forms: [string, string, string, string, string];
  /** What follows the verb. */
  obj: string;
  /** Whether the content can come first: "Fares rose, figures showed." */
  after: boolean;
}
const DATA_VERBS: DataVerb[] = [
  {
    forms: ['show', 'shows', 'showed', 'shown', 'showing'],
    obj: 'a sharp rise in complaints',
    after: true,
  },
  {
    forms: ['show', 'shows', 'showed', 'shown', 'showing'],
    obj: 'that complaints rose by a fifth',
    after: true,
  },
  {
    forms: ['suggest', 'suggests', 'suggested', 'suggested', 'suggesting'],
    obj: 'complaints rose by a fifth',
    after: true,
  },
  {
    forms: ['find', 'finds', 'found', 'found', 'finding'],
    obj: 'that complaints rose by a fifth',
    after: true,
  },
  {
    forms: ['find', 'finds', 'found', 'found', 'finding'],
    obj: 'two in five tenants behind on rent',
    after: false,
  },
  { forms: ['put', 'puts', 'put', 'put', 'putting'], obj: 'the party on 34%', after: false },
  {
    forms: ['put', 'puts', 'put', 'put', 'putting'],
    obj: 'the cost of the repairs at £3m',
    after: false,
  },
  {
    forms: ['give', 'gives', 'gave', 'given', 'giving'],
    obj: 'the party a five-point lead',
    after: false,
  },
  {
    forms: ['indicate', 'indicates', 'indicated', 'indicated', 'indicating'],
    obj: 'a slowdown in sales',
    after: true,
  },
  {
    forms: ['reveal', 'reveals', 'revealed', 'revealed', 'revealing'],
    obj: 'a sharp rise in complaints',
    after: true,
  },
  {
    forms: ['point to', 'points to', 'pointed to', 'pointed to', 'pointing to'],
    obj: 'a slowdown in sales',
    after: false,
  },
  {
    forms: ['estimate', 'estimates', 'estimated', 'estimated', 'estimating'],
    obj: 'the cost of the repairs at £3m',
    after: false,
  },
  {
    forms: ['confirm', 'confirms', 'confirmed', 'confirmed', 'confirming'],
    obj: 'a fall in burglaries',
    after: true,
  },
  {
    forms: ['record', 'records', 'recorded', 'recorded', 'recording'],
    obj: 'a fall in burglaries',
    after: false,
  },
  {
    forms: ['highlight', 'highlights', 'highlighted', 'highlighted', 'highlighting'],
    obj: 'a sharp rise in complaints',
    after: false,
  },
];

function dataProbes(): void {
  DATA_VERBS.forEach((v, i) => {
    const d = (k: number): Doc => DOCS[(i + k) % DOCS.length] as Doc;
    const [pl, sg, ed, en, ing] = v.forms;
    const pres = (x: Doc): string => (x.plural ? pl : sg);
    const has = (x: Doc): string => (x.plural ? 'have' : 'has');
    add('data', 'present', `${d(0).s} ⟦${pres(d(0))}⟧ ${v.obj}.`);
    add('data', 'past', `${d(1).s} ⟦${ed}⟧ ${v.obj}.`);
    add('data', 'perfect', `${d(2).s} ⟦${has(d(2))} ${en}⟧ ${v.obj}.`);
    add('data', 'past + time between', `${d(3).s} published on Monday ⟦${ed}⟧ ${v.obj}.`);
    // (headline Title Case: a poll or the figures as subject, no determiner)
    const head = d(4).plural ? '⟪~Figures⟫' : '⟪~Poll⟫';
    add(
      'data',
      'headline, Title Case',
      `${head} ${title(`⟦${d(4).plural ? pl : sg}⟧`)} ${title(v.obj.replace(/^that /, ''))}\n\nThe figures cover the year to March.`,
    );
    if (v.after) {
      add(
        'data',
        'content first, "X V-ed" after',
        `Complaints rose by a fifth last year, ${d(5).m} ⟦${ed}⟧.`,
      );
      add(
        'data',
        'content first, "X V-ed" + time after',
        `Burglaries fell for a third year, ${d(6).m} ⟦${ed}⟧ on Tuesday.`,
      );
    }
    add(
      'data',
      'relative "which V"',
      `The council cited ${d(7).m}, which ⟦*${pres(d(7))}⟧ ${v.obj}.`,
    );
    // (the document's own appearance is no cue: publishing is optional, decision 169)
    add(
      'data',
      'participle ", V-ing"',
      `${d(8).s} ${d(8).plural ? 'were' : 'was'} published on Monday, ⟦${ing}⟧ ${v.obj}.`,
    );
  });
  // ratings and grades (decisions 113, 128, 153, 165)
  add(
    'data',
    'rating "rated X as"',
    '⟪~An inspection report⟫ ⟦rated⟧ hygiene at the cafe as poor.',
  );
  add('data', 'rating "rated X as"', '⟪~Inspectors⟫ ⟦rated⟧ the school as inadequate.');
  add('data', 'rating "rated X as"', '⟪Ofsted⟫ ⟦has rated⟧ the school inadequate.');
  add('data', 'rating "gave a grade"', '⟪~Inspectors⟫ ⟦gave⟧ the kitchen a zero hygiene rating.');
  add('data', 'rating passive', 'The school ⟦was rated⟧ inadequate by ⟪~inspectors⟫ in May.');
  add(
    'data',
    'rating headline',
    '⟪Regulator⟫ ⟦Downgrades⟧ Hospital To Inadequate\n\nThe hospital has 400 beds.',
  );
  // "has the party on" and "puts" with a named pollster after the content
  add('data', 'poll "has X on"', '⟪~The latest poll⟫ ⟦has⟧ the party on 34%, two points ahead.');
  add('data', 'poll "has X on"', '⟪A YouGov poll⟫ for the Times ⟦had⟧ the party on 31%.');
  add(
    'data',
    'poll, pollster named after',
    'The party is on 34%, ⟦according to⟧ ⟪a poll by Norvik Research⟫.',
  );
  add('data', 'poll, respondents', '⟪~Most voters⟫ ⟦told⟧ pollsters they would back the plan.');
  add(
    'data',
    'poll, respondents',
    "⟪~Two in five voters⟫ ⟦said⟧ they would back the plan, Norvik Research's poll found.",
  );
  add('data', 'estimate noun + "puts"', "⟪The council's own estimate⟫ ⟦puts⟧ the cost at £3m.");
  add(
    'data',
    'estimate participle "put at"',
    'The saving, ⟦put⟧ at £3m, will pay for two new buses.',
  );
}

// ---------------------------------------------------------------------------------------------
// Documents, data and counts with a long subject: the subject (a report, poll, count, model,
// audit ...) and its verb of finding or stating with material between them, as news writes it
// ("Data released on Monday by the agency suggest", "The report, which was commissioned after
// the floods and runs to 200 pages, concludes", "A poll of 2,000 adults for the Gazette found").
// Decisions 10 and 191 ("show", "indicate", "point to"), 50 and 63 (documents with no named
// issuer are unnamed), 94 (polls: the span is the head up to the participle), 142 (a model's or
// document's projection is required), 165 (a plan's provision, a list's naming).

interface LongDoc {
  /** The subject's head phrase, sentence-initial, without marks. */
  head: string;
  plural: boolean;
  /** Verb classes the noun takes in news: f(ind), s(tate), e(stimate), r(ank), n(ame), p(lan). */
  takes: string;
}
const LONG_DOCS: LongDoc[] = [
  { head: 'The report', plural: false, takes: 'fsn' },
  { head: 'The study', plural: false, takes: 'fse' },
  { head: 'A survey', plural: false, takes: 'fr' },
  { head: 'A poll', plural: false, takes: 'fr' },
  { head: 'The figures', plural: true, takes: 'f' },
  { head: 'The data', plural: true, takes: 'f' },
  { head: 'Official statistics', plural: true, takes: 'f' },
  { head: 'The analysis', plural: false, takes: 'fe' },
  { head: 'The review', plural: false, takes: 'fsn' },
  { head: 'The audit', plural: false, takes: 'fs' },
  { head: 'The inspection', plural: false, takes: 'f' },
  { head: 'The inspection report', plural: false, takes: 'fs' },
  { head: 'The first count', plural: false, takes: 'f' },
  { head: 'The census', plural: false, takes: 'f' },
  { head: 'The model', plural: false, takes: 'e' },
  { head: 'The forecast', plural: false, takes: 'e' },
  { head: 'The projections', plural: true, takes: 'e' },
  { head: 'The estimate', plural: false, takes: 'e' },
  { head: 'The assessment', plural: false, takes: 'fse' },
  { head: 'The evaluation', plural: false, takes: 'f' },
  { head: 'The research', plural: false, takes: 'f' },
  { head: 'The results', plural: true, takes: 'f' },
  { head: 'The records', plural: true, takes: 'fn' },
  { head: 'The tally', plural: false, takes: 'f' },
  { head: 'The research paper', plural: false, takes: 'fs' },
  { head: 'The memo', plural: false, takes: 'sn' },
  { head: 'The document', plural: false, takes: 'snp' },
  { head: 'The dossier', plural: false, takes: 'sn' },
  { head: 'The leaked email', plural: false, takes: 's' },
  { head: 'The list', plural: false, takes: 'n' },
  { head: 'The ranking', plural: false, takes: 'r' },
  { head: 'The league table', plural: false, takes: 'r' },
  { head: 'The index', plural: false, takes: 'r' },
  { head: 'The plan', plural: false, takes: 'p' },
  { head: 'The strategy', plural: false, takes: 'p' },
  { head: 'The white paper', plural: false, takes: 'p' },
  { head: 'The budget', plural: false, takes: 'pe' },
  { head: 'The filing', plural: false, takes: 'fn' },
  { head: 'The minutes', plural: true, takes: 'fs' },
  { head: 'The findings', plural: true, takes: 'fs' },
];

/** A verb: plural present, singular present, past; what follows it. */
type LongVerb = [string, string, string, string];
const LONG_VERBS: Record<string, LongVerb[]> = {
  f: [
    ['show', 'shows', 'showed', 'a sharp rise in complaints'],
    ['suggest', 'suggests', 'suggested', 'that complaints rose by a fifth'],
    ['find', 'finds', 'found', 'that two in five tenants are behind on rent'],
    ['reveal', 'reveals', 'revealed', 'a sharp rise in complaints'],
    ['indicate', 'indicates', 'indicated', 'a slowdown in sales'],
    ['point to', 'points to', 'pointed to', 'a slowdown in sales'],
  ],
  s: [
    ['conclude', 'concludes', 'concluded', 'that the scheme failed'],
    ['warn', 'warns', 'warned', 'that the scheme will fail'],
    ['say', 'says', 'said', 'the scheme failed'],
    ['recommend', 'recommends', 'recommended', 'that the scheme be scrapped'],
  ],
  e: [
    ['estimate', 'estimates', 'estimated', 'that the repairs will cost £3m'],
    ['put', 'puts', 'put', 'the cost of the repairs at £3m'],
    ['predict', 'predicts', 'predicted', 'that prices will rise by 4%'],
    ['project', 'projects', 'projected', 'a deficit of £2bn by 2030'],
  ],
  r: [
    ['put', 'puts', 'put', 'the Greens ahead for the first time'],
    ['place', 'places', 'placed', 'the city third in the region'],
    ['rank', 'ranks', 'ranked', 'the hospital among the worst in the country'],
  ],
  n: [
    ['name', 'names', 'named', 'six firms that broke the rules'],
    ['list', 'lists', 'listed', 'six firms that broke the rules'],
  ],
  p: [
    ['set out', 'sets out', 'set out', 'how the council will cut costs'],
    ['propose', 'proposes', 'proposed', 'closing two libraries'],
  ],
};

/**
 * What comes between subject and verb: a sentence with `S` for the subject's head, `V` for the
 * verb, `O` for what follows it. Participles, relatives, comma asides, of- and for-phrases, time
 * phrases and counts.
 */
const BETWEEN: { name: string; frame: string }[] = [
  { name: 'none', frame: '{S} {V} {O}.' },
  { name: 'participle + time', frame: '{S} published on Monday {V} {O}.' },
  { name: 'participle + by-agent', frame: '{S} released by the agency {V} {O}.' },
  { name: 'time + by-agent', frame: '{S} released on Monday by the agency {V} {O}.' },
  { name: 'participle "seen by"', frame: '{S} seen by the Gazette {V} {O}.' },
  { name: 'participle "commissioned by"', frame: '{S} commissioned by the council {V} {O}.' },
  {
    name: 'participle "obtained ... under"',
    frame: '{S} obtained by the Gazette under freedom of information laws {V} {O}.',
  },
  { name: 'participle "carried out for"', frame: '{S} carried out for the charity {V} {O}.' },
  {
    name: 'participle "compiled by researchers at"',
    frame: '{S} compiled by researchers at the university {V} {O}.',
  },
  { name: 'comma aside participle', frame: '{S}, published on Monday, {V} {O}.' },
  {
    name: 'comma aside relative, coordinated',
    frame: '{S}, which was commissioned after the floods and runs to 200 pages, {V} {O}.',
  },
  { name: 'comma aside noun phrase', frame: '{S}, the first since 2019, {V} {O}.' },
  { name: 'relative "that covers"', frame: '{S} that covers the year to March {V} {O}.' },
  {
    name: 'relative "which the council published"',
    frame: '{S} which the council published last week {V} {O}.',
  },
  { name: 'of-phrase count', frame: '{S} of 2,000 adults {V} {O}.' },
  {
    name: 'of-phrase count + for',
    frame: '{S} of more than 1,200 patients for the Gazette {V} {O}.',
  },
  { name: 'by-phrase + time', frame: '{S} by the think tank last year {V} {O}.' },
  { name: 'to-infinitive "due to be"', frame: '{S} due to be published next week {V} {O}.' },
  { name: 'adverb before verb', frame: '{S}, however, also {V} {O}.' },
  { name: 'covering + count', frame: '{S} covering 3,000 schools in England {V} {O}.' },
];

function longDocProbes(): void {
  let k = 0;
  for (const d of LONG_DOCS) {
    const last = d.head.split(' ').pop() ?? '';
    const verbs = [...d.takes].flatMap((c) => LONG_VERBS[c] ?? []).filter((v) => v[0] !== last);
    BETWEEN.forEach((b, i) => {
      const v = verbs[(i + k) % verbs.length] as LongVerb;
      // present tense on even frames, past on odd ones
      const verb = i % 2 ? v[2] : d.plural ? v[0] : v[1];
      // (agreement inside the material: "The figures that cover", "which were commissioned")
      const agreed = d.plural
        ? b.frame.replace('that covers', 'that cover').replace('which was', 'which were')
        : b.frame;
      // the of-phrase count fits polls, surveys and studies only; elsewhere "of hospital data"
      const frame =
        /^\{S\} of /.test(agreed) && !/survey|poll|study|analysis|research|review/i.test(d.head)
          ? agreed.replace(/of 2,000 adults|of more than 1,200 patients/, 'of hospital admissions')
          : agreed;
      // (with an issuer in the material, "the council", whether the source is the document or
      // its issuer, named or not, is src27's question: the source is left unmarked)
      const issuer = / by the (?:agency|council|think tank)|the council published/.test(frame);
      const sentence = frame
        .replace('{S}', issuer ? d.head : `⟪~${d.head}⟫`)
        // (proposing is optional, decision 128; the plan's "sets out" is required, decision 34)
        .replace('{V}', v[0] === 'propose' ? `⟦?${verb}⟧` : `⟦${verb}⟧`)
        .replace('{O}', v[3]);
      add('data-long', b.name, sentence);
    });
    k++;
  }
  // the content first and the long subject after, a fronted adverbial, two verbs, modals
  add(
    'data-long',
    'content first, long subject after',
    'Complaints rose by a fifth, ⟪~a report⟫ published on Monday by the regulator ⟦found⟧.',
  );
  add(
    'data-long',
    'content first, long subject after',
    'Prices will rise by 4%, ⟪~the model⟫, which was updated in May, ⟦predicts⟧.',
  );
  add(
    'data-long',
    'content first, long subject after',
    'The Greens are ahead, ⟪~a poll⟫ of 2,000 adults for the Gazette ⟦shows⟧.',
  );
  add(
    'data-long',
    'content first, "according to" + long',
    'The scheme failed, ⟦according to⟧ ⟪~a review⟫ commissioned by the council.',
  );
  add(
    'data-long',
    'subject after a fronted adverbial',
    'Last year, ⟪~figures⟫ from the agency ⟦showed⟧ a sharp rise in complaints.',
  );
  add(
    'data-long',
    'subject after a fronted clause',
    'As the strike began, ⟪~a survey⟫ of 500 nurses ⟦found⟧ that most would leave.',
  );
  add(
    'data-long',
    'two verbs, one subject',
    '⟪~The audit⟫, published on Monday, ⟦found⟧ gaps in the records and ⟦?warned⟧ that costs would rise.',
  );
  add(
    'data-long',
    'modal',
    '⟪~The report⟫, due out next week, ⟦is expected to conclude⟧ that the scheme failed.',
  );
  add(
    'data-long',
    'modal',
    '⟪~Figures⟫ released on Thursday ⟦are likely to show⟧ a fall in sales.',
  );
}

// Wrong senses of the document nouns and their verbs: a show that is a performance, a list of
// names with no verb, figures in bronze, a count of votes with no finding, a model who poses.
const QUIET_DOCS = [
  'The ⟨show⟩, which runs until May, ⟨features⟩ a cast of forty.',
  'The ⟨show⟩ at the town hall ⟨drew⟩ a large crowd.',
  'She ⟨put⟩ the kettle on and sat down.',
  'The council ⟨put⟩ the plans on hold in May.',
  'A list of names was pinned to the door.',
  'The figures, cast in bronze in 1920, ⟨stand⟩ outside the town hall.',
  'Two figures in dark coats ⟨walked⟩ towards the car.',
  'The model, who wore a red dress, ⟨posed⟩ for photographers.',
  'The first count ⟨ended⟩ at 3am.',
  'The report, which runs to 200 pages, was ⟨?published⟩ on Monday.',
  'The survey ship ⟨sailed⟩ from Hull on Tuesday.',
  'The plan, drawn up in 2019, ⟨cost⟩ £3m.',
  'The team ⟨set out⟩ from base camp at dawn.',
  'The club ⟨placed⟩ an order for new kit.',
  'The audit, carried out by a firm in Leeds, ⟨took⟩ three months.',
  'The index ⟨fell⟩ 2% on Friday.',
  'The budget, which was cut last year, ⟨pays for⟩ six nurses.',
  'The records, kept in a basement since 1950, were ⟨damaged⟩ in the flood.',
  'The paper, founded in 1821, ⟨employs⟩ 300 journalists.',
  'The data centre, built by the firm in 2020, ⟨uses⟩ a lot of power.',
  'Her show ⟨found⟩ a new audience on television.',
  'The poll, held every four years, ⟨opens⟩ at 7am.',
];

// ---------------------------------------------------------------------------------------------
// Hearings and interviews: a question with a topic is a required cue (decisions 112, 131, 149,
// 152, 168: "confronted ... over", "Residents press police over", "grilled over", "Asked about
// ..., X said"), its questioner the source; the reduced "Asked"/"Pressed" carries none.

interface Asker {
  verb: [string, string, string, string, string];
  prep: string;
}
const ASKERS: Asker[] = [
  { verb: ['grill', 'grills', 'grilled', 'grilled', 'grilling'], prep: 'over' },
  { verb: ['press', 'presses', 'pressed', 'pressed', 'pressing'], prep: 'on' },
  { verb: ['quiz', 'quizzes', 'quizzed', 'quizzed', 'quizzing'], prep: 'about' },
  { verb: ['question', 'questions', 'questioned', 'questioned', 'questioning'], prep: 'about' },
  { verb: ['challenge', 'challenges', 'challenged', 'challenged', 'challenging'], prep: 'over' },
  { verb: ['confront', 'confronts', 'confronted', 'confronted', 'confronting'], prep: 'over' },
  { verb: ['tackle', 'tackles', 'tackled', 'tackled', 'tackling'], prep: 'on' },
  { verb: ['probe', 'probes', 'probed', 'probed', 'probing'], prep: 'on' },
  {
    verb: [
      'cross-examine',
      'cross-examines',
      'cross-examined',
      'cross-examined',
      'cross-examining',
    ],
    prep: 'about',
  },
  { verb: ['ask', 'asks', 'asked', 'asked', 'asking'], prep: 'about' },
];
const TOPIC = 'the missing ballots';
const TOPIC_T = 'Missing Ballots';

function hearingProbes(): void {
  for (const a of ASKERS) {
    const [base, , ed, en, ing] = a.verb;
    const p = a.prep;
    add(
      'hearing',
      'past, unnamed questioners',
      `⟪~MPs⟫ ⟦${ed}⟧ the chief executive ${p} ${TOPIC}.`,
    );
    add(
      'hearing',
      'past, named questioner',
      `⟪Ana Ruiz⟫ ⟦${ed}⟧ the minister ${p} ${TOPIC} on Tuesday.`,
    );
    add(
      'hearing',
      'present',
      `⟪~Opposition MPs⟫ ${'⟦'}${base}${'⟧'} the minister ${p} ${TOPIC} every week.`,
    );
    add('hearing', 'perfect', `⟪The committee⟫ ⟦has ${en}⟧ the chief executive ${p} ${TOPIC}.`);
    add(
      'hearing',
      'by-passive',
      `The chief executive ⟦was ${en}⟧ ${p} ${TOPIC} by ⟪~MPs⟫ on Tuesday.`,
    );
    add(
      'hearing',
      'agentless passive',
      `The chief executive ⟦was ${en}⟧ ${p} ${TOPIC} for three hours.`,
    );
    add(
      'hearing',
      'headline active',
      `⟪~MPs⟫ ⟦${title(base)}⟧ Chief Executive ${title(p)} ${TOPIC_T}\n\nThe hearing lasted three hours.`,
    );
    add(
      'hearing',
      'headline passive',
      `Chief Executive ⟦${title(en)}⟧ ${title(p)} ${TOPIC_T}\n\nThe hearing lasted three hours.`,
    );
    add(
      'hearing',
      'reduced "V-en on ..., X said"',
      `⟦${title(en)}⟧ ${p} ${TOPIC}, ⟪Ana Ruiz⟫ ⟦*said⟧ the count was sound.`,
    );
    add(
      'hearing',
      'participle ", V-ing him"',
      `⟪Ana Ruiz⟫ led the questioning, ⟦${ing}⟧ the minister ${p} ${TOPIC}.`,
    );
    add(
      'hearing',
      'when V-en on',
      `When ⟦${en}⟧ ${p} ${TOPIC}, ⟪Ana Ruiz⟫ ⟦*said⟧ the count was sound.`,
    );
  }
  // asking with a clause (decisions 110, 131, 152)
  add('hearing', 'asked whether', '⟪~One MP⟫ ⟦asked⟧ whether the count had been checked.');
  add(
    'hearing',
    'asked the minister whether',
    '⟪Ana Ruiz⟫ ⟦asked⟧ the minister whether the count had been checked.',
  );
  add('hearing', 'asked why', '⟪~Reporters⟫ ⟦asked⟧ why the count had not been checked.');
  add(
    'hearing',
    'was asked whether',
    'The minister ⟦was asked⟧ whether the count had been checked.',
  );
  add(
    'hearing',
    'Asked whether, X said',
    '⟦Asked⟧ whether the count had been checked, ⟪Ana Ruiz⟫ ⟦*said⟧ it had.',
  );
  add('hearing', 'questions over', 'The minister faces ⟦questions⟧ over the missing ballots.');
  add(
    'hearing',
    'questions about, raised',
    '⟦Questions have been raised⟧ about the missing ballots.',
  );
  add(
    'hearing',
    'questions from X',
    'The minister struggled with ⟦questions⟧ from ⟪~opposition MPs⟫ about the missing ballots.',
  );
  add(
    'hearing',
    'put questions to',
    '⟪~Reporters⟫ ⟦put questions⟧ to the minister about the missing ballots.',
  );
  add(
    'hearing',
    'told MPs / told the committee',
    '⟪Ana Ruiz⟫ ⟦told⟧ the committee the count was sound.',
  );
  add('hearing', 'told an inquiry', '⟪Ana Ruiz⟫ ⟦told⟧ the inquiry that the count was sound.');
  add(
    'hearing',
    'in evidence to',
    '⟪Ana Ruiz⟫ ⟦said⟧ in evidence to the committee that the count was sound.',
  );
  add(
    'hearing',
    'giving evidence, said',
    'Giving evidence to MPs, ⟪Ana Ruiz⟫ ⟦said⟧ the count was sound.',
  );
  add(
    'hearing',
    'under questioning, admitted',
    'Under questioning from MPs, ⟪Ana Ruiz⟫ ⟦admitted⟧ the count was late.',
  );
  add(
    'hearing',
    'in an interview, said',
    'In an interview with the Harlow Gazette, ⟪Ana Ruiz⟫ ⟦said⟧ the count was sound.',
  );
  add(
    'hearing',
    'Speaking to X, said',
    'Speaking to the BBC, ⟪Ana Ruiz⟫ ⟦said⟧ the count was sound.',
  );
  add('hearing', 'interviewer asks', '⟪~The interviewer⟫ ⟦asked⟧ her about the missing ballots.');
}

// ---------------------------------------------------------------------------------------------
// Reading out and relaying (decision 153's "read a short statement on his behalf", decision 110's
// "had relayed the vessel's position", decision 153's "radioed a warning"; "repeated the claim",
// "echoed" a stated view; "cited" a reason, decision 165).
function relayProbes(): void {
  add('relay', 'read out a statement', '⟪Ana Ruiz⟫ ⟦read out⟧ a statement outside the court.');
  add(
    'relay',
    'read a statement on behalf',
    "⟪The family's solicitor⟫ ⟦read⟧ a statement on their behalf.",
  );
  add(
    'relay',
    'reading a statement',
    'Outside the court, ⟪Tom Field⟫ spoke briefly, ⟦reading⟧ a statement from the family.',
  );
  add('relay', 'read out a list', '⟪Ana Ruiz⟫ ⟦read out⟧ the names of the victims.');
  add(
    'relay',
    'relayed the warning',
    '⟪~The coastguard⟫ ⟦relayed⟧ the warning to ships in the area.',
  );
  add('relay', 'relayed that', '⟪Ana Ruiz⟫ ⟦relayed⟧ that the bridge would close in March.');
  add(
    'relay',
    'relayed a message from',
    '⟪Ana Ruiz⟫ ⟦relayed⟧ a message from the minister: the bridge will close.',
  );
  add(
    'relay',
    'passed on a warning',
    '⟪~Neighbours⟫ ⟦passed on⟧ a warning that the bridge would close.',
  );
  add('relay', 'radioed', '⟪~The pilot⟫ ⟦radioed⟧ that an engine had failed.');
  add(
    'relay',
    'repeated the claim',
    '⟪Tom Field⟫ ⟦repeated⟧ the claim that the vote had been rigged.',
  );
  add(
    'relay',
    'repeated his call',
    '⟪Tom Field⟫ ⟦repeated⟧ his warning that the bridge was unsafe.',
  );
  add('relay', 'echoed', '⟪Tom Field⟫ ⟦echoed⟧ the warning, saying the bridge was unsafe.');
  add('relay', 'cited', '⟪Harlow Council⟫ ⟦cited⟧ safety concerns for the closure.');
  add('relay', 'cited a study', '⟪Ana Ruiz⟫ ⟦cited⟧ a study showing that the bridge was unsafe.');
  add('relay', 'conveyed', "⟪Ana Ruiz⟫ ⟦conveyed⟧ the minister's view that the bridge was unsafe.");
  add('relay', 'spelled out', '⟪Ana Ruiz⟫ ⟦spelled out⟧ the risks of keeping the bridge open.');
}

// ---------------------------------------------------------------------------------------------
// Noun cues with a content, a topic or a speaker (decisions 9, 106, 152, 153, 166, 168).
function nounProbes(): void {
  // remark, account, testimony, version, assessment: a possessive source and content or topic
  const N: [string, string][] = [
    ['remark', 'that the bridge was unsafe'],
    ['remarks', 'about the bridge'],
    ['account', 'of the meeting'],
    ['version', 'of events'],
    ['testimony', 'about the meeting'],
    ['assessment', 'that the bridge was unsafe'],
    ['verdict', 'on the plan'],
    ['comments', 'on the plan'],
    ['criticism', 'of the plan'],
    ['description', 'of the meeting'],
    ['explanation', 'for the delays'],
    ['characterisation', 'of the plan as reckless'],
    ['recollection', 'of the meeting'],
    ['observation', 'that the bridge was unsafe'],
  ];
  for (const [n, what] of N) {
    const was = n.endsWith('s') ? 'were' : 'was';
    add('noun', "X's N + content", `⟪Ana Ruiz's⟫ ⟦${n}⟧ ${what} ${was} disputed by colleagues.`);
    add('noun', "challenged X's N", `Colleagues questioned ⟪Ana Ruiz's⟫ ⟦${n}⟧ ${what}.`);
    add('noun', 'the N by X + content', `The ⟦${n}⟧ by ⟪Ana Ruiz⟫ ${what} drew anger.`);
  }
  // nouns of talk with a topic and no source (decision 168's "debate about", 152's "questions")
  const TALK: [string, string][] = [
    ['questions', 'over the costs'],
    ['questions', 'about the costs'],
    ['concerns', 'about the costs'],
    ['concerns', 'over the costs'],
    ['a row', 'over the costs'],
    ['a debate', 'about the costs'],
    ['an argument', 'about the costs'],
    ['complaints', 'about the delays'],
    ['warnings', 'about the costs'],
    ['claims', 'of fraud'],
    ['allegations', 'of fraud'],
    ['criticism', 'of the costs'],
    ['protests', 'against the closure'],
    ['a protest', 'against the closure'],
    ['an outcry', 'over the costs'],
    ['a backlash', 'against the plan'],
  ];
  for (const [n, what] of TALK) {
    const [det, head] = n.includes(' ') ? (n.split(' ') as [string, string]) : ['', n];
    const pre = det ? `${det} ` : '';
    add('noun', 'N + topic, object', `The plan has prompted ${pre}⟦${head}⟧ ${what}.`);
    add('noun', 'amid N + topic', `Shares fell amid ${pre}⟦${head}⟧ ${what}.`);
  }
  // with a speaker: concerns raised by, protest by, warnings from
  add(
    'noun',
    'concerns raised by X',
    'The ⟦concerns⟧ raised by ⟪~parents⟫ about the costs were ignored.',
  );
  add(
    'noun',
    'concerns raised by X',
    'Despite ⟦concerns⟧ raised by ⟪Harlow Council⟫, the plan went ahead.',
  );
  add('noun', 'raised concerns', '⟪~Parents⟫ ⟦have raised concerns⟧ about the costs.');
  add('noun', 'raised concerns', '⟪Harlow Council⟫ ⟦raised concerns⟧ over the plan.');
  add('noun', 'concerns were raised by', '⟦Concerns were raised⟧ by ⟪~parents⟫ about the costs.');
  // (the noun raised in the passive with no agent: noun and verb are one cue, decision 106)
  add('noun', 'N have been raised', '⟦Concerns have also been raised⟧ about the costs.');
  add('noun', 'N have been raised', '⟦Questions have been raised⟧ over the sale of the site.');
  add('noun', 'N have been raised', 'Staff said ⟦doubts had been raised⟧ with managers in May.');
  add(
    'noun',
    'N about X were raised by',
    '⟦Questions about the tender were first raised⟧ by ⟪~a councillor⟫ in 2022.',
  );
  add('noun', 'voiced concern', '⟪~Residents⟫ ⟦voiced concern⟧ about the costs.');
  add('noun', 'expressed concern', '⟪Ana Ruiz⟫ ⟦expressed concern⟧ that the bridge was unsafe.');
  add(
    'noun',
    'protest against, verb',
    '⟪~Hundreds of farmers⟫ ⟦protested⟧ against the trade deal.',
  );
  add('noun', 'in protest at', '⟪~Farmers⟫ blocked the road ⟦in protest at⟧ the trade deal.');
  add(
    'noun',
    'a protest by X against',
    'A ⟦protest⟧ by ⟪~farmers⟫ against the trade deal closed the road.',
  );
  add(
    'noun',
    'headline "protest over"',
    '⟪~Farmers⟫ ⟦Protest⟧ Over Import Deal\n\nThe march was peaceful.',
  );
  // alerts and warnings issued (decision 168: "has issued a red alert", required, named)
  add('noun', 'issued an alert', '⟪The Met Office⟫ has issued a red ⟦alert⟧ for the coast.');
  add('noun', 'issued a warning', '⟪The Met Office⟫ has issued an amber ⟦warning⟧ for wind.');
  add(
    'noun',
    'issued a warning',
    '⟪The Environment Agency⟫ issued a severe flood ⟦warning⟧ for the river.',
  );
  add('noun', 'alert from X', 'A red ⟦alert⟧ from ⟪the Met Office⟫ covers the coast.');
  add('noun', 'X put out a warning', '⟪~Police⟫ put out a ⟦warning⟧ about fake parcels.');
  add(
    'noun',
    'statement + content',
    '⟪Harlow Council⟫ issued a ⟦statement⟧ saying the bridge would close.',
  );
  add(
    'noun',
    'estimate by X',
    'An ⟦estimate⟧ by ⟪the Transport Ministry⟫ of the cost was published on Monday.',
  );
}

// ---------------------------------------------------------------------------------------------
// Announcing, naming, flagging, deeming, estimating, labelling (decisions 8, 112, 113, 128, 148,
// 153, 168, 169).
function namingProbes(): void {
  add(
    'naming',
    'announced + NP',
    '⟪Harlow Council⟫ ⟦announced⟧ the closure of the bridge on Monday.',
  );
  add('naming', 'announced plans to', '⟪Harlow Council⟫ ⟦announced⟧ plans to close the bridge.');
  add(
    'naming',
    'announcing + NP',
    '⟪Ana Ruiz⟫ spoke for an hour, ⟦announcing⟧ the closure of the bridge.',
  );
  add(
    'naming',
    'headline announces',
    '⟪Council⟫ ⟦Announces⟧ Bridge Closure\n\nThe bridge carries 40,000 vehicles a day.',
  );
  add('naming', 'was announced by', 'The closure ⟦was announced⟧ by ⟪Harlow Council⟫ on Monday.');
  add(
    'naming',
    'announcement that',
    "⟪Harlow Council's⟫ ⟦announcement⟧ that the bridge would close drew anger.",
  );
  add('naming', 'named as suspect', '⟪~Police⟫ ⟦named⟧ two men as suspects in the attack.');
  add('naming', 'named as suspect', '⟪~Online forums⟫ ⟦have named⟧ three local men as suspects.');
  add(
    'naming',
    'named to a post (optional)',
    '⟪Harlow Council⟫ ⟦?named⟧ Ana Ruiz as its new chief executive.',
  );
  add('naming', 'flagged + NP', '⟪~The audit⟫ ⟦flagged⟧ 40 cases of suspected fraud.');
  add('naming', 'flagged concerns', '⟪Harlow Council⟫ ⟦flagged⟧ concerns about the costs.');
  add('naming', 'flagged that', '⟪Ana Ruiz⟫ ⟦flagged⟧ that the costs had doubled.');
  add('naming', 'flagged by X', 'The listings ⟦flagged⟧ by ⟪~the group⟫ were removed.');
  add('naming', 'was flagged', 'The risk ⟦was flagged⟧ by ⟪~auditors⟫ in March.');
  add('naming', 'deemed + adjective', '⟪~Inspectors⟫ ⟦deemed⟧ the building unsafe.');
  add('naming', 'were deemed', 'The buildings ⟦were deemed⟧ unsafe by ⟪~inspectors⟫.');
  add('naming', 'deemed agentless', 'Two of the bridges ⟦were deemed⟧ unsafe.');
  add(
    'naming',
    'estimated the cost at',
    '⟪Harlow Council⟫ ⟦estimated⟧ the cost of the repairs at £3m.',
  );
  add('naming', 'estimates that', '⟪~Analysts⟫ ⟦estimate⟧ that the repairs will cost £3m.');
  add('naming', 'It is estimated that', 'It ⟦is estimated⟧ that the repairs will cost £3m.');
  add(
    'naming',
    'identified as the cause',
    '⟪~Investigators⟫ ⟦identified⟧ a faulty valve as the cause of the fire.',
  );
  add('naming', 'branded', '⟪Tom Field⟫ ⟦branded⟧ the plan a disgrace.');
  add('naming', 'branded', '⟪~Critics⟫ ⟦have branded⟧ the scheme a stealth tax.');
  add('naming', 'labelled', '⟪Tom Field⟫ ⟦labelled⟧ the plan reckless.');
  add('naming', 'described as', '⟪Tom Field⟫ ⟦described⟧ the plan as reckless.');
  add('naming', 'dismissed as', '⟪Harlow Council⟫ ⟦dismissed⟧ the figures as alarmist.');
  add('naming', 'hailed as', '⟪Ana Ruiz⟫ ⟦hailed⟧ the deal as a breakthrough.');
  add('naming', 'was hailed as', 'The deal ⟦was hailed⟧ as a breakthrough by ⟪~ministers⟫.');
  add('naming', 'was branded', 'The plan ⟦was branded⟧ a disgrace by ⟪~opposition MPs⟫.');
  add('naming', 'dubbed (optional)', '⟪~Critics⟫ ⟦?dubbed⟧ the scheme a stealth tax.');
}

// ---------------------------------------------------------------------------------------------
// Calling (decisions 86, 112, 153: "called the attack 'a disgrace'", "what she calls"; 74:
// "called for" optional).
function callingProbes(): void {
  add('calling', 'called X a Y', '⟪Tom Field⟫ ⟦called⟧ the plan a disgrace.');
  add('calling', "called X 'a Y'", "⟪Tom Field⟫ ⟦called⟧ the decision 'a betrayal'.");
  add('calling', 'called it a Y', '⟪~Residents⟫ ⟦called⟧ it a disgrace.');
  add('calling', 'calls X Y, present', '⟪Tom Field⟫ ⟦calls⟧ the plan reckless.');
  add('calling', 'has called', '⟪Tom Field⟫ ⟦has called⟧ the plan a disgrace.');
  add(
    'calling',
    'participle "calling it"',
    '⟪Tom Field⟫ ⟦criticised⟧ the plan, ⟦calling⟧ it a disgrace.',
  );
  add(
    'calling',
    'participle "calling X"',
    '⟪~The union⟫ ⟦attacked⟧ the cuts, ⟦calling⟧ them reckless.',
  );
  add('calling', 'what X called', '⟪Tom Field⟫ ⟦criticised⟧ what he ⟦called⟧ a reckless plan.');
  add(
    'calling',
    'what X calls',
    'The bridge is, in what ⟪Ana Ruiz⟫ ⟦calls⟧ a scandal, still shut.',
  );
  add(
    'calling',
    'headline calls',
    '⟪~Mayor⟫ ⟦Calls⟧ Plan A Disgrace\n\nThe plan was published on Monday.',
  );
  add('calling', 'was called X by', 'The plan ⟦was called⟧ a disgrace by ⟪~opposition MPs⟫.');
  add('calling', 'called for (optional)', '⟪Tom Field⟫ ⟦?called for⟧ an inquiry into the costs.');
  add(
    'calling',
    'called on (optional)',
    '⟪Tom Field⟫ ⟦?called on⟧ ministers to publish the costs.',
  );
  add('calling', 'calls for (optional noun)', 'There were ⟦?calls⟧ for an inquiry into the costs.');
}

// ---------------------------------------------------------------------------------------------
// Wrong senses of these families: no attribution may overlap ⟨...⟩; ⟦cue⟧ marks are allowed.
const QUIET = [
  // polls, data, surveys
  'Polls ⟨open⟩ at 7am and close at 10pm.',
  'Voters went to the ⟨polls⟩ on Thursday.',
  'The party ⟨polled⟩ 34% at the last election.',
  'The council ⟨surveyed⟩ the damage after the storm.',
  'Engineers carried out a land ⟨survey⟩ before building.',
  'The firm is building a data centre near the river.',
  'He ⟨put⟩ the box on the table.',
  'The club ⟨put⟩ the tickets on sale on Monday.',
  'She ⟨gave⟩ the party a cake.',
  'Sales ⟨showed⟩ no sign of slowing in May.',
  'The film ⟨shows⟩ the city at night.',
  'The museum ⟨recorded⟩ 40,000 visitors last year.',
  'The band ⟨recorded⟩ an album in Berlin.',
  'A highly ⟨rated⟩ striker joined the club in May.',
  // hearings and questioning, literal senses
  'He ⟨grilled⟩ the fish over charcoal.',
  'She ⟨pressed⟩ the button twice.',
  'The crowd ⟨pressed⟩ against the barriers.',
  'The defender ⟨challenged⟩ for the ball.',
  'Police ⟨questioned⟩ the driver for six hours.',
  'She ⟨answered⟩ the phone on the second ring.',
  'The team ⟨answered⟩ with two goals after the break.',
  'The probe ⟨landed⟩ on the moon.',
  'The climbers ⟨tackled⟩ the north face.',
  'He ⟨tackled⟩ the striker from behind.',
  'The court will ⟨hear⟩ the case in May.',
  'She could ⟨hear⟩ the sea from her room.',
  'Residents ⟨heard⟩ a loud bang at midnight.',
  // reading and relaying, literal senses
  'The station ⟨relayed⟩ the match live.',
  'The mast ⟨relays⟩ the signal to the valley.',
  'Runners ⟨relayed⟩ the torch across the city.',
  'She ⟨read⟩ a book on the train.',
  'He ⟨read⟩ history at Oxford.',
  'The meter ⟨reads⟩ 40 degrees.',
  'The firm ⟨passed on⟩ the cost to customers.',
  'He ⟨repeated⟩ the year at school.',
  // nouns, other senses
  'She opened a bank ⟨account⟩ in May.',
  'The firm ⟨accounts⟩ for 40% of sales.',
  'The game was called off on ⟨account⟩ of the weather.',
  'The plan takes into ⟨account⟩ the cost of fuel.',
  'Drivers should stay ⟨alert⟩ at night.',
  'It was a ⟨remarkable⟩ season for the club.',
  'Senior party figures met on Monday.',
  'The firm is a ⟨concern⟩ worth £3m.',
  'Staff ⟨raised⟩ £3,000 for the hospice.',
  'The council ⟨raised⟩ council tax by 5%.',
  // announcing, naming, flagging, deeming
  'The baby was ⟨named⟩ after her grandmother.',
  'A street ⟨named⟩ after the founder runs to the sea.',
  'He ⟨flagged⟩ down a taxi.',
  'The runner ⟨flagged⟩ in the last mile.',
  'The building was ⟨?deemed⟩ a listed building in 1990.',
  'An ⟨?estimated⟩ 2,000 people marched through the city.',
  // calling
  'The train ⟨calls⟩ at all stations.',
  'She ⟨called⟩ her mother on Sunday.',
  'The referee ⟨called⟩ a foul.',
  'The mayor ⟨called⟩ a meeting for Monday.',
  'The ⟨so-called⟩ bedroom tax ended in 2020.',
  // the wrong senses the unseen sets showed, in news contexts of our own
  'He ⟨published⟩ his first novel in 2019.',
  'The firm ⟨publishes⟩ cookbooks and maps.',
  'The app can ⟨summarise⟩ long emails in seconds.',
  'The tool ⟨summarises⟩ documents for busy managers.',
  'The Harlow Gazette could not ⟨?verify⟩ the footage.',
  "He ⟨didn't say⟩ a word all evening.",
  'The council ⟨should publish⟩ its accounts every year, campaigners ⟦said⟧.',
  'The insurer paid out 400 ⟨claims⟩ after the floods.',
  'Drivers can make ⟨claims⟩ online.',
  'He filed a ⟨claim⟩ for storm damage.',
  '⟨Add⟩ the two figures together.',
  '⟨Adding⟩ VAT, the bill comes to £120.',
  'The fees ⟨add up⟩ to £300.',
  'She spent ten years ⟨advising⟩ banks on mergers.',
  'The firm, which ⟨advises⟩ retailers, employs 40 people.',
  'He works as a tax ⟨adviser⟩ in Leeds.',
];

function run(): void {
  const args = process.argv.slice(2);
  const showMisses = args.includes('--misses');
  const only = optionValue(args, '--family');
  dataProbes();
  longDocProbes();
  hearingProbes();
  relayProbes();
  nounProbes();
  namingProbes();
  callingProbes();
  const byC = new Map<string, Tally>();
  const byF = new Map<string, Tally>();
  const all = tally();
  const misses: string[] = [];
  const wrongSrc: string[] = [];
  for (const p of probes.filter((q) => !only || q.family === only)) {
    const parsed = parse(p.marked);
    const found = analyze(parsed.text, { kinds: ['attribution'] });
    const key = `${p.family}: ${p.construction}`;
    const tc = byC.get(key) ?? tally();
    const tf = byF.get(p.family) ?? tally();
    byC.set(key, tc);
    byF.set(p.family, tf);
    scoreCueSentence(parsed, found, key, [tc, tf, all], misses, wrongSrc);
  }
  const row = (name: string, t: Tally): string =>
    `${name.padEnd(52)} ${String(t.n).padStart(5)} ${pct(t.hit, t.n)} ${String(t.srcN).padStart(5)} ${pct(t.srcOk, t.srcN)} ${t.optN ? `${t.optHit}/${t.optN}` : ''}`;
  const header = `${'construction'.padEnd(52)}  cues recall  srcN  src ok  optional found`;
  console.log(header);
  for (const [name, t] of byC) console.log(row(name, t));
  console.log(`\n${'family'.padEnd(52)}  cues recall  srcN  src ok  optional found`);
  for (const [name, t] of byF) console.log(row(name, t));
  console.log(`\n${row('all', all)}`);

  if (!only) {
    const { trapN, trapFA, lines } = scoreWrongSenses([...QUIET, ...QUIET_DOCS], (text) =>
      analyze(text, { kinds: ['attribution'] }),
    );
    console.log(
      `\nwrong senses: ${trapFA} false alarms in ${trapN} (${QUIET.length + QUIET_DOCS.length} sentences)`,
    );
    for (const s of lines) console.log(`  ${s.line}`);
  }
  if (showMisses) {
    console.log(`\nmissed cues (${misses.length}):`);
    for (const s of misses) console.log(`  ${s}`);
    console.log(`\nwrong sources (${wrongSrc.length}):`);
    for (const s of wrongSrc) console.log(`  ${s}`);
  }
}

run();
