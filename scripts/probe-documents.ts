/**
 * `tsx scripts/probe-documents.ts [--misses] [--alarms] [--frame ID] [--issuer ID] [--noun WORD]`:
 * a systematic probe of documents, recordings and data as `unnamed` items and as sources.
 *
 * ANNOTATION.md section 2 and its settled cases: a document relied on is a source with `named:
 * true` when a named body or person issued it ("a study in the journal X", "a statement from
 * Acme"), otherwise a required `unnamed` with `named: false` ("an affidavit", "a leaked memo",
 * "internal documents reviewed by the paper": the outlet that saw it never names it, decisions 14
 * and 68 of eval/labelled/DECISIONS.md). Document nouns of every register (paper, messages,
 * media, legal, data, findings, notices) are crossed with issuers (none, `leaked`, `internal`, a
 * named body after or before the noun, a named person, an outlet that obtained it, an unnamed
 * issuer) and with the frames news cites them in (subject of a cue, "according to", a headline,
 * a repeat mention, "circulating online", "posted by an anonymous account", "obtained under a
 * records request", "published at the time"), plus fixed cases: a named body's own figures,
 * "X data", "official figures", a person's own medium, and documents that are no source ("the
 * bill", "the budget"). Written from knowledge of news English, not from any labelled set.
 *
 * Marks (scripts/lib/probe-marks.ts), a letter then an optional link number and a colon:
 *
 *   ⟨r1:a leaked memo⟩   a document that must be a required `unnamed` (`o` optional, not counted;
 *                        `q` quiet: no `unnamed` may overlap it)
 *   ⟪t1:Ana Okafor⟫      a source mention with no `unnamed` check
 *   ⟦t1:shows⟧           a cue whose source must overlap mark 1 with `named: true` (`f`: false;
 *                        `n` a cue that must be found, its source not checked)
 *
 * Prints recall of required documents, cue recall and source accuracy, and quiet alarms, per frame
 * and per issuer; `--misses` and `--alarms` list each failure.
 */
import { analyze } from '../src/engine/index';
import type { Finding } from '../src/engine/types';
import { optionValue } from './lib/args';
import { cap, overlaps, pct, readMarks, title } from './lib/probe-marks';

/** What a document is used to say, which picks the cues it takes. */
type DocClass = 'text' | 'finding' | 'media' | 'data';

interface Doc {
  /** The noun phrase's head words, singular or mass/plural as news uses them. */
  noun: string;
  plural: boolean;
  cls: DocClass;
  /** The words `the` takes on a repeat mention (default the last word of `noun`). */
  repeat?: string;
}

/** Mass and plural nouns take no article. */
const D = (noun: string, cls: DocClass, plural = false, repeat?: string): Doc => ({
  noun,
  plural,
  cls,
  ...(repeat ? { repeat } : {}),
});

const DOCS: Doc[] = [
  D('memo', 'text'),
  D('emails', 'text', true),
  D('email', 'text'),
  D('text messages', 'text', true, 'messages'),
  D('WhatsApp messages', 'text', true, 'messages'),
  D('letter', 'text'),
  D('draft', 'text'),
  D('dossier', 'text'),
  D('briefing paper', 'text', false, 'paper'),
  D('minutes', 'text', true),
  D('transcript', 'text'),
  D('invoice', 'text'),
  D('contract', 'text'),
  D('court filing', 'text', false, 'filing'),
  D('affidavit', 'text'),
  D('indictment', 'text'),
  D('filings', 'text', true),
  D('notice', 'text'),
  D('invitation', 'text'),
  D('slide deck', 'text', false, 'deck'),
  D('spreadsheet', 'text'),
  D('diary', 'text'),
  D('document', 'text'),
  D('documents', 'text', true),
  D('post on social media', 'text', false, 'post'),
  D('recording', 'media'),
  D('audio recording', 'media', false, 'recording'),
  D('video', 'media'),
  D('footage', 'media'),
  D('photographs', 'media', true),
  D('screenshots', 'media', true),
  D('records', 'data', true),
  D('procurement records', 'data', true, 'records'),
  D('bank records', 'data', true, 'records'),
  D('phone records', 'data', true, 'records'),
  D('court records', 'data', true, 'records'),
  D('flight data', 'data', true, 'data'),
  D('data', 'data', true),
  D('figures', 'data', true),
  D('statistics', 'data', true),
  D('report', 'finding'),
  D('survey', 'finding'),
  D('poll', 'finding'),
  D('analysis', 'finding'),
  D('study', 'finding'),
  D('audit', 'finding'),
  D('review', 'finding'),
  D('assessment', 'finding'),
];

