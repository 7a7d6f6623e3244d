/**
 * Sends ContentMessages to a tab and checks the answer. The answer comes from
 * our content script, but that script shares the page's DOM, so its answer is
 * validated like any other input.
 */
import type { ContentMessages, ContentName, ContentRequest } from '../shared/messages';
import { err, ok, type Result } from '../shared/result';
import {
  validateContentNotes,
  validatePageLedger,
  validatePageStats,
  validatePageSummary,
  validateRevealResult,
  type Validator,
} from '../shared/validate';
import { errorText, type BackgroundBrowser } from './browser-api';
import { injectionError } from './restricted-pages';

type Answers = { [N in ContentName]: Validator<ContentMessages[N]['res']> };

const nothing = (value: unknown, path: string): Result<null> =>
  value === null ? ok(null) : err('invalid-message', `${path} must be null.`);

const ANSWERS: Answers = {
  'content.ping': (value, path) => {
    const v = value as { version?: unknown } | null;
    return typeof v === 'object' && v !== null && typeof v.version === 'number'
      ? ok({ version: v.version })
      : err('invalid-message', `${path} must hold a version.`);
  },
  'content.analyze': validatePageSummary,
  'content.summary': (value, path) =>
    value === null ? ok(null) : validatePageSummary(value, path),
  'content.clear': nothing,
  'content.notes': validateContentNotes,
  'content.showNote': nothing,
  'content.syncNotes': nothing,
  'content.notePassage': (value, path) => {
    const v = value as { opened?: unknown } | null;
    return typeof v === 'object' && v !== null && typeof v.opened === 'boolean'
      ? ok({ opened: v.opened })
      : err('invalid-message', `${path} must say whether the editor opened.`);
  },
  'content.ledger': (value, path) => (value === null ? ok(null) : validatePageLedger(value, path)),
  'content.reveal': validateRevealResult,
  'content.refresh': (value, path) =>
    value === null ? ok(null) : validatePageSummary(value, path),
  'content.stats': (value, path) => (value === null ? ok(null) : validatePageStats(value, path)),
};

/** Checks an answer shaped `{ok: true, value}` or `{ok: false, error: {code, message}}`. */
function readAnswer<N extends ContentName>(
  name: N,
  answer: unknown,
): Result<ContentMessages[N]['res']> {
  if (typeof answer !== 'object' || answer === null) {
    return err(
      'no-content-script',
      'Who Said couldn’t start on this page. Reload it and try again.',
    );
  }
  const a = answer as {
    ok?: unknown;
    value?: unknown;
    error?: { code?: unknown; message?: unknown };
  };
  if (a.ok === true) {
    const checked = (ANSWERS[name] as Validator<ContentMessages[N]['res']>)(a.value, 'answer');
    return checked.ok ? checked : err('bad-answer', 'The page sent back something unexpected.');
  }
  const code = a.error?.code;
  const message = a.error?.message;
  if (typeof code === 'string' && typeof message === 'string') {
    return err(code.slice(0, 64), message.slice(0, 500));
  }
  return err('bad-answer', 'The page sent back something unexpected.');
}

/** Requests whose payload is empty. */
type Bare = {
  [N in ContentName]: ContentMessages[N]['req'] extends Record<string, never> ? N : never;
}[ContentName];

/** Sends one request to the content script of a tab; browser errors become readable Results. */
export async function sendToContent<N extends ContentName>(
  browser: Pick<BackgroundBrowser, 'tabs'>,
  tabId: number,
  name: N,
  ...payload: N extends Bare ? [] : [ContentMessages[N]['req']]
): Promise<Result<ContentMessages[N]['res']>> {
  const request = { ws: 1, type: name, payload: payload[0] ?? {} } as ContentRequest<N>;
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, request);
  } catch (error) {
    return injectionError(errorText(error));
  }
  return readAnswer(name, answer);
}
