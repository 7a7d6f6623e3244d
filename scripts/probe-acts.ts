/**
 * `tsx scripts/probe-acts.ts [--misses] [--alarms] [--frame ID] [--noun WORD] [--form NAME]`:
 * whether the engine tells a plural, indefinite or counted person noun that acts in the story
 * ("Parishioners packed the hall", "Two teenagers smashed a window", "a passer-by called
 * police", "several councillors walked out") from one the sentence only describes, counts, harms
 * or speaks of in general ("voters want change", "migrants face long waits", "patients who need
 * care", "residents will pay more", "Two hikers were injured").
 *
 * A development tool, not a test. About 150 person nouns of every walk of news (crowds, trades,
 * ages, roles in a place, congregations, teams, passengers, patients, students, criminals),
 * written from knowledge of news English, never from a labelled set, each in one of several
 * forms (bare plural, a count in words, "dozens of", "several", "some", an indefinite singular),
 * crossed with frames in subject, headline and clause positions.
 *
 * What the guideline and eval/labelled/DECISIONS.md require of each frame:
 * - `act` frames: a required `unnamed`. A group that does something in the story is an actor
 *   (ANNOTATION.md's "acts, speaks or is relied on"; decisions 99, 103, 117, 125, 146, 147, 162):
 *   crowds that chant, boo, sign, organise, film, lay flowers or help lift (decisions 90, 103,
 *   125, 147), responders who do the work, perpetrators of attacks (decision 103), people who
 *   write, walk out or vote in their own ballot (decisions 125, 162), victims who act (decision
 *   158: "Residents of Wenholt began clearing, though flood victims"); a specific group is one of
 *   this story: a past or perfect act, a count or determiner, a place or time that fixes it.
 * - `quiet` frames: no `unnamed` (unlabelled or optional in the gold, never required).
 *   Victims who only undergo something stay unlabelled under any description (decision 102, 121,
 *   125: "Three of the injured fans", "at least three other patients in the region died"); the
 *   public, an electorate or an audience that only wants, votes or watches is optional or
 *   unlabelled (decisions 99, 138); generic classes in general statements are optional (decision
 *   17: habits, abilities, rules, futures: "Teachers must report by 7:15"); people only counted,
 *   moved or put through a procedure are optional (decisions 90, 102, 173: evacuees, detainees);
 *   people who only arrive or flee are optional (decision 103); a bare "people" with only a
 *   relative clause is pronoun-like (decision 176).
 * Prints the share found per frame and per form, the quiet frames' alarms, and with `--misses`
 * / `--alarms` each failing sentence.
 */
import { analyze } from '../src/engine/index';
import { optionValue } from './lib/args';
import { cap, overlaps, pct, readMarks, title } from './lib/probe-marks';

/**
 * Person nouns, `singular/plural` (plural `singular + s` when absent), by walk of news. The
 * plural is what most forms use; the indefinite singular form uses the singular.
 */
