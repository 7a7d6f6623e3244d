/**
 * People of a named body who act on their own account, not for the body: "Four members of the
 * Halvard safety team resigned", "Two former Ostra employees have filed complaints with the labour
 * board", "Several Kelmar directors sold shares", "a letter signed by more than 60 Varden staff",
 * "Three players at the club have given statements to the police". The phrase places them in the
 * body, yet the act is theirs (leaving it, complaining of it, trading in it, testifying), not one
 * the body does through its people: withheld actors, required at every mention (decisions 81, 126
 * and 185 of the labelled sets, over decisions 5 and 23, which concern people who speak or act for
 * the body; labour-actions.ts takes strikes and ballots, misconduct-of-body.ts wrongdoing).
 *
 * Only people left among many: an indefinite, counted or bare phrase, not a definite one ("the
 * company's chief executive resigned": an office that names its holder, decision 187).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isPunct } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { IN_POSSESSIVE_DETERMINERS, listsOf } from './words';

/** Verbs of leaving a post or a body by one's own act: `resigned`, `quit`, `defected`. */
const LEAVING: ReadonlySet<string> = new Set([
  'defect',
  'defected',
  'defecting',
  'quit',
  'quits',
  'quitting',
  'resign',
  'resigned',
  'resigning',
  'resigns',
]);

/** Forms of `leave`, one's own exit only with a body or a post after it: "left the firm". */
const LEAVE: ReadonlySet<string> = new Set(['leave', 'leaves', 'leaving', 'left']);

/** What one leaves or quits as a post or an employer: `firm`, `company`, `job`, `posts`. */
const POSTS: ReadonlySet<string> = new Set([
  'agency',
  'bank',
  'board',
  'business',
  'club',
  'company',
  'department',
  'firm',
  'government',
  'group',
  'job',
  'jobs',
  'ministry',
  'office',
  'organisation',
  'organization',
  'party',
  'partnership',
  'post',
  'posts',
  'practice',
  'role',
  'roles',
  'service',
  'studio',
  'team',
]);

/** Verbs of a complaint or claim of one's own: `filed`, `lodged`, `brought`, `sued`. */
const FILING: ReadonlySet<string> = new Set([
  'bring',
  'brought',
  'file',
  'filed',
  'files',
  'filing',
  'lodge',
  'lodged',
  'lodges',
  'lodging',
]);

/** What one files against an employer: `complaints`, `a lawsuit`, `grievances`. */
const CLAIMS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'complaint',
  'complaints',
  'grievance',
  'grievances',
  'lawsuit',
  'lawsuits',
  'suit',
  'suits',
]);

/** Forms of `sue`: a claim of one's own against whoever is named after it. */
const SUING: ReadonlySet<string> = new Set(['sue', 'sued', 'sues', 'suing']);

/** Verbs of signing: `signed`, `signing`, a letter or a petition one puts one's name to. */
const SIGNING: ReadonlySet<string> = new Set(['sign', 'signed', 'signing', 'signs']);

/** What people sign on their own account: `letter`, `petition`. */
const SIGNED: ReadonlySet<string> = new Set(['letter', 'letters', 'petition', 'petitions']);

/** Verbs of trading on one's own account: `sold`, `bought`, `offloaded`. */
const TRADING: ReadonlySet<string> = new Set([
  'bought',
  'buy',
  'buying',
  'dumped',
  'offloaded',
  'sell',
  'selling',
  'sold',
]);

/** What people trade in on their own account: `shares`, `stock`, `stakes`. */
const HOLDINGS: ReadonlySet<string> = new Set(['holdings', 'shares', 'stakes', 'stock']);

/** Verbs of testimony: `testified`, and `gave` what `TESTIMONY` lists. */
const TESTIFYING: ReadonlySet<string> = new Set([
  'testified',
  'testifies',
  'testify',
  'testifying',
]);
const GIVING: ReadonlySet<string> = new Set(['gave', 'give', 'given', 'giving']);
const TESTIMONY: ReadonlySet<string> = new Set(['evidence', 'statements', 'testimony']);

/**
 * Words between the phrase and its own verb that leave the act the phrase's: a raising hedge or a
 * plan ("are understood to be preparing to leave", "are threatening to quit", "plan to sue").
 */
const LEAD_INS: ReadonlySet<string> = new Set([
  'about',
  'be',
  'believed',
  'considering',
  'expected',
  'intend',
  'likely',
  'plan',
  'planning',
  'poised',
  'preparing',
  'ready',
  'reported',
  'said',
  'set',
  'threatened',
  'threatening',
  'to',
  'understood',
  'weighing',
]);

/** Determiners that make a phrase definite: `the`, `this`, `these`, `those`. */
const DEFINITE: ReadonlySet<string> = new Set(['that', 'the', 'these', 'this', 'those']);

/**
 * Whether `np` (people of a named body) does an act on its own account: as the subject of a verb
 * of leaving, complaint, signing, trading or testimony, or as the `by` agent of "signed" or
 * "filed" ("a letter signed by more than 90 Varden employees").
 */
export function ownAccountAct(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if (DEFINITE.has(first.lower) || (listsOf(first) & IN_POSSESSIVE_DETERMINERS) !== 0) return false;
  const before = toks[np.start - 1];
  if (before?.lower === 'by') {
    const participle = toks[np.start - 2]?.lower ?? '';
    return participle === 'signed' || participle === 'filed' || participle === 'lodged';
  }
  let k = np.end;
  // (past an apposition: "Two former analysts at Brenmark, both now at rival firms, have sued")
  if (isPunct(toks[k], ',')) {
    let c = k + 1;
    while (c < s.last && c <= k + 8 && !isPunct(toks[c])) c++;
    if (!isPunct(toks[c], ',')) return false;
    k = c + 1;
  }
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]) || LEAD_INS.has(toks[k]!.lower))) k++;
  const verb = toks[k];
  if (verb === undefined || verb.kind !== 'word') return false;
  const w = verb.lower;
  if (LEAVING.has(w) || SUING.has(w) || TESTIFYING.has(w)) return true;
  if (LEAVE.has(w)) return objectIn(ctx, s, k, POSTS, 3);
  if (FILING.has(w)) return objectIn(ctx, s, k, CLAIMS, 3);
  if (SIGNING.has(w)) return objectIn(ctx, s, k, SIGNED, 4);
  if (TRADING.has(w)) return objectIn(ctx, s, k, HOLDINGS, 6);
  if (GIVING.has(w)) return objectIn(ctx, s, k, TESTIMONY, 2);
  return false;
}

/**
 * Whether one of `words` stands within `reach` words after the verb at `k`, before any comma
 * ("sold about $12 million of stock", "filed complaints", "left the firm").
 */
function objectIn(
  ctx: Context,
  s: Sentence,
  k: number,
  words: ReadonlySet<string>,
  reach: number,
): boolean {
  const toks = ctx.tokens;
  for (let q = k + 1; q <= s.last && q <= k + reach; q++) {
    const t = toks[q]!;
    if (isPunct(t, ',') || isPunct(t, '.') || isPunct(t, ';')) return false;
    if (words.has(t.lower)) return true;
  }
  return false;
}
