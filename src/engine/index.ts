/**
 * Who Said's detection engine: pure TypeScript, strings in, findings out.
 * No DOM, no browser API, no storage: it runs the same in a content script,
 * a worker, Node and the CLI.
 */
export type {
  AnalyzeOptions,
  AnonymityCheck,
  AnonymityReason,
  CueClass,
  DocumentAccess,
  Evidence,
  Finding,
  FindingKind,
  KnowledgeBasis,
  Named,
  SourceEntity,
  SourceMember,
  SourceSpan,
  SourceType,
  Specificity,
} from './types';
export { FINDING_KINDS } from './types';
export { analyze } from './analyze';
export { sourceEntities } from './entities/list';
export { entityIdInText } from './entities/ids';
export { splitSentences } from './sentences';
export { tokenize } from './tokenize';
export type { Token, TokenKind } from './tokenize';
export { lexiconPhrases, REPORTING_VERBS, HEDGE_WORDS } from './lexicon';
export type { VerbEntry, VerbForm } from './lexicon';