const NOUNS: Record<string, string> = {
  crowd: `protester demonstrator onlooker bystander passer-by/passers-by spectator fan supporter
    mourner shopper commuter motorist cyclist pedestrian passenger tourist holidaymaker visitor
    concertgoer marcher rioter picket/pickets reveller`,
  place: `resident villager local neighbour tenant homeowner householder islander
    parishioner worshipper churchgoer congregant pilgrim allotment-holder stallholder
    shopkeeper trader landlord farmer fisherman/fishermen crofter camper squatter`,
  trade: `nurse doctor paramedic firefighter lifeguard teacher lecturer scientist engineer
    builder plumber electrician miner docker cleaner chef waiter courier taxi-driver
    bus-driver lorry-driver delivery-driver security-guard bouncer midwife/midwives vet pharmacist
    carer porter binman/binmen postman/postmen`,
  age: `teenager youth schoolboy schoolgirl student pupil pensioner retiree veteran
    schoolchild/schoolchildren toddler/toddlers child/children boy girl grandparent parent`,
  team: `player athlete footballer cricketer jockey rower climber hiker walker runner
    swimmer surfer angler hunter volunteer campaigner activist environmentalist councillor
    lawmaker diplomat soldier trooper/troops officer`,
  crime: `looter vandal burglar thief/thieves robber attacker assailant intruder hacker
    poacher smuggler trafficker fraudster hooligan youth-gang-member/youth-gang-members
    gunman/gunmen masked-man/masked-men inmate prisoner`,
  client: `patient customer diner guest traveller migrant refugee asylum-seeker voter
    taxpayer viewer listener reader user commuter-group/commuter-groups`,
  // session 29: walks of life no development set covers (the church, the stage, positions of a
  // ball game, ranks of an army, old trades, science), chosen from WordNet's noun.person words
  // that the hand-written lexicon lacks (src/engine/lexicon/wordnet.json)
  wordnet: `abbot parson theologian celebrant cultist soprano soloist lyricist dramatist
    storyteller humorist flautist bodybuilder shortstop outfielder pitcher halfback fullback
    slugger rookie sportsman infantryman/infantrymen rifleman/riflemen marksman/marksmen
    seaman/seamen warrior trapper homesteader planter potter grocer valet chambermaid busboy
    teamster cowboy lawman/lawmen stockholder registrant explorer experimenter herpetologist
    foreigner candidate defender invader patriot peasant straggler pursuer comrade
    companion champion chieftain statesman/statesmen`,
};

interface Noun {
  cls: string;
  sing: string;
  plur: string;
}

const nouns: Noun[] = [];
for (const [cls, list] of Object.entries(NOUNS))
  for (const w of list.trim().split(/\s+/)) {
    const [s, p] = w.split('/');
    nouns.push({ cls, sing: s!.replace(/-/g, ' '), plur: (p ?? `${s}s`).replace(/-/g, ' ') });
  }
// ("passer-by", "asylum-seeker" keep their hyphen as news writes them)
for (const n of nouns) {
  n.sing = n.sing.replace(/^passer by$/, 'passer-by').replace(/^asylum seeker$/, 'asylum-seeker');
  n.plur = n.plur
    .replace(/^passers by$/, 'passers-by')
    .replace(/^asylum seekers$/, 'asylum-seekers');
}

/** Forms of the phrase: each frame takes them in turn over the nouns. */
const FORMS: { id: string; make: (n: Noun) => string; plural: boolean }[] = [
  { id: 'bare', make: (n) => n.plur, plural: true },
  { id: 'two', make: (n) => `two ${n.plur}`, plural: true },
  { id: 'dozens-of', make: (n) => `dozens of ${n.plur}`, plural: true },
  { id: 'several', make: (n) => `several ${n.plur}`, plural: true },
  { id: 'some', make: (n) => `some ${n.plur}`, plural: true },
  { id: 'a', make: (n) => `${/^[aeiou]/.test(n.sing) ? 'an' : 'a'} ${n.sing}`, plural: false },
  { id: 'local', make: (n) => `local ${n.plur}`, plural: true },
  { id: 'hundreds-of', make: (n) => `hundreds of ${n.plur}`, plural: true },
];

/**
 * Frames: `{X}` the phrase capitalised, `{x}` as is, `{T}` in Title Case (headline); `{have}`,
 * `{were}`, `{are}`, `{s}` agree with it. `act` frames need an `unnamed` on the phrase, `quiet`
 * ones none.
 */
interface Frame {
  id: string;
  text: string;
  act: boolean;
  /** Forms the frame does not take (a singular in a frame of a crowd, say). */
  skip?: string[];
}

