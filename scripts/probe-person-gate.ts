/**
 * `tsx scripts/probe-person-gate.ts [--misses] [--alarms] [--filter ID]`: the filters of the
 * person case of src/engine/unnamed/reason.ts that can refuse a specific person subject of an act,
 * one group of invented sentences per filter, across domains (courts, business, health, sport,
 * politics, disasters, crime, labour) and positions (subject, reported clause, relative head,
 * headline, after a fronted phrase, conjoined subject).
 *
 * A development tool, not a test. Sentences are written from knowledge of news English, never
 * from a labelled set. `⟨...⟩` marks a phrase that must be an `unnamed` finding (an act of the
 * story), `⟨?...⟩` one that must stay quiet (what the guideline and eval/labelled/DECISIONS.md
 * leave unlabelled or optional):
 * - `body-people`: a body's own people as a bare or `its` plural ("staff", "crews", "workers",
 *   "employees") after the body is named, are a required `unnamed` when they act (decision 65:
 *   bare role and group nouns carry no body, even right after one is named); quiet only in the
 *   named speaker's own account of them (decisions 65, 79) and where the phrase carries the body
 *   ("Staff at the hospital", decision 80).
 * - `people`: the head `people` with a modifier or count that acts ("Two people broke in", "Local
 *   people cleared the drains") is required; a bare "people" in general is pronoun-like
 *   (decision 176).
 * - `reported`: person subjects inside a reported clause who act (decision 79: "said officers were
 *   treating the fire as deliberate"); quiet when they only undergo or are described.
 * - `relative`: the head of a relative clause that tells of its own past act (decision 90's crowds
 *   once they act); quiet when the clause tells of a need or a state (decision 17).
 * - `raised-passive`: people a raising hedge reports acting; quiet as the subject of a passive of
 *   harm, care or a count (decisions 71, 90, 102).
 * - `fronted`: a subject after a fronted phrase ("On Monday,", "In a statement,", "Despite the
 *   ban,").
 * - `conjoined`: two subjects joined by `and`.
 * - `headline`: a headline's subject in present tense.
 */
import { analyze } from '../src/engine/index';
import { optionValue } from './lib/args';
import type { Hits } from './lib/probe-marks';
import { countHit, overlaps, pct, readMarks } from './lib/probe-marks';

