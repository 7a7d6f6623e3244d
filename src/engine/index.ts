/**
 * Who Said's detection engine: pure TypeScript, strings in, findings out.
 * No DOM, no browser API, no storage: it runs the same in a content script,
 * a worker, Node and the CLI.
 */
export type { AnalyzeOptions, CueClass, Finding, FindingKind, Named, SourceSpan } from './types';
export { FINDING_KINDS } from './types';
export { analyze } from './analyze';