const FRAMES: Frame[] = [
  // deliberate acts in the past, subject of the sentence (decisions 103, 125, 147)
  { id: 'stormed', text: "{X} stormed the stage during the mayor's speech on Friday.", act: true },
  { id: 'pulled-out', text: '{X} pulled the driver from the burning car.', act: true },
  { id: 'cleared', text: '{X} cleared fallen trees from the lane overnight.', act: true },
  { id: 'walked-out', text: '{X} walked out of the meeting in protest.', act: true },
  { id: 'signed', text: '{X} signed a petition against the closure of the library.', act: true },
  { id: 'filmed', text: '{X} filmed the arrest outside the station.', act: true },
  { id: 'chanted', text: '{X} chanted slogans outside the court on Tuesday.', act: true },
  { id: 'attacked', text: '{X} attacked a security guard at the depot last night.', act: true },
  { id: 'organised', text: '{X} organised a vigil for the family on Sunday.', act: true },
  { id: 'blocked', text: '{X} blocked the bypass for three hours.', act: true },
  { id: 'called-police', text: '{X} called police after hearing shouts from the flat.', act: true },
  { id: 'booed', text: '{X} booed the minister as she left the hall.', act: true },
  { id: 'laid-flowers', text: '{X} laid flowers at the scene on Sunday morning.', act: true },
  { id: 'wrote', text: '{X} wrote to the council demanding repairs.', act: true },
  { id: 'packed', text: '{X} packed the hall for the meeting on Thursday.', act: true },
  { id: 'smashed', text: '{X} smashed the windows of the shop.', act: true },
  { id: 'rescued', text: '{X} rescued a dog from the river.', act: true },
  { id: 'tried-stop', text: '{X} tried to stop the thieves.', act: true },
  // perfect, progressive, a fronted time, a subordinate clause (a specific group of the story)
  { id: 'have-raised', text: '{X} {have} raised more than £4,000 for the repairs.', act: true },
  { id: 'have-cleared', text: '{X} {have} cleared the beach of rubbish.', act: true },
  { id: 'on-saturday', text: 'On Saturday, {x} painted over the graffiti.', act: true },
  { id: 'after-clause', text: 'The road was closed after {x} set fire to a van.', act: true },
  { id: 'when-clause', text: 'The match was halted when {x} invaded the pitch.', act: true },
  { id: 'reported', text: 'Police said {x} had smashed the windows of the shop.', act: true },
  {
    id: 'progressive',
    text: '{X} {are} blocking the entrance to the depot.',
    act: true,
    skip: ['a'],
  },
  // a headline (present tense for the past act, decision 125's "Nurses vote to strike")
  { id: 'headline', text: '{T} Block Bypass In Protest At Closure', act: true, skip: ['a'] },
  { id: 'headline-sg', text: '{T} Pulls Driver From Burning Car', act: true },
  // verbs of the lexicon (verb-lexicon.ts) that gate27's list of group acts lacked: work,
  // queueing and lining a route, complaint, inquiry, refusal
  { id: 'repaired', text: '{X} repaired the bus shelter on Sunday.', act: true },
  { id: 'queued', text: '{X} queued outside the bank for hours on Monday.', act: true },
  { id: 'lined', text: '{X} lined the streets for the funeral on Saturday.', act: true },
  { id: 'complained', text: '{X} {have} complained to the council about the noise.', act: true },
  { id: 'investigating', text: '{X} {were} investigating the leak themselves.', act: true },
  { id: 'refused', text: '{X} refused to leave the building on Tuesday.', act: true },
  // positions: a clause after "said", a relative clause's head, a headline of a new verb
  {
    id: 'said-repaired',
    text: 'A council spokesman said {x} had repaired the shelter.',
    act: true,
  },
  {
    id: 'relative-head',
    text: '{X} who repaired the shelter {were} thanked by the council.',
    act: true,
  },
  { id: 'headline-new', text: '{T} Repair Storm-Hit Bus Shelter', act: true, skip: ['a'] },
  // session 29: verbs of deeds the hand-written lexicon lacked, from WordNet's act files
  // (verb.contact, verb.creation, verb.social, verb.motion, verb.communication)
  { id: 'carved', text: '{X} carved their initials into the old oak door.', act: true },
  { id: 'quarrelled', text: '{X} quarrelled with stewards at the gate on Saturday.', act: true },
  { id: 'sewed', text: '{X} sewed hundreds of masks for the hospital.', act: true },
  { id: 'tugged', text: '{X} tugged the stranded boat onto the shingle.', act: true },
  { id: 'crowded', text: '{X} crowded around the stage as the band played.', act: true },
  { id: 'ridiculed', text: '{X} ridiculed the plan at the hearing on Monday.', act: true },
  { id: 'mingled', text: '{X} mingled with the guests after the ceremony.', act: true },
  { id: 'headline-wn', text: '{T} Decry Closure Of Village School', act: true, skip: ['a'] },
  // described, wanted, harmed, able, generic, future: no `unnamed` (decisions 17, 99, 102, 138)
  { id: 'q-want', text: '{X} want cheaper fares.', act: false, skip: ['a'] },
  { id: 'q-face', text: '{X} face long waits for treatment.', act: false, skip: ['a'] },
  { id: 'q-can', text: '{X} can now book appointments online.', act: false },
  { id: 'q-died', text: '{X} died in the fire.', act: false },
  { id: 'q-injured', text: '{X} {were} injured when the roof collapsed.', act: false },
  { id: 'q-will-pay', text: '{X} will pay more under the new scheme.', act: false },
  { id: 'q-need', text: '{X} who need help should call the helpline.', act: false },
  { id: 'q-lost', text: '{X} lost their homes in the floods.', act: false, skip: ['a'] },
  { id: 'q-stranded', text: '{X} {were} left stranded overnight.', act: false },
  { id: 'q-entitled', text: '{X} {are} entitled to a free bus pass.', act: false },
  { id: 'q-struggle', text: 'Many {x} struggle to pay their bills.', act: false, skip: ['a'] },
  { id: 'q-evacuated', text: '{X} {were} evacuated from the building.', act: false },
  { id: 'q-suffered', text: '{X} suffered minor injuries.', act: false },
  { id: 'q-habit', text: '{X} often block the road on market days.', act: false, skip: ['a'] },
  { id: 'q-usually', text: '{X} usually shop in the town centre.', act: false, skip: ['a'] },
  { id: 'q-tend', text: '{X} tend to arrive early.', act: false, skip: ['a'] },
  { id: 'q-benefit', text: '{X} {are} expected to benefit from the change.', act: false },
  { id: 'q-should', text: '{X} should be able to park for free.', act: false },
  { id: 'q-headline', text: '{T} Face Higher Fees', act: false, skip: ['a'] },
  { id: 'q-killed', text: '{X} {were} killed in the crash.', act: false },
  { id: 'q-arrived', text: '{X} arrived at the scene shortly after noon.', act: false },
  { id: 'q-fled', text: '{X} fled the building.', act: false },
  // state verbs of the lexicon: a want, receiving, a loss; after "said", a relative's head and a
  // headline
  { id: 'q-wanted', text: '{X} wanted a refund for the cancelled trip.', act: false },
  { id: 'q-received', text: '{X} received vouchers from the council.', act: false },
  { id: 'q-had-lost', text: '{X} had lost their homes in the floods.', act: false, skip: ['a'] },
  { id: 'q-said-wanted', text: 'A council spokesman said {x} wanted cheaper fares.', act: false },
  {
    id: 'q-relative-state',
    text: '{X} who lost their homes {were} given shelter in the school.',
    act: false,
    skip: ['a'],
  },
  { id: 'q-headline-want', text: '{T} Want Cheaper Fares', act: false, skip: ['a'] },
  // session 29: WordNet's states and verbs of undergoing the hand-written lexicon lacked
  { id: 'q-succumbed', text: '{X} succumbed to the cold before help arrived.', act: false },
  { id: 'q-yearned', text: '{X} yearned for a quieter life.', act: false },
  { id: 'q-trudged', text: '{X} trudged home through the snow.', act: false },
];