const SENTENCES: Record<string, string[]> = {
  'body-people': [
    'Harlow Foods said on Monday that it would close the plant. ⟨Workers⟩ walked out within the hour.',
    'The Fenwick Hospital Trust apologised. ⟨Staff⟩ had ignored three alarms on the ward, the inspectors found.',
    'Marlow Rail cancelled 40 trains. ⟨Its drivers⟩ refused to work overtime on Sunday in a dispute over pay.',
    'Brightwater Utilities was fined £2m. ⟨Engineers⟩ had falsified the test results, the court heard.',
    'The Ardley Times laid off 30 journalists. ⟨Reporters⟩ staged a walkout on Thursday.',
    'Norvik Airlines grounded the plane. ⟨Crew⟩ had reported a fault on the previous flight.',
    'Calder Mining suspended operations. ⟨Miners⟩ had blocked the entrance to the pit since Friday.',
    'The Weston Royal Infirmary is under investigation after ⟨nurses⟩ falsified patient records.',
    'Redfern Stores closed the branch early. ⟨Staff⟩ locked the doors as the crowd grew.',
    'The Corran Prison inquiry opened on Monday. ⟨Staff⟩ had smuggled phones to inmates, the report said.',
    'Belmont FC has apologised. ⟨Stewards⟩ pushed a disabled fan down the stairs, witnesses said.',
    'Ostby Care Homes was fined. ⟨Carers⟩ had left residents unfed for hours, the court heard.',
    'On Friday, ⟨staff⟩ at a Harlow Foods warehouse walked out over pay.',
    'The ministry confirmed the leak. ⟨Staff⟩ had copied the files onto a memory stick, it said.',
    // quiet: the phrase carries the body, the named speaker's or the body's own account of its
    // people, or staff only counted, harmed or paid (decisions 65, 71, 79, 80)
    'Dr Ana Lind, the trust’s medical director, said ⟨?staff⟩ had worked through the night.',
    'The fire chief, Tom Berg, said ⟨?crews⟩ had contained the blaze by dawn.',
    'Harlow Foods employs 400 ⟨?workers⟩ at the plant.',
    'Marlow Rail said ⟨?its drivers⟩ would receive a pay rise.',
    'The company said ⟨?employees⟩ had been told to work from home.',
    'The bank said ⟨?staff⟩ would be paid in full during the closure.',
    '⟨?Staff⟩ were injured when the roof collapsed.',
    '⟨?Staff⟩ will receive a bonus next month.',
    '⟨?Staff⟩ must wear masks on the wards.',
    '⟨?Staff⟩ want a bigger pay rise.',
  ],
  people: [
    '⟨Two people⟩ broke into the pharmacy on Tuesday night.',
    '⟨Local people⟩ cleared the drains before the storm arrived.',
    '⟨Several people⟩ filmed the arrest on their phones.',
    '⟨Some people⟩ threw bottles at the police line.',
    '⟨Three people⟩ have been charged with fraud after they sold fake tickets.',
    'Police said ⟨two people⟩ had attacked the guard with a bat.',
    '⟨Hundreds of people⟩ marched through the city centre on Saturday.',
    '⟨Young people⟩ painted a mural on the underpass last week.',
    '⟨More than 1,100 people⟩ signed a petition against the closure.',
    '⟨Dozens of people⟩ blocked the motorway for two hours.',
    'The court heard that ⟨two people⟩ had forged the will.',
    '⟨Two People⟩ Rob Jeweller At Gunpoint',
    // quiet
    '⟨?People⟩ want cheaper energy.',
    '⟨?People⟩ who need help should call the council.',
    '⟨?Many people⟩ struggle to pay their rent.',
    '⟨?Three people⟩ died in the crash.',
    '⟨?Two people⟩ were taken to hospital with minor injuries.',
    '⟨?Most people⟩ voted for change.',
    '⟨?About 200 people⟩ attended the meeting.',
  ],
  reported: [
    'The court heard that ⟨two guards⟩ had opened the gate to let the prisoners out.',
    'Prosecutors said ⟨the defendants⟩ had laundered £3m through shell companies.',
    'The report found that ⟨managers⟩ had ignored repeated complaints about bullying.',
    'Witnesses said ⟨several fans⟩ threw flares onto the pitch.',
    'The union said ⟨?members⟩ had voted to reject the pay offer.',
    'Residents said ⟨contractors⟩ had dumped rubble in the river.',
    'Officials said ⟨rebels⟩ had shelled the town overnight.',
    'The inquiry heard ⟨doctors⟩ had altered the notes after the death.',
    'Police believe ⟨three men⟩ forced open the door with a crowbar.',
    'The club confirmed that ⟨supporters⟩ had damaged seats in the away end.',
    'An audit found ⟨officials⟩ had approved payments without checks.',
    'The lawsuit alleges ⟨executives⟩ concealed the losses from investors.',
    'Investigators said ⟨two pilots⟩ had switched off the warning system.',
    'The coach said ⟨some players⟩ had broken the curfew.',
    'Medics said ⟨soldiers⟩ had fired on the ambulance.',
    'It emerged that ⟨staff⟩ had deleted the emails before the inquiry.',
    // quiet
    'Doctors said ⟨?patients⟩ were recovering well.',
    'The charity said ⟨?families⟩ needed more help with bills.',
    'Police said ⟨?two men⟩ were injured in the attack.',
    'The airline said ⟨?passengers⟩ would be offered refunds.',
  ],
  // a workforce in an unnamed source's account, described or made to act at a past time
  // (decisions 79, 104; src/engine/unnamed/reported-state.ts)
  'anon-told': [
    'A nurse who asked not to be named said ⟨staff⟩ were at breaking point by the weekend.',
    'A former prison officer said ⟨staff⟩ had been ordered not to record the assaults.',
    'One firefighter, who was not authorised to speak, said ⟨crews⟩ had been sent in without radios.',
    'A source at the club said ⟨players⟩ had been asked to take a pay cut in March.',
    'A shop worker who did not want to be named said ⟨staff⟩ had been instructed to hide the stock.',
    'A care worker said ⟨staff⟩ often seemed overwhelmed during the outbreak.',
    'An engineer at the plant said ⟨workers⟩ were kept on site for sixteen hours.',
    'A passenger said ⟨crew⟩ "didn\'t seem to know" what was happening.',
    'A campaign aide said ⟨staffers⟩ had been warned not to speak to reporters.',
    'A miner, speaking on condition of anonymity, said ⟨workers⟩ had been pressured to skip the checks.',
    'A paramedic told the inquest that ⟨crews⟩ were routinely waiting four hours outside hospitals.',
    'One teacher said ⟨junior staff⟩ were discouraged from reporting incidents.',
    // quiet: a forecast, harm, an audience told or paid, a named speaker, a count or a share
    'A source said ⟨?staff⟩ would be redeployed to other branches.',
    'A nurse who asked not to be named said ⟨?staff⟩ were injured when the ceiling fell.',
    'An insider said ⟨?workers⟩ had been told of the closure by email.',
    'A source said ⟨?employees⟩ were paid a bonus in December.',
    'The chief executive, Ruth Lane, said ⟨?staff⟩ had worked through the night.',
    'An aide said ⟨?about 300 people⟩ had been moved to a school hall.',
    'A source said ⟨?some customers⟩ had been refunded.',
    'A source said ⟨?members⟩ had been consulted.',
    'A former manager said ⟨?staff⟩ must complete the training every year.',
  ],
  // a time between the subject and its verb, wire style (leading-time.ts timeAside)
  'time-aside': [
    '⟨Protesters⟩ on Saturday hurled eggs at the minister’s car.',
    '⟨Two gunmen⟩ on Tuesday robbed a bank in the town centre.',
    '⟨Striking nurses⟩ on Monday blocked the entrance to the hospital.',
    '⟨Local fishermen⟩ last week dumped their catch outside the ministry.',
    '⟨Dozens of tenants⟩ on Friday signed a letter to the landlord.',
    '⟨Hackers⟩ over the weekend stole the records of 40,000 customers.',
    '⟨Some shareholders⟩ last month voted against the pay deal.',
    '⟨Rebels⟩ overnight shelled the outskirts of the city.',
    '⟨Three inmates⟩ on Sunday escaped from the prison by climbing a fence.',
    '⟨Villagers⟩ yesterday dug a trench to hold back the flood.',
    // quiet: harm, receiving, a forecast, a general truth, an object with a time after it
    '⟨?Commuters⟩ on Monday faced delays of up to two hours.',
    '⟨?Patients⟩ last week received letters about the change.',
    '⟨?Residents⟩ on Friday will vote on the plan.',
    '⟨?Two passengers⟩ on Sunday were injured in the crash.',
    'Inspectors visited ⟨?the residents⟩ on Monday to check the damage.',
    '⟨?Voters⟩ on Thursday elected a new mayor.',
  ],
  relative: [
    '⟨The engineers who installed the cladding⟩ had no fire training, the inquiry heard.',
    '⟨Two teenagers who stole a car⟩ were arrested after a chase.',
    '⟨Protesters who blocked the motorway⟩ were fined £500 each.',
    '⟨Nurses who raised concerns about the ward⟩ were moved to other duties.',
    '⟨Several officers who attended the scene⟩ have been suspended.',
    '⟨Players who took part in the brawl⟩ face bans.',
    '⟨Volunteers who searched the moor overnight⟩ found the missing walker.',
    '⟨Traders who sold counterfeit goods⟩ were ordered to pay £20,000.',
    '⟨Directors who approved the loans⟩ should be banned, the report said.',
    '⟨Soldiers who fired on the crowd⟩ will face a court martial.',
    // quiet
    '⟨?Patients who need dialysis⟩ will be treated in Leeds.',
    '⟨?Residents who live near the site⟩ are entitled to compensation.',
    '⟨?Voters who want change⟩ have few options.',
  ],
  'raised-passive': [
    '⟨Two guards⟩ are alleged to have taken bribes.',
    '⟨Several directors⟩ are understood to have opposed the sale.',
    '⟨Rebels⟩ are believed to have planted the bomb.',
    '⟨Officers⟩ were seen kicking a man on the ground.',
    '⟨Four men⟩ were filmed smashing the windows.',
    '⟨Two doctors⟩ have been accused of falsifying records.',
    '⟨Staff⟩ were found to have ignored the alarms.',
    '⟨Some players⟩ are said to have refused to train.',
    '⟨Staff⟩ are alleged to have falsified the records.',
    '⟨Two jurors⟩ were discovered to have researched the case online.',
    // quiet
    '⟨?Two workers⟩ were injured in the blast.',
    '⟨?Dozens of passengers⟩ were stranded overnight.',
    '⟨?Several patients⟩ were treated for smoke inhalation.',
    '⟨?Hundreds of residents⟩ were evacuated from their homes.',
  ],
  fronted: [
    'On Monday, ⟨dozens of nurses⟩ walked out of the hospital.',
    'In a statement, ⟨the families⟩ accused the company of a cover-up.',
    'Despite the ban, ⟨hundreds of fans⟩ gathered outside the stadium.',
    'Last week, ⟨two councillors⟩ resigned over the scandal.',
    'After the verdict, ⟨relatives⟩ shouted at the judge.',
    'Within hours, ⟨volunteers⟩ had filled sandbags along the river.',
    'At the trial, ⟨two witnesses⟩ identified the defendant.',
    'During the match, ⟨several supporters⟩ ran onto the pitch.',
    'In Kelm, ⟨workers⟩ blocked the gates of the factory.',
    'By midnight, ⟨staff⟩ had evacuated the whole ward.',
    'In a rare move, ⟨several senators⟩ crossed the floor to vote against the bill.',
    // quiet
    'Last year, ⟨?three climbers⟩ died on the mountain.',
    'In winter, ⟨?patients⟩ wait longer for beds.',
  ],
  conjoined: [
    '⟨Doctors⟩ and ⟨nurses⟩ walked out of the hospital on Tuesday.',
    '⟨Two guards⟩ and ⟨a cleaner⟩ were charged with smuggling phones into the prison.',
    '⟨Parents⟩ and ⟨teachers⟩ protested outside the school gates.',
    '⟨Fans⟩ and ⟨players⟩ held a minute’s silence before the match.',
    '⟨Farmers⟩ and ⟨lorry drivers⟩ blocked the motorway with tractors.',
    '⟨Residents⟩ and ⟨shopkeepers⟩ cleared the debris by hand.',
    '⟨Two nurses⟩ and ⟨a porter⟩ pulled the patient from the fire.',
    // quiet
    '⟨?Children⟩ and ⟨?pensioners⟩ will travel free.',
  ],
  trades: [
    // a specific group of a trade at a deliberate act the story tells: past, perfect or
    // progressive, a count, a place or employer qualifier, "some" (decision 99)
    '⟨Nurses⟩ walked out of the Kelm General Hospital on Tuesday after a row over rotas.',
    'The school was closed on Monday. ⟨Teachers⟩ protested outside the gates for two hours.',
    'The plant was shut down in March. ⟨Engineers⟩ had falsified the results of the safety tests.',
    'Inspectors found that ⟨some nurses⟩ simply ignore the rules on hand-washing.',
    '⟨Nurses in the league⟩ are to vote on the offer next week.',
    '⟨Doctors at the clinic⟩ had prescribed the drug to dozens of children.',
    '⟨Dockers at the port of Varne⟩ are refusing to unload the ship.',
    '⟨Pilots⟩ were refusing to fly the aircraft until the fault was fixed.',
    '⟨Farmers⟩ dumped manure outside the ministry on Wednesday.',
    '⟨Lorry drivers⟩ have blocked the motorway near Ardley since dawn.',
    '⟨Builders⟩ had removed the supporting wall without permission, the inquiry heard.',
    '⟨Some accountants⟩ helped clients hide money offshore.',
    '⟨Surgeons at the hospital⟩ operated on the wrong knee twice last year.',
    '⟨Lawyers⟩ stormed out of the courtroom in protest at the ruling.',
    '⟨Guards⟩ had beaten the prisoner before he died, the inquest heard.',
    '⟨Firefighters⟩ rescued two children from the burning flat.',
    '⟨Miners⟩ occupied the pit head for three days.',
    '⟨Cleaners⟩ had mixed bleach with other chemicals, the report said.',
    '⟨Bankers⟩ rigged the interest rate for years, the regulator found.',
    '⟨Journalists⟩ have been filming inside the camp.',
    '⟨Police officers⟩ fired tear gas at the crowd.',
    '⟨Junior doctors⟩ walked out at 8am on Monday.',
    '⟨Midwives⟩ at the unit had missed signs of distress in 12 births.',
    '⟨Soldiers⟩ opened fire on the protesters.',
    '⟨Fishermen⟩ blockaded the harbour with their boats.',
    // quiet: a trade for a named union or employer, a market crowd, a generic class, a trade
    // only counted, harmed or told (decisions 17, 90, 185)
    'The Royal College said ⟨?nurses⟩ would be balloted in the new year.',
    '⟨?Analysts⟩ had expected a smaller loss.',
    '⟨?Traders⟩ sold shares in the bank on Monday.',
    '⟨?Nurses⟩ work long hours for little pay.',
    '⟨?Teachers⟩ must report to the office by 7:15.',
    '⟨?Doctors⟩ will receive a 5% pay rise.',
    '⟨?Drivers⟩ reported for their first shifts on Monday.',
    '⟨?Teachers⟩ need more support, the report said.',
    '⟨?Pilots⟩ were told to stay at home.',
    '⟨?Nurses⟩ are in short supply across the region.',
    'The trust employs ⟨?nurses⟩ from 40 countries.',
    '⟨?Farmers⟩ face higher costs this year.',
    '⟨?Investors⟩ reacted with relief.',
    '⟨?Builders⟩ gained 3 percent.',
    '⟨?Engineers⟩ are paid more in the private sector.',
    '⟨?Doctors⟩ were among those injured.',
    '⟨?Paramedics⟩ were treating the injured at the scene.',
    '⟨?Engineers⟩ had worked through the night to restore power.',
  ],
  headline: [
    '⟨Staff⟩ Walk Out Over Pay Cuts',
    '⟨Guards⟩ Opened Gate For Escaped Inmates, Court Told',
    '⟨Nurses⟩ Vote To Strike',
    '⟨Rebels⟩ Seize Border Town',
    '⟨Fans⟩ Attack Coach After Defeat',
    '⟨Two Men⟩ Rob Post Office At Knifepoint',
    '⟨Crew⟩ Refuse To Fly Faulty Jet',
    '⟨Protesters⟩ Storm Parliament Building',
    // quiet
    '⟨?Patients⟩ Face Longer Waits',
    '⟨?Commuters⟩ Hit By Fare Rise',
  ],
};