/** An issuer as the phrase gives it: the document phrase and the expected labels. */
interface Issuer {
  id: string;
  /** The phrase from the noun (indefinite where it takes an article). */
  phrase: (d: Doc) => string;
  unnamed: 'r' | 'q';
  named: boolean;
}

const indef = (d: Doc, adj = ''): string => {
  const words = adj ? `${adj} ${d.noun}` : d.noun;
  if (d.plural || d.noun === 'data' || d.noun === 'footage') return words;
  return `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
};

const ISSUERS: Issuer[] = [
  { id: 'none', phrase: (d) => indef(d), unnamed: 'r', named: false },
  { id: 'leaked', phrase: (d) => indef(d, 'leaked'), unnamed: 'r', named: false },
  { id: 'internal', phrase: (d) => indef(d, 'internal'), unnamed: 'r', named: false },
  {
    id: 'body after',
    phrase: (d) => `${indef(d)} from the Finance Ministry`,
    unnamed: 'q',
    named: true,
  },
  {
    id: 'body before',
    phrase: (d) => indef(d, 'Finance Ministry'),
    unnamed: 'q',
    named: true,
  },
  {
    id: 'published by body',
    phrase: (d) => `${indef(d)} published by the Hartwell Trust`,
    unnamed: 'q',
    named: true,
  },
  ...['released', 'disclosed', 'sent', 'filed', 'unveiled'].map((verb): Issuer => ({
    id: `${verb} by body`,
    phrase: (d) => `${indef(d)} ${verb} by the Finance Ministry`,
    unnamed: 'q',
    named: true,
  })),
  { id: 'person', phrase: (d) => `${indef(d)} from Ana Okafor`, unnamed: 'q', named: true },
  {
    id: 'outlet',
    phrase: (d) => `${indef(d)} seen by the Harbour Gazette`,
    unnamed: 'r',
    named: false,
  },
  {
    id: 'obtained by outlet',
    phrase: (d) => `${indef(d)} obtained by the Harbour Gazette`,
    unnamed: 'r',
    named: false,
  },
  {
    id: 'unnamed issuer',
    phrase: (d) => `${indef(d)} from a government agency`,
    unnamed: 'r',
    named: false,
  },
];

/** A frame: `{D}` the document phrase (capitalised at a sentence start), `{s|p}` agreement. */
interface Frame {
  id: string;
  text: string;
  classes: DocClass[];
  /** Issuers the frame takes (default all). */
  issuers?: string[];
  /** A repeat mention follows: `{R}` is "The" + the repeat noun, marked like the first. */
}

const ALL: DocClass[] = ['text', 'finding', 'media', 'data'];
const FRAMES: Frame[] = [
  {
    id: 'shows',
    text: '{D} ⟦{c}1:{shows|show}⟧ that the bridge contract was awarded without a tender.',
    classes: ALL,
  },
  {
    id: 'says',
    text: '{D} ⟦{c}1:{says|say}⟧ the bridge contract was awarded without a tender.',
    classes: ['text', 'finding'],
  },
  {
    id: 'found',
    text: '{D} ⟦{c}1:found⟧ that the bridge contract was awarded without a tender.',
    classes: ['finding'],
  },
  {
    id: 'warns',
    text: '{D} ⟦{c}1:{warns|warn}⟧ that the bridge will need repairs within a decade.',
    classes: ['finding', 'text'],
  },
  {
    id: 'suggest',
    text: '{D} ⟦{c}1:{suggests|suggest}⟧ that crime in the city fell last year.',
    classes: ['data', 'finding'],
  },
  {
    id: 'according to',
    text: '⟦{c}1:According to⟧ {d}, the bridge contract was awarded without a tender.',
    classes: ALL,
  },
  {
    id: 'according to mid',
    text: 'The bridge contract was awarded without a tender, ⟦{c}1:according to⟧ {d}.',
    classes: ALL,
  },
  {
    id: 'details',
    text: '{D} ⟦{c}1:{details|detail}⟧ how the bridge contract was awarded without a tender.',
    classes: ['text', 'finding'],
  },
  {
    id: 'appears to show',
    text: '{D} appears to ⟦{c}1:show⟧ the mayor arriving at the party.',
    classes: ['media'],
  },
  {
    id: 'repeat',
    text:
      '⟦{c}1:According to⟧ {d}, the bridge contract was awarded without a tender. ' +
      '{R} also ⟦{c}2:{shows|show}⟧ that the mayor approved the payment.',
    classes: ALL,
  },
  {
    id: 'repeat negated',
    text:
      '{D} ⟦{c}1:{shows|show}⟧ that the bridge contract was awarded without a tender. ' +
      '{R} {does|do} not identify who approved the payment.',
    classes: ['text', 'data'],
  },
];

/** Frames for a document with no issuer in the phrase: the issuer is what the story withholds. */
const BARE_FRAMES: Frame[] = [
  {
    id: 'definite, new, negated naming',
    text: '{T} {does|do} not identify the official who approved the payment.',
    classes: ['text', 'finding'],
  },
  {
    id: 'obtained that shows',
    text:
      'The Harbour Gazette has obtained {d} that ⟦{c}1:{shows|show}⟧ the bridge contract was ' +
      'awarded without a tender.',
    classes: ['text', 'data', 'media'],
  },
  {
    id: 'examining, appears to show',
    text:
      'Police are examining {d} circulating online that {appears|appear} to show the mayor ' +
      'arriving at the party.',
    classes: ['media', 'text'],
  },
  {
    id: 'citing',
    text: 'The opposition, citing {d}, said the bridge contract was awarded without a tender.',
    classes: ALL,
  },
  {
    id: 'definite, posted anonymously',
    text:
      '{T}, which was posted online by ⟨r:an anonymous account⟩, ⟦{c}1:{says|say}⟧ that the ' +
      'bridge contract was awarded without a tender.',
    classes: ['text'],
  },
  {
    id: 'circulating online',
    text: '{D} circulating online appears to ⟦{c}1:show⟧ the mayor arriving at the party.',
    classes: ['media', 'text'],
  },
  {
    id: 'posted anonymously',
    text:
      '{D}, which was posted online by ⟨r:an anonymous account⟩, ⟦{c}1:{says|say}⟧ that the ' +
      'bridge contract was awarded without a tender.',
    classes: ['text'],
  },
  {
    id: 'records request',
    text:
      '{D} obtained under a public records request ⟦{c}1:{shows|show}⟧ that the bridge contract ' +
      'was awarded without a tender.',
    classes: ['text', 'data'],
  },
  {
    id: 'published at the time',
    text: '{D} published at the time ⟦{c}1:rated⟧ the school as failing.',
    classes: ['finding'],
  },
  {
    id: 'circulated among',
    text:
      '{D} circulated among senior figures in the Liberty Party ⟦{c}1:{shows|show}⟧ that the ' +
      'leadership knew of the payments.',
    classes: ['text'],
  },
  // an author the story gives only as an unnamed person or group (decision 69)
  {
    id: 'written by unnamed',
    text: '{T} {was|were} written by ⟨r:a senior manager⟩ and sent to staff in March.',
    classes: ['text', 'finding'],
  },
  {
    id: 'said to have been written',
    text: '{T} {is|are} said to have been written by ⟨r:a clinical director⟩ last spring.',
    classes: ['text', 'finding'],
  },
  {
    id: 'passed by unnamed',
    text: '{T} {was|were} passed to the Harbour Gazette by ⟨r:a former official⟩ last week.',
    classes: ['text', 'data', 'media'],
  },
  {
    id: 'provided by unnamed',
    text: '{T}, which {runs|run} to 40 pages, {was|were} provided by ⟨r:two former employees⟩.',
    classes: ['text', 'data'],
  },
  {
    id: 'drafted by a group',
    text: '{D} drafted by ⟨r:a group of residents⟩ was handed to the council on Monday.',
    classes: ['text'],
  },
  {
    id: 'author withheld',
    text: '{T}, whose author is not identified, was leaked to the Harbour Gazette.',
    classes: ['text', 'finding'],
  },
  // handed on by an unnamed source (decisions 14 and 69)
  {
    id: 'handed by unnamed source',
    text:
      '⟨r:Two employees⟩, who spoke on condition of anonymity, provided the Harbour Gazette ' +
      'with {d}.',
    classes: ['text', 'data', 'media'],
  },
  {
    id: 'handed by unnamed source',
    text: '⟨r:A former official⟩ provided {d} to the Harbour Gazette last week.',
    classes: ['text', 'data', 'media'],
  },
  {
    id: 'outlet has also seen',
    text: 'The Harbour Gazette has also seen {d} in which the mayor approves the payment.',
    classes: ['text', 'media', 'data'],
  },
  {
    id: 'headline',
    text: '{H} {Shows|Show} Council Ignored Flood Warnings\nThe council ignored repeated warnings.',
    classes: ALL,
  },
  {
    id: 'headline leaked',
    text: 'Leaked {H} {Shows|Show} Council Ignored Flood Warnings\nThe council ignored warnings.',
    classes: ['text', 'media'],
  },
];

/** Whole cases written out. */
const FIXED: { id: string; text: string }[] = [
  // a possessive pronoun before the document: the named (or partly named) owner it stands for
  {
    id: 'its statement, named body',
    text:
      'Norland’s water regulator rejected the claims on Monday. ⟨q1:Its statement⟩ ⟦t1:said⟧ the ' +
      'dam had passed every inspection.',
  },
  {
    id: 'its statement, said before',
    text:
      'The Harbour Authority said on Thursday that the pier was safe. ⟨q1:Its statement⟩ ' +
      '⟦t1:accused⟧ the council of scaremongering.',
  },
  {
    id: 'its report, named inspectorate',
    text:
      'The Schools Inspectorate visited Marsh Lane Academy in May. ⟨q1:Its report⟩ ⟦t1:said⟧ ' +
      'pupils were not safe.',
  },
  {
    id: 'her letter, named person',
    text:
      'Ana Okafor stepped down as chair on Friday. ⟨q1:Her letter⟩ ⟦t1:says⟧ she was never ' +
      'consulted about the sale.',
  },
  {
    id: 'his report, named person',
    text:
      'City Auditor Lorraine Beck’s deputy, Tomas Reyes, finished the audit in May. ⟨q1:His report⟩ ' +
      '⟦t1:found⟧ that the contracts were split to avoid tenders.',
  },
  {
    id: 'their report, named body',
    text:
      'Marrowby Council’s auditors visited the depot in June. ⟨q1:Their report⟩ ⟦t1:warns⟧ that ' +
      'the fleet is unsafe.',
  },
  {
    id: 'its statement, unnamed body',
    text:
      'A local charity denied the claims on Monday. ⟪f1:Its statement⟫ ⟦f1:said⟧ the dam had ' +
      'passed every inspection.',
  },
  {
    id: 'his letter, unnamed person',
    text: 'A former employee left the firm in March. ⟪f1:His letter⟫ ⟦f1:says⟧ the firm faces ruin.',
  },
  {
    id: 'possessive own figures',
    text:
      'The Finance Ministry published its annual review on Monday. ⟨q1:The ministry’s own ' +
      'figures⟩ ⟦t1:show⟧ that borrowing rose.',
  },
  {
    id: 'X data after X',
    text:
      'The Environment Agency said rivers were cleaner. ⟦t1:According to⟧ ⟨q1:agency data⟩, ' +
      'sewage spills fell by a third.',
  },
  {
    id: 'X data after X',
    text:
      'The Environment Agency said rivers were cleaner. ⟨q1:Agency data⟩ ⟦t1:show⟧ that sewage ' +
      'spills fell by a third.',
  },
  {
    id: 'X data after X',
    text:
      'Varnholt General Hospital said beds were full. Beds ran out in March, ⟦t1:according to⟧ ' +
      '⟨q1:hospital figures⟩.',
  },
  {
    id: 'X data after X',
    text:
      'Acme Corp said sales were strong. Sales rose by a third, ⟦t1:according to⟧ ⟨q1:company ' +
      'filings⟩.',
  },
  {
    id: 'report after issuer',
    text:
      'The Finance Ministry published a report on Monday. ⟨q1:The report⟩ ⟦t1:found⟧ that ' +
      'borrowing rose.',
  },
  {
    id: 'figures from X',
    text: '⟨q1:Figures from the agriculture ministry⟩ ⟦t1:show⟧ that wheat yields fell.',
  },
  {
    id: 'data published by X',
    text: '⟨q1:Data published by the Office for National Statistics⟩ ⟦t1:show⟧ that prices rose.',
  },
  {
    id: 'notice on its website',
    text:
      'The Hartwell Trust closed the park on Friday. ⟨q1:A notice posted on the trust’s website⟩ ' +
      'appears to ⟦t1:show⟧ that the closure is permanent.',
  },
  { id: 'official figures', text: '⟨r1:Official figures⟩ ⟦f1:show⟧ that borrowing rose.' },
  { id: 'official figures', text: '⟨r1:Government figures⟩ ⟦f1:show⟧ that borrowing rose.' },
  { id: 'official figures', text: '⟨r1:Government data⟩ ⟦f1:suggest⟧ that borrowing rose.' },
  {
    id: 'own medium',
    text: '⟪t1:Ana Okafor⟫ ⟦t1:said⟧ in ⟨o:an email⟩ that the contract was awarded without a tender.',
  },
  {
    id: 'own medium',
    text: '⟪t1:Ana Okafor⟫ ⟦t1:wrote⟧ in ⟨o:a post on X⟩ that the contract was awarded fairly.',
  },
  {
    id: 'invitation seen by',
    text:
      '⟦f1:According to⟧ ⟨r1:an invitation seen by The Register⟩, the launch is set for ' +
      'Tuesday.',
  },
  // a message whose sender a later mention states, past a time phrase: its author
  {
    id: 'message sent later, time phrase',
    text:
      'Reporters were told to drop the story, according to ⟨q1:a memo⟩ seen by the Post. ⟪t2:The ' +
      'memo⟫, sent on Monday by news editor Ruth Cole, ⟦t2:says⟧ the piece was unfair.',
  },
  {
    id: 'message sent later, time phrase',
    text:
      '⟨q1:An email⟩ ⟦t1:warned⟧ that the plant would shut. The email, sent last week by the ' +
      'Dalton Steel Company, reached every worker.',
  },
  { id: 'no source', text: 'The Senate passed ⟨q:the bill⟩ on Tuesday.' },
  { id: 'no source', text: 'The council approved ⟨q:the budget⟩ on Monday.' },
  { id: 'no source', text: 'The mayor signed ⟨q:the contract⟩ on Friday.' },
  { id: 'no source', text: 'Acme filed ⟨q:its annual accounts⟩ late.' },
  { id: 'no source', text: 'The ministry will publish ⟨q:its report⟩ next month.' },
  { id: 'no source', text: 'Acme sent ⟨q:an invitation⟩ to every shareholder.' },
  { id: 'no source', text: 'The Finance Ministry published ⟨q:a report⟩ on Monday.' },
  { id: 'no source', text: 'Parliament will debate ⟨q:the budget⟩ next week.' },
  { id: 'no source', text: 'The mayor has read ⟨q:the report⟩, her office said.' },
  { id: 'no source', text: 'She posted ⟨q:a video⟩ of her dog on Sunday.' },
  { id: 'no source', text: 'The union signed ⟨q:a new contract⟩ with Acme on Friday.' },
  // reports that surface with no issuer (the guideline's "according to reports")
  { id: 'reports surface', text: '⟨r:Reports⟩ are circulating that the chairman will step down.' },
  {
    id: 'reports surface',
    text: 'Shares fell after ⟨r:reports⟩ surfaced that the bank had lost its licence.',
  },
  { id: 'reports surface', text: '⟨r:Reports⟩ are coming in of a large fire at the tax office.' },
  {
    id: 'reports surface',
    text: '⟨r:Unconfirmed reports⟩ have emerged that the striker failed a drug test.',
  },
  { id: 'reports surface', text: '⟨r:A report⟩ surfaced on Tuesday that the minister had quit.' },
  {
    id: 'reports surface',
    text: '⟨r:Reports of looting⟩ began to emerge from the city overnight.',
  },
  // not reports, or reports with an issuer
  { id: 'no issuer, quiet', text: '⟨q:Rumours⟩ are circulating that the plant will close.' },
  { id: 'no issuer, quiet', text: '⟨q:Fears⟩ emerged that the plant will close.' },
  { id: 'no issuer, quiet', text: '⟨q:A Finance Ministry report⟩ emerged on Tuesday.' },
  { id: 'no issuer, quiet', text: '⟨q:Cracks⟩ have emerged in the coalition.' },
  // authors named, definite or no authors at all (decisions 68 and 69)
  {
    id: 'author named',
    text: "⟨q:The memo⟩ was written by Ana Okafor, the ministry's chief economist.",
  },
  { id: 'author named', text: "⟨q:The report⟩ was written by the Finance Ministry's economist." },
  { id: 'author named', text: '⟨q:The letter⟩ was sent by the mayor on Friday.' },
  { id: 'author named', text: '⟨q:The contract⟩ was signed by both parties on Friday.' },
  { id: 'author named', text: '⟨q:The study⟩ was written by researchers at Kerrow University.' },
  {
    id: 'author named',
    text: '⟨q:The figures⟩ were compiled by the Office for National Statistics.',
  },
  { id: 'author named', text: '⟨q:The photos⟩ were taken by Ana Okafor, a local photographer.' },
  { id: 'author named', text: '⟨q:Most letters⟩ are now written by computer, not by hand.' },
  { id: 'author named', text: 'The mayor has also read ⟨q:the report⟩ and will reply next week.' },
  { id: 'author named', text: 'The court has also seen ⟨q:a letter⟩ from Ana Okafor.' },
  // handed on by a named or known giver, or the giver's own words
  { id: 'handed by known', text: 'The ministry provided the Post with ⟨q:figures⟩ on waiting.' },
  { id: 'handed by known', text: 'Ana Okafor provided the court with ⟨q:bank records⟩ on Monday.' },
  { id: 'handed by known', text: 'A spokesman for Acme provided ⟨q:a statement⟩ on Friday.' },
  { id: 'handed by known', text: 'The club shared ⟨q:photographs⟩ of the new stadium.' },
  { id: 'handed by known', text: 'Acme gave investors ⟨q:a presentation⟩ on Monday.' },
  // a repeat of a document its owner or a `from` phrase gave an issuer
  {
    id: 'owned repeat',
    text:
      'The Prisons Inspectorate visited the jail in May. Its report rated safety as poor. ' +
      '⟨q1:The report⟩ ⟦t1:also said⟧ that cells were overcrowded.',
  },
  {
    id: 'owned repeat',
    text:
      'The school was told in a letter from the Schools Inspectorate that its policy was unlawful. ' +
      '⟨q1:The letter⟩, which the Courier has seen, ⟦t1:says⟧ governors have eight weeks.',
  },
  // a named speaker's medium, with a cue in its content that could take it for a source
  {
    id: 'speaker medium',
    text: 'Sen. Ana Ruiz said in ⟨q:a statement⟩ that she would call the director to testify.',
  },
  {
    id: 'speaker medium',
    text: 'The agency said in ⟨q:a statement⟩ that it expected to announce a decision soon.',
  },
  // a claim noun with its content is what is claimed, not a document relied on
  { id: 'claim content', text: 'The club rejected ⟨q:claims⟩ that the match was fixed.' },
  { id: 'claim content', text: 'The senator denied ⟨q:allegations⟩ that he lied to Congress.' },
  { id: 'claim content', text: 'Rivals have circulated ⟨q:claims⟩ that the mayor was bribed.' },
  { id: 'claim content', text: 'Ana Ruiz hit back at ⟨q:claims⟩ that the vote was rigged.' },
  { id: 'claim content', text: '⟨q:Rumours⟩ that the plant will close are untrue, Acme said.' },
  { id: 'claim content', text: 'The coach dismissed ⟨q:accusations⟩ of bullying on Friday.' },
  // a definite document whose issuer the story named in an earlier sentence, by the act of
  // issuing ("X ruled", "X filed", "X retracted") or a first mention with `a` (decision 68)
  {
    id: 'issuer named before',
    text:
      'The Supreme Court ruled on Tuesday that the law was void. Lawyers were surprised. ' +
      '⟨q1:The ruling⟩ ⟦t1:said⟧ the law breached the constitution.',
  },
  {
    id: 'issuer named before',
    text:
      'Acme Freight filed for bankruptcy protection on Monday. Its shares fell. ⟨q1:The filing⟩ ' +
      '⟦t1:shows⟧ debts of 2 billion dollars.',
  },
  {
    id: 'issuer named before',
    text:
      'A study of sleep in mice was retracted by the journal Cellular Rhythms on Friday. ' +
      '⟨q1:The retraction notice⟩ ⟦t1:says⟧ two images had been altered.',
  },
  {
    id: 'issuer named before',
    text:
      'Sea levels rose faster than expected, according to a report released on Monday by the ' +
      'Regional Climate Assessment Panel. Officials welcomed it. ⟨q1:The report⟩ ⟦t1:says⟧ the ' +
      'trend will continue.',
  },
  {
    id: 'issuer named before',
    text:
      'The Velden Health Board said in a statement that two wards would close. Staff were told ' +
      'on Friday. ⟨q1:The statement⟩ ⟦t1:added⟧ that no jobs would be lost.',
  },
  {
    id: 'issuer named before',
    text:
      'Harrow Police said in a statement that a man had been arrested. Two people were taken to ' +
      'hospital, ⟨q1:the statement⟩ ⟦t1:said⟧.',
  },
  // quiet: no issuer ever given; a leaked document seen by the outlet; a second document of the
  // kind brought in with `a`
  {
    id: 'issuer never named',
    text:
      'A study of sleep in mice was withdrawn on Friday. ⟨r1:The retraction notice⟩ ⟦f1:says⟧ ' +
      'two images had been altered.',
  },
  {
    id: 'issuer never named',
    text:
      'A draft seen by the Harbour Gazette sets out the cuts. ⟨o1:The draft⟩ ⟦f1:says⟧ 40 posts ' +
      'will go.',
  },
  {
    id: 'issuer never named',
    text:
      'A paper in the journal Cellular Rhythms was questioned on Friday. A notice posted on a ' +
      'forum by an anonymous user raised doubts. ⟨o1:The notice⟩ ⟦f1:says⟧ two images were ' +
      'altered.',
  },
];

/** Fills `f` for document `d` and issuer `iss`: a marked sentence. */
function fillFrame(f: Frame, d: Doc, iss: Issuer): string {
  const phrase = iss.phrase(d);
  const rep = `The ${d.repeat ?? d.noun.split(' ').pop()!}`;
  const u = iss.unnamed;
  const c = iss.named ? 't' : 'f';
  let text = f.text
    .replace('{D}', `⟨${u}1:${cap(phrase)}⟩`)
    .replace('{d}', `⟨${u}1:${phrase}⟩`)
    .replace('{R}', `⟨${u}2:${rep}⟩`)
    .replace('{H}', `⟨${u}1:${title(d.noun)}⟩`)
    .replace('{T}', `⟨${u}1:The ${d.noun}⟩`)
    .replaceAll('{c}', c);
  text = text.replace(/\{([^|{}]+)\|([^|{}]+)\}/g, (_, sg: string, pl: string) =>
    d.plural ? pl : sg,
  );
  return text;
}

interface Result {
  docs: number;
  docsOk: number;
  quiet: number;
  alarms: number;
  cues: number;
  cuesFound: number;
  srcOk: number;
}
const empty = (): Result => ({
  docs: 0,
  docsOk: 0,
  quiet: 0,
  alarms: 0,
  cues: 0,
  cuesFound: 0,
  srcOk: 0,
});

const args = process.argv.slice(2);
const onlyFrame = optionValue(args, '--frame');
const onlyIssuer = optionValue(args, '--issuer');
const onlyNoun = optionValue(args, '--noun');
const byFrame = new Map<string, Result>();
const byIssuer = new Map<string, Result>();
const byNoun = new Map<string, Result>();
const total = empty();
const misses: string[] = [];
const alarms: string[] = [];

/** Checks one marked sentence, adding to each result in `into`. */
function check(marked: string, into: Result[], label: string): void {
  const { text, marks } = readMarks(marked);
  const found: Finding[] = analyze(text);
  const unnamed = found.filter((x) => x.kind === 'unnamed');
  const cues = found.filter((x) => x.kind === 'attribution');
  const show = text.replace(/\n+/g, ' / ');
  const add = (k: keyof Result): void => {
    for (const r of [...into, total]) r[k]++;
  };
  for (const m of marks) {
    const role = m.tag.charAt(0);
    const link = /\d+/.exec(m.tag)?.[0];
    const words = text.slice(m.start, m.end);
    if (m.bracket === '⟨') {
      const hit = unnamed.some((x) => overlaps(x, m));
      if (role === 'r') {
        add('docs');
        if (hit) add('docsOk');
        else misses.push(`miss unnamed  ${label.padEnd(36)} [${words}]  ${show}`);
      } else if (role === 'q') {
        add('quiet');
        if (hit) {
          add('alarms');
          alarms.push(`alarm         ${label.padEnd(36)} [${words}]  ${show}`);
        }
      }
    } else if (m.bracket === '⟦') {
      add('cues');
      const cue = cues.find((x) => overlaps(x, m));
      if (!cue) {
        misses.push(`miss cue      ${label.padEnd(36)} [${words}]  ${show}`);
        continue;
      }
      add('cuesFound');
      if (role === 'n' || !link) {
        add('srcOk');
        continue;
      }
      const target = marks.find((x) => x.bracket !== '⟦' && /\d+/.exec(x.tag)?.[0] === link);
      const want = role === 't';
      const src = cue.source;
      const ok =
        !!src &&
        !!target &&
        overlaps(src, target) &&
        (src.named === 'partial' || src.named) === want;
      if (ok) add('srcOk');
      else {
        const got = src ? `[${text.slice(src.start, src.end)}] ${String(src.named)}` : 'none';
        misses.push(
          `miss source   ${label.padEnd(36)} [${words}] want ${want} got ${got}  ${show}`,
        );
      }
    }
  }
}

const get = (m: Map<string, Result>, k: string): Result => {
  let r = m.get(k);
  if (!r) m.set(k, (r = empty()));
  return r;
};

for (const f of [...FRAMES, ...BARE_FRAMES]) {
  if (onlyFrame && f.id !== onlyFrame) continue;
  const bare = BARE_FRAMES.includes(f);
  for (const iss of ISSUERS) {
    if (onlyIssuer && iss.id !== onlyIssuer) continue;
    if (bare && iss.id !== 'none' && !(f.id === 'headline' && iss.id === 'body before')) continue;
    for (const d of DOCS) {
      if (onlyNoun && d.noun !== onlyNoun) continue;
      if (!f.classes.includes(d.cls)) continue;
      // a headline with a named body before the noun: "Finance Ministry Figures Show ..."
      const i =
        f.id === 'headline' && iss.id === 'body before'
          ? { ...iss, phrase: () => `Finance Ministry ${d.noun}` }
          : iss;
      let marked = fillFrame(f, d, i);
      if (f.id === 'headline' && iss.id === 'body before')
        marked = marked.replace(/⟨q1:[^⟩]*⟩/, `⟨q1:${title(`Finance Ministry ${d.noun}`)}⟩`);
      check(
        marked,
        [get(byFrame, f.id), get(byIssuer, iss.id), get(byNoun, d.noun)],
        `${f.id} / ${iss.id}`,
      );
    }
  }
}
if (!onlyIssuer && !onlyNoun)
  for (const c of FIXED) {
    if (onlyFrame && c.id !== onlyFrame) continue;
    check(c.text, [get(byFrame, c.id), get(byIssuer, 'fixed')], c.id);
  }

const row = (name: string, r: Result): string =>
  `${name.padEnd(24)} unnamed ${pct(r.docsOk, r.docs)} (${r.docsOk}/${r.docs})`.padEnd(50) +
  `alarms ${`${r.alarms}/${r.quiet}`.padEnd(8)} cues ${pct(r.cuesFound, r.cues)}  source ${pct(
    r.srcOk,
    r.cuesFound,
  )} (${r.srcOk}/${r.cuesFound})`;
console.log('by frame');
for (const [k, r] of byFrame) console.log(row(k, r));
console.log('\nby issuer');
for (const [k, r] of byIssuer) console.log(row(k, r));
console.log('\nby noun');
for (const [k, r] of byNoun) console.log(row(k, r));
console.log(`\n${row('all', total)}`);
if (args.includes('--misses')) for (const m of misses) console.log(m);
if (args.includes('--alarms')) for (const a of alarms) console.log(a);