const args = process.argv.slice(2);
const onlyFrame = optionValue(args, '--frame');
const onlyNoun = optionValue(args, '--noun');
const onlyForm = optionValue(args, '--form');

/** The frame filled with the phrase: the text and the phrase's offsets. */
function fill(
  f: Frame,
  phrase: string,
  plural: boolean,
): { text: string; start: number; end: number } {
  let marked = f.text
    .replace(/\{have\}/g, plural ? 'have' : 'has')
    .replace(/\{were\}/g, plural ? 'were' : 'was')
    .replace(/\{are\}/g, plural ? 'are' : 'is');
  if (!plural) marked = marked.replace('{T} Pulls', '{T} Pulls');
  else marked = marked.replace('{T} Pulls', '{T} Pull');
  const filled = marked
    .replace('{X}', `⟨${cap(phrase)}⟩`)
    .replace('{x}', `⟨${phrase}⟩`)
    .replace('{T}', `⟨${title(phrase).replace(/ Of /g, ' of ')}⟩`);
  const { text, marks } = readMarks(filled);
  const m = marks[0]!;
  return { text, start: m.start, end: m.end };
}

interface T {
  n: number;
  hit: number;
}
const bump = (m: Map<string, T>, k: string, hit: boolean): void => {
  const t = m.get(k) ?? { n: 0, hit: 0 };
  t.n++;
  if (hit) t.hit++;
  m.set(k, t);
};
const byFrame = new Map<string, T>();
const byFormAct = new Map<string, T>();
const byFormQuiet = new Map<string, T>();
const byClass = new Map<string, T>();
const misses: string[] = [];
const alarms: string[] = [];
let i = 0;
for (const f of FRAMES) {
  if (onlyFrame && f.id !== onlyFrame) continue;
  let j = 0;
  for (const n of nouns) {
    j++;
    if (onlyNoun && n.sing !== onlyNoun && n.plur !== onlyNoun) continue;
    // each frame takes the forms in turn over the nouns, a different turn per frame
    const allowed = FORMS.filter((x) => !(f.skip ?? []).includes(x.id));
    let form = allowed[(i + j) % allowed.length]!;
    if (onlyForm) {
      const o = allowed.find((x) => x.id === onlyForm);
      if (!o) continue;
      form = o;
    }
    const { text, start, end } = fill(f, form.make(n), form.plural);
    const hit = analyze(text).some((x) => x.kind === 'unnamed' && overlaps(x, { start, end }));
    bump(byFrame, f.id, hit);
    bump(f.act ? byFormAct : byFormQuiet, form.id, hit);
    if (f.act) bump(byClass, n.cls, hit);
    if (f.act && !hit) misses.push(`miss  ${f.id.padEnd(14)} ${form.id.padEnd(11)} ${text}`);
    if (!f.act && hit) alarms.push(`alarm ${f.id.padEnd(14)} ${form.id.padEnd(11)} ${text}`);
  }
  i++;
}

