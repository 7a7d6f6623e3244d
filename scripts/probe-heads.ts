/**
 * `tsx scripts/probe-heads.ts [--misses] [--alarms]`: how often the engine flags an unnamed actor
 * whose head noun no actor class lists: a collective role noun that acts ("management", "the
 * leadership"), a person noun made by English morphology ("a glaciologist", "a co-star",
 * "ceramicists"), and a partitive that picks people from an unnamed group ("the other", "one of
 * the three", "several of them"); and how often it flags the same words where they are things,
 * not actors ("the industry grew 4%", "a pianist's hands", "the other road").
 *
 * A development tool, not a test. Each line is a sentence with the phrase the guideline requires
 * in `⟪…⟫` (a `flag` line: an `unnamed` finding must overlap it) or the words that must stay
 * quiet in `⟨…⟩` (no `unnamed` finding may overlap them). The sentences are written from
 * knowledge of news English across domains and positions (subject, object of "accused",
 * by-agent, apposition, headline), never from a labelled set.
 */
import { analyze } from '../src/engine/index';
import { pct, readMarks } from './lib/probe-marks';

const args = process.argv.slice(2);

const FAMILIES: Record<string, string[]> = {
  collective: [
    'The union accused ⟪management⟫ of ignoring safety warnings at the depot.',
    'Staff at the plant say ⟪management⟫ has been slow to explain what went wrong.',
    '"We found out from the press," one worker said. "⟪Management⟫ keeps telling us nothing has changed."',
    'Two employees said ⟪management⟫ had told them to delete the emails.',
    'Workers will stay out until ⟪management⟫ comes back to the table, the union said.',
    'A party aide said ⟪leadership⟫ had not yet decided whether to hold the vote.',
    'Several backbenchers accused ⟪the leadership⟫ of trying to rig the timetable.',
    'One MP said ⟪the leadership⟫ wanted the bill passed before the summer recess.',
    'A store manager said ⟪corporate⟫ had frozen repair budgets at dozens of outlets.',
    'An executive at one fund said ⟪the industry⟫ had made its case to regulators.',
    'Campaigners accused ⟪the industry⟫ of quietly lobbying against the ban.',
    'Some authors have accused ⟪the publishing industry⟫ of steering writers away from politics.',
    'The rules were shelved after objections from ⟪the industry⟫.',
  ],
  collectiveQuiet: [
    'The tourism ⟨industry⟩ grew 4% last year, according to official figures.',
    '⟨Management⟩ of the park passed to the council in 2019.',
    'She studied business ⟨management⟩ at university before joining the bank.',
    'The company changed its ⟨management⟩ structure in March.',
    'Poor waste ⟨management⟩ was blamed for the outbreak.',
    'The ⟨leadership⟩ contest will begin in September.',
    'He was praised for his ⟨leadership⟩ during the crisis.',
    'The ⟨industry⟩ employs about 40,000 people in the region.',
    'Jobs in the ⟨industry⟩ are expected to fall by a fifth.',
  ],
  morphology: [
    '⟪Glaciologists⟫ had expected the ice shelf to hold until the 2030s.',
    "Her partner, ⟪a ceramicist⟫ who makes all of the restaurant's plates, says she still cooks every night.",
    'The vote was checked by ⟪an independent adjudicator⟫, the broadcaster said.',
    'Another insider alleged the actor had grown close to ⟪a co-star⟫ during filming.',
    '⟪A former sous-chef⟫, who left last year, said the kitchen was run with military discipline.',
    '⟪Two rate-setters⟫ are believed to favour a further increase.',
    '⟪Seismologists⟫ warned that further aftershocks were likely.',
    '⟪A climatologist⟫ at the institute said the data were consistent with warming.',
    '⟪Volcanologists⟫ raised the alert level on Tuesday after a swarm of small quakes.',
    '⟪A violinist⟫ who played in the orchestra for 20 years said morale had collapsed.',
    'Police said ⟪a cyclist⟫ had been struck by a van near the junction.',
    '⟪Hydrologists⟫ have warned that the reservoir could fall below a third of capacity.',
    'The senator was accused by ⟪a co-worker⟫ of making threats.',
    'Fans spotted the singer leaving a hotel with ⟪a co-founder⟫ of the label.',
    '⟪Lobbyists⟫ pushed for the amendment to be dropped.',
    '⟪A paramedic⟫ who treated the victims described the scene as chaotic.',
    '⟪Two epidemiologists⟫ who reviewed the data said the figures were understated.',
    'The claims were disputed by ⟪a statistician⟫ at the university.',
    '⟪A cellist⟫ in the orchestra accused the conductor of bullying.',
    '⟪Ornithologists⟫ counted fewer than 40 breeding pairs this spring.',
    'Prosecutors said ⟪a co-defendant⟫ had agreed to testify against him.',
    '⟪The co-host⟫ walked off the set during the broadcast.',
    '⟪A sous-chef⟫ at the restaurant said staff had not been paid for weeks.',
    'The deal was brokered by ⟪a co-founder⟫ of the firm.',
  ],
  morphologyQuiet: [
    'The ⟨cyclist⟩ lane on the bridge will close for repairs.',
    'The ⟨specialist⟩ unit opened in 2015.',
    'A ⟨register⟩ of interests was published on Monday.',
    'The ⟨co-op⟩ store on the high street will close next month.',
    'Sales of ⟨processors⟩ rose 8% in the quarter.',
    'The new ⟨monitor⟩ costs about $400.',
    'An ⟨anti-immigrant⟩ rally drew about 200 people on Saturday.',
    'The ⟨nationalist⟩ government tightened its grip on the press.',
    'Critics said the ⟨modernist⟩ design was out of keeping with the street.',
    'The ⟨co-op⟩ reported a 3% rise in sales.',
    'She sprained her ⟨wrist⟩ in training on Tuesday.',
    'The band released a ⟨playlist⟩ of its favourite songs.',
    'The ⟨co-operation⟩ agreement was signed in Geneva.',
    'The ⟨heist⟩ netted about $2 million in jewels.',
    'The ⟨one-man⟩ show opens in May.',
    'Sales of ⟨ultra-processed⟩ foods rose again.',
    'The ⟨motorist⟩ lobby has long opposed the charge.',
  ],
  placeBodies: [
    '⟪At least nine towns⟫ have pulled out of the resettlement scheme since March.',
    'The agency blamed the withdrawal of ⟪several municipalities⟫ that had agreed to host families.',
    'A surveyor said ⟪several dioceses⟫ were quietly preparing lists of churches to sell.',
    '⟪Schools in three regions⟫ were told by officials to stay open during the strike.',
    '⟪Several of the largest universities⟫ declined to provide figures.',
    'Boundaries were moved twice as ⟪exam boards⟫ argued over the final figures.',
    'An administrator said ⟪several departments⟫ there were already planning to freeze hiring.',
    '⟪At least one other streaming platform⟫ is believed to have bid for the rights.',
    '⟪Several big cities⟫ are quietly renegotiating their waste contracts.',
    '⟪Three hospitals in the region⟫ have suspended routine surgery.',
    '⟪Two counties⟫ have sued the state over the new maps.',
    '⟪A village in the valley⟫ has voted to leave the scheme.',
    '⟪Several clubs⟫ have threatened to boycott the tournament.',
    '⟪Some parishes⟫ refused to hand over their records.',
    'Towns pull out of refugee scheme as ⟪several villages⟫ object',
    '⟪A hospital⟫ in the north has cancelled all planned operations this week.',
    '⟪Several independent labels⟫ say they were not consulted.',
    '⟪Dozens of schools⟫ have banned mobile phones this term.',
    '⟪Two smaller sides⟫ were told to take the offer or leave it.',
    '⟪At least a dozen churches⟫ have opted out of the new rules.',
    '⟪Two platforms⟫ removed the video within hours of the broadcast.',
    '⟪Several stations⟫ refused to air the advert.',
    '⟪Three supermarket chains⟫ have pulled the product from their shelves.',
    '⟪Several sites⟫ have blocked users from the country.',
  ],
  placeBodiesQuiet: [
    'Several ⟨towns⟩ flooded after the river burst its banks.',
    '⟨Schools⟩ reopen on Monday after the half-term break.',
    'Three ⟨hospitals⟩ were built in the region last decade.',
    "Fans gathered outside the ⟨club⟩'s ground on Saturday.",
    'A third of ⟨schools⟩ reported a deficit last year.',
    'Most ⟨universities⟩ have agreed to the new code.',
    'The ⟨towns⟩ have agreed to share a bus service.',
    '⟨Villages⟩ in the north are among the most remote in Europe.',
    'Two ⟨schools⟩ were damaged in the storm.',
    '⟨Several platforms⟩ were crowded with commuters after the delay.',
    'The ⟨side⟩ of the building collapsed overnight.',
    'Small ⟨towns⟩ often vote against new housing.',
    'If ⟨several towns⟩ withdrew, the scheme would collapse.',
    'Four ⟨counties⟩ have not signed the agreement.',
    'Several ⟨hospitals⟩ were closed during the pandemic.',
    'Prices in ⟨several cities⟩ rose sharply last month.',
    'Two ⟨sites⟩ were chosen for the new homes.',
    'Dozens of ⟨stations⟩ were flooded overnight.',
    'Several ⟨sites⟩ have stopped working since the outage.',
    'A building ⟨site⟩ has dropped in value.',
  ],
  partitive: [
    'Two officials briefed on the talks described them as tense. ⟪One⟫ said the deal was close. ⟪The other⟫ said it could still collapse.',
    'Three people familiar with the bid confirmed the offer. ⟪One of the three⟫, an executive at a rival club, said the price was too high.',
    'The migrants were brought to the port, where reporters spoke to ⟪several of them⟫ on Monday.',
    'Police arrested four men. ⟪At least one of them⟫ had been under surveillance for months.',
    'Two diplomats were expelled. ⟪One of them⟫ had been under surveillance for a year.',
    'Three witnesses backed her account. ⟪Two of them⟫ said the rail had been loose for months.',
    'Two former guards were interviewed. ⟪The second⟫ said supervisors had been warned.',
  ],
  partitiveQuiet: [
    'Two roads lead to the village. ⟨The other⟩ was closed by floods.',
    'The company owns three factories. ⟨One of the three⟩ will close next year.',
    'He bought two cars. ⟨One of them⟩ was stolen in May.',
  ],
};

const fams = new Map<string, { n: number; ok: number }>();
const lines: string[] = [];
for (const [fam, list] of Object.entries(FAMILIES)) {
  const quiet = fam.endsWith('Quiet');
  for (const marked of list) {
    const { text, marks } = readMarks(marked);
    const found = analyze(text).filter((x) => x.kind === 'unnamed');
    for (const m of marks) {
      const hit = found.some((x) => x.start < m.end && m.start < x.end);
      const f = fams.get(fam) ?? { n: 0, ok: 0 };
      fams.set(fam, f);
      f.n++;
      if (hit !== quiet) f.ok++;
      else lines.push(`${quiet ? 'alarm' : 'miss '} ${fam.padEnd(16)} ${text}`);
    }
  }
}
for (const [fam, f] of fams)
  console.log(
    `${fam.endsWith('Quiet') ? 'quiet' : 'flag '} ${fam.padEnd(16)} ${pct(f.ok, f.n)}  (${f.ok}/${f.n})`,
  );
for (const l of lines)
  if (
    (l.startsWith('miss') && args.includes('--misses')) ||
    (l.startsWith('alarm') && args.includes('--alarms'))
  )
    console.log(l);
