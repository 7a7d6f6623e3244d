/**
 * The index of eval/labelled/DECISIONS.md: every point's number and bold title, under the
 * heading of the section that added it, and the points grouped by the phenomena a labeller looks
 * up most (a definite repeat, a person of a named body, a document, a group...). DECISIONS.md is
 * over 7,000 lines; blind writers read it by headings and lose the points in the middle when a
 * terminal cuts the listing, so the index is a file of its own, short enough to read whole.
 */

/** One numbered point: its number, its title (the bold text that opens it) and its section. */
export interface DecisionPoint {
  readonly n: number;
  readonly title: string;
  readonly section: string;
}

/** A phenomenon and the title words that mark a point about it. */
interface Topic {
  readonly name: string;
  readonly pattern: RegExp;
}

const TOPICS: readonly Topic[] = [
  {
    name: 'Definite repeats ("the company", "the official", "the report")',
    pattern: /\brepeat|\bdefinite\b|\bback-?reference/i,
  },
  {
    name: 'People of a named body, partly named people',
    pattern:
      /\bnamed body|\bof a (?:named )?body|\bpartly named|\bpartial|\bspokes|\bofficials? of\b|\bstaff\b|\bemployees?\b/i,
  },
  {
    name: 'Documents, data and their issuers',
    pattern:
      /\bdocument|\breport\b|\breports\b|\bletter|\bmemo|\bfigures|\bdata\b|\bfiling|\bstatement|\bissuer/i,
  },
  {
    name: 'Groups, counts and the public',
    pattern:
      /\bgroups?\b|\bcount(?:ed|s)?\b|\bplural|\bcrowd|\bresidents|\bthe public\b|\bmany\b|\bseveral\b|\bsome\b/i,
  },
  {
    name: 'Withheld identity and anonymity',
    pattern:
      /\banonym|\bwithh[eo]ld|\bnot (?:be )?(?:named|identified)|\bdeclined to be|\bon condition/i,
  },
  {
    name: 'Headlines, subheads and furniture',
    pattern: /\bheadline|\bsubhead|\bfurniture|\bcaption|\bbyline|\blive blog/i,
  },
  { name: 'Passives and agentless', pattern: /\bpassive|\bagentless|\bparticiple/i },
  { name: 'Hedges', pattern: /\bhedge|\breportedly|\ballegedly|\bapparently|\bseem/i },
  {
    name: 'Cue senses, wrong senses and cue families',
    pattern: /\bwrong sense|\bsense\b|\bsenses\b|\bcue\b|\bcues\b|\bverb/i,
  },
  {
    name: 'Quotations and speech inside speech',
    pattern: /\bquot|\binside (?:a |another )?(?:quote|attribution)|\bnested|\bembedded/i,
  },
  { name: 'Pronouns and entities', pattern: /\bpronoun|\bentit|\bsurname|\bfirst mention/i },
  {
    name: 'Victims, patients, suspects and non-agents',
    pattern: /\bvictim|\bpatient|\bsuspect|\bnon-?agent|\bnot acting|\bno actor|\bactors?\b/i,
  },
  { name: 'Anonymous single sentences (the anon sets)', pattern: /\banon\b|\bsingle sentences?/i },
];

const POINT = /^(\d+)\. \*\*(.*)$/;
const SECTION = /^## (.*)$/;

/** The points of DECISIONS.md in order. A title may run over several lines until its closing `**`. */
export function decisionPoints(markdown: string): DecisionPoint[] {
  const lines = markdown.split('\n');
  const points: DecisionPoint[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = SECTION.exec(line);
    if (heading) section = heading[1] ?? '';
    const match = POINT.exec(line);
    if (!match) continue;
    let title = match[2] ?? '';
    while (!title.includes('**') && i + 1 < lines.length) title += ' ' + (lines[++i] ?? '').trim();
    points.push({
      n: Number(match[1]),
      title: title.slice(0, title.indexOf('**')).trim(),
      section,
    });
  }
  return points;
}

/** The numbers of the points whose title marks each topic, for the index's first part. */
function pointsByTopic(points: readonly DecisionPoint[]): string[] {
  return TOPICS.map((topic) => {
    const ns = points.filter((p) => topic.pattern.test(p.title)).map((p) => p.n);
    return `- **${topic.name}:** ${ns.length > 0 ? ns.join(', ') : 'none'}`;
  });
}

/** The index as Markdown: the points by topic, then every point under its section. */
export function decisionsIndex(markdown: string): string {
  const points = decisionPoints(markdown);
  const out = [
    '# Index of DECISIONS.md',
    '',
    `Generated from DECISIONS.md by \`npx tsx scripts/decisions-index.ts\` (a unit test fails when it is out of date): ${points.length} points. Read this file whole, then read in full, in DECISIONS.md, every point listed for each phenomenon you label (search for the line that starts with its number and a full stop). A topic lists the points whose title names it; a point may rule on more than its title says.`,
    '',
    '## Points by phenomenon',
    '',
    ...pointsByTopic(points),
  ];
  let section: string | undefined;
  for (const p of points) {
    if (p.section !== section) {
      section = p.section;
      out.push('', `## ${section || 'Opening points'}`, '');
    }
    out.push(`${p.n}. ${p.title}`);
  }
  return out.join('\n') + '\n';
}
