/**
 * `tsx scripts/probe-withheld.ts [--misses]`: whether the engine reads a definite body that the
 * text says it keeps back as unnamed ("Nordeva did not name the supplier", "It declined to name
 * the firm", "The buyer, which has not been named,"), and leaves alone the quiet frames around
 * it: the same body named before and then named again, a person of it who asks not to be named,
 * the body as the one that withholds, and a place that is withheld.
 *
 * Rulings (decisions 70, 89, 120 and 137 of the labelled sets): a statement that a body's name is
 * withheld decides how its definite mention is read, and a withheld body that acts or is accused
 * is required at every mention (`u`); the quiet frames are never `unnamed` (`n`). Each story opens
 * with a lead that names a company of the same kind, so "the supplier" could point back to it
 * were it not for the refusal. Written from knowledge of news English (business, courts, health,
 * sport, crime, local government), not from any labelled set.
 */
import { analyze } from '../src/engine/index';
import { type Hits, article, countHit, overlaps, pct, readMarks } from './lib/probe-marks';

/** Body nouns news withholds, each with a named one of its kind for the lead. */
const BODIES: readonly (readonly [string, string])[] = [
  ['supplier', 'Corvel Components'],
  ['contractor', 'Brask Engineering'],
  ['firm', 'Halden Partners'],
  ['company', 'Ostler Holdings'],
  ['buyer', 'Marrow Capital'],
  ['lender', 'Tarn Bank'],
  ['consortium', 'the Pellam Group'],
  ['developer', 'Ashby Homes'],
  ['insurer', 'Keswick Mutual'],
  ['charity', 'the Alder Trust'],
  ['club', 'Ashmere United'],
  ['retailer', 'Dellow Stores'],
  ['publisher', 'Varn Books'],
  ['agency', 'the Fenwick Agency'],
];

/**
 * Frames: `{x}` the body noun, `{N}` the named one; `⟦u:...⟧` a required
 * `unnamed`, `⟦n:...⟧` one that must not be flagged.
 */
const FRAMES: Record<string, string> = {
  'did not name':
    'A fault at a {x} caused the recall, the regulator said. It did not name ⟦u:the {x}⟧.',
  'declined to name':
    'Officials blamed an outside {x} for the delay. A spokesman declined to name ⟦u:the {x}⟧.',
  'would not name':
    'Police are investigating payments to a {x}. Detectives would not name ⟦u:the {x}⟧ on Monday.',
  'does not name':
    'The lawsuit accuses a {x} of hiding losses. The filing does not name ⟦u:the {x}⟧, but describes it as a large business.',
  'refused to identify':
    'The ministry said a {x} had overcharged it. It refused to identify ⟦u:the {x}⟧.',
  'without naming': 'The watchdog criticised a {x} for the failures without naming ⟦u:the {x}⟧.',
  'which has not been named':
    'A {x} has bought the site. ⟦u:The {x}⟧, which has not been named, paid 40 million.',
  'whose owners':
    'A {x} won the contract. ⟦u:The {x}⟧, whose owners have not been publicly identified, starts work in May.',
  // quiet frames
  'quiet: named again':
    '{N}, a {x}, was fined on Monday. The regulator named ⟦n:the {x}⟧ in a notice.',
  'quiet: its person withheld':
    '{N}, a {x}, lost the case. A manager at ⟦n:the {x}⟧, who did not want to be identified, said staff were upset.',
  'quiet: the body withholds':
    '{N}, a {x}, has hired a new adviser. ⟦n:The {x}⟧ did not name the adviser.',
  'quiet: a place withheld':
    'A {x} was raided by police. An officer declined to name ⟦n:the country⟧ involved.',
  'quiet: named in the sentence':
    'Regulators did not name ⟦n:{N}⟧ in the report, but {N} confirmed it was the {x} involved.',
};

const showMisses = process.argv.includes('--misses');
const byFrame = new Map<string, Hits>();
const byWant = new Map<string, Hits>();
const misses: string[] = [];
for (const [frame, pattern] of Object.entries(FRAMES)) {
  for (const [x, named] of BODIES) {
    const marked = pattern
      .replaceAll('a {x}', `${article(x)} {x}`)
      .replaceAll('{x}', x)
      .replaceAll('{N}', named);
    const { text, marks } = readMarks(marked.charAt(0).toUpperCase() + marked.slice(1));
    const found = analyze(text).filter((f) => f.kind === 'unnamed');
    for (const m of marks) {
      const want = m.tag === 'u:' ? 'u' : 'n';
      // (a quiet mark is flagged only by a finding of its own, not by "A manager at the firm")
      const hit = found.some((f) => (want === 'u' ? overlaps(f, m) : f.start === m.start));
      const ok = want === 'u' ? hit : !hit;
      countHit(byFrame, frame, ok);
      countHit(byWant, want, ok);
      if (!ok) misses.push(`${frame} | ${want} | ${text}`);
    }
  }
}
const line = (k: string, t: Hits): string => `${k.padEnd(30)} ${pct(t.ok, t.n)}  (${t.ok}/${t.n})`;
console.log(`${BODIES.length} bodies x ${Object.keys(FRAMES).length} frames\n\nframe`);
for (const [k, t] of byFrame) console.log(line(k, t));
console.log('\nruling (u: found, n: left alone)');
for (const [k, t] of byWant) console.log(line(k, t));
if (showMisses) for (const m of misses) console.log(m);