const args = process.argv.slice(2);
const only = optionValue(args, '--filter');
const acts = new Map<string, Hits>();
const quiet = new Map<string, Hits>();
const misses: string[] = [];
const alarms: string[] = [];
for (const [id, list] of Object.entries(SENTENCES)) {
  if (only && id !== only) continue;
  for (const marked of list) {
    const { text, marks } = readMarks(marked);
    const found = analyze(text).filter((x) => x.kind === 'unnamed');
    for (const m of marks) {
      const hit = found.some((x) => overlaps(x, m));
      const q = m.tag.includes('?');
      countHit(q ? quiet : acts, id, hit);
      const phrase = text.slice(m.start, m.end);
      if (!q && !hit) misses.push(`miss  ${id.padEnd(15)} [${phrase}] ${text}`);
      if (q && hit) alarms.push(`alarm ${id.padEnd(15)} [${phrase}] ${text}`);
    }
  }
}
const total = (m: Map<string, Hits>): Hits =>
  [...m.values()].reduce((a, t) => ({ n: a.n + t.n, ok: a.ok + t.ok }), { n: 0, ok: 0 });
const a = total(acts);
const q = total(quiet);
console.log(`acts found    ${pct(a.ok, a.n)}  (${a.ok}/${a.n})`);
console.log(`quiet alarms  ${pct(q.ok, q.n)}  (${q.ok}/${q.n})`);
console.log('\nfilter          acts found         quiet alarms');
for (const id of Object.keys(SENTENCES)) {
  const x = acts.get(id) ?? { n: 0, ok: 0 };
  const y = quiet.get(id) ?? { n: 0, ok: 0 };
  console.log(
    `${id.padEnd(15)} ${`${pct(x.ok, x.n)}  (${x.ok}/${x.n})`.padEnd(19)}${pct(y.ok, y.n)}  (${y.ok}/${y.n})`,
  );
}
if (args.includes('--misses')) for (const m of misses) console.log(m);
if (args.includes('--alarms') || alarms.length <= 15) for (const x of alarms) console.log(x);