const sum = (fs: Frame[]): T =>
  fs.reduce(
    (a, f) => {
      const t = byFrame.get(f.id) ?? { n: 0, hit: 0 };
      return { n: a.n + t.n, hit: a.hit + t.hit };
    },
    { n: 0, hit: 0 },
  );
const act = sum(FRAMES.filter((f) => f.act));
const quiet = sum(FRAMES.filter((f) => !f.act));
console.log(`${nouns.length} nouns x ${FRAMES.length} frames`);
console.log(`\nacts found      ${pct(act.hit, act.n)}  (${act.hit}/${act.n})`);
console.log(`quiet alarms    ${pct(quiet.hit, quiet.n)}  (${quiet.hit}/${quiet.n})`);
console.log('\nframe           found');
for (const f of FRAMES) {
  const t = byFrame.get(f.id);
  if (t)
    console.log(
      `${f.id.padEnd(15)} ${pct(t.hit, t.n)}  (${t.hit}/${t.n})${f.act ? '' : '  quiet'}`,
    );
}
console.log('\nform            acts found          quiet alarms');
for (const f of FORMS) {
  const a = byFormAct.get(f.id) ?? { n: 0, hit: 0 };
  const q = byFormQuiet.get(f.id) ?? { n: 0, hit: 0 };
  console.log(
    `${f.id.padEnd(15)} ${`${pct(a.hit, a.n)}  (${a.hit}/${a.n})`.padEnd(20)}${pct(q.hit, q.n)}  (${q.hit}/${q.n})`,
  );
}
console.log('\nclass           acts found');
for (const [c, t] of byClass) console.log(`${c.padEnd(15)} ${pct(t.hit, t.n)}  (${t.hit}/${t.n})`);
if (args.includes('--misses')) for (const m of misses) console.log(m);
if (args.includes('--alarms') || alarms.length <= 15) for (const a of alarms) console.log(a);
else console.log(`\n(${alarms.length} quiet alarms: --alarms lists them)`);
