/**
 * Turns a validator's error ("file.notes[11].target.selectors[0].exact is
 * missing.") into the reader's words ("Note 12: the quote is missing."). The
 * validators stay one set, shared by messages and imports; only the wording
 * of an import error changes here.
 */

/** What each kind of record in a file is called, by its list's name. */
const RECORDS: Record<string, string> = {
  notes: 'Note',
  articles: 'Article',
  decisions: 'Correction',
  snapshots: 'Saved article text',
  sites: 'Site',
  items: 'Annotation',
};

/** What each list in a file is called (a plural), for a problem with the whole list. */
const LISTS: Record<string, string> = {
  notes: 'notes',
  articles: 'articles',
  decisions: 'corrections',
  snapshots: 'saved article texts',
  sites: 'sites',
  items: 'annotations',
};

/** What a field is called, by the last part of its path. */
const FIELDS: [RegExp, string][] = [
  [/\.target\.selectors\[\d+\]\.exact$/, 'the quote'],
  [/\.target\.selectors\[\d+\]\.prefix$/, 'the text before the quote'],
  [/\.target\.selectors\[\d+\]\.suffix$/, 'the text after the quote'],
  [/\.target\.selectors\[\d+\]\.(?:start|end)$/, 'the quote’s position'],
  [/\.target\.selectors\[\d+\](?:\.type)?$/, 'the passage'],
  [/\.target(?:\.selectors)?$/, 'the passage'],
  [/\.tags\[(\d+)\]$/, 'tag $1'],
  [/\.tags$/, 'the tags'],
  [/\.finding\.kind$/, 'the finding’s kind'],
  [/\.anchor\.kind$/, 'the kind of the corrected finding'],
  [/\.anchor\.quote$/, 'the corrected words'],
  [/\.anchor\.prefix$/, 'the text before the corrected words'],
  [/\.anchor\.suffix$/, 'the text after the corrected words'],
  [/\.anchor$/, 'the corrected finding'],
  [/\.finding\.why$/, 'the finding’s reason'],
  [/\.finding$/, 'the finding'],
  [/\.(?:articleFingerprint|fingerprint)$/, 'the article’s fingerprint'],
  [/\.body$/, 'the note’s text'],
  [/\.title$/, 'the title'],
  [/\.url$/, 'the article’s address'],
  [/\.id$/, 'the id'],
  [/\.createdAt$/, 'the time it was written'],
  [/\.updatedAt$/, 'the time it was last changed'],
  [/\.text$/, 'the saved text'],
  [/\.origin$/, 'the site’s address'],
  [/\.alwaysOn$/, 'the always-on setting'],
  [/\.site$/, 'the publication’s name'],
  [/\.byline$/, 'the byline'],
  [/\.published$/, 'the publication time'],
  [/\.key$/, 'the finding it corrects'],
  [/\.action$/, 'what was done'],
  [/\.kind$/, 'the new kind'],
];

/** What a part of the reader's settings is called, by its path under `settings`. */
const SETTINGS_FIELDS: [RegExp, string][] = [
  [/^\.phrases\.(\w+)\[(\d+)\]$/, 'phrase $2 for $1'],
  [/^\.phrases\.(\w+)$/, 'the phrases for $1'],
  [/^\.neverRun\[(\d+)\]$/, 'never-run site $1'],
  [/^\.neverRun$/, 'the never-run sites'],
  [/^\.kinds\.(\w+)$/, 'the switch for $1'],
  [/^\.scheme$/, 'the colour scheme'],
];

/** A problem with the settings a file carries, e.g. "The file’s settings: phrase 2 for hedge has no letters." */
function settingsProblem(rest: string, problem: string): string {
  if (rest === '') return `The file’s settings ${problem}.`;
  for (const [pattern, name] of SETTINGS_FIELDS) {
    const m = pattern.exec(rest);
    if (m === null) continue;
    // Positions count from 1 for the reader; kind names stay as they are.
    const words = name.replace(/\$(\d)/g, (_all, n: string) => {
      const part = m[Number(n)] ?? '';
      return /^\d+$/.test(part) ? String(Number(part) + 1) : part;
    });
    return `The file’s settings: ${words} ${problem}.`;
  }
  return `The file’s settings: “${rest.slice(1)}” ${problem}.`;
}

/** Problems, as validators state them, in plainer words. */
const PROBLEMS: [RegExp, string][] = [
  [/^must be a string$/, 'must be text'],
  [/^must be an ISO 8601 time$/, 'is not a valid time'],
  [/^must be an object$/, 'is not in the right form'],
  [/^must be a plain object$/, 'is not in the right form'],
  [/^does not match the anchor$/, 'does not match the corrected words'],
];

/**
 * The reader's version of one validator message. `root` is the path the
 * validator was given for the whole file (e.g. `file`).
 */
export function inReaderWords(message: string, root: string): string {
  const space = message.indexOf(' ');
  if (space < 0 || !message.startsWith(root)) return message;
  const path = message.slice(root.length, space);
  let problem = message.slice(space + 1).replace(/\.$/, '');
  for (const [pattern, words] of PROBLEMS) problem = problem.replace(pattern, words);

  if (path === '.settings' || path.startsWith('.settings.')) {
    return settingsProblem(path.slice('.settings'.length), problem);
  }
  const record = /^\.(\w+)\[(\d+)\]/.exec(path);
  if (record === null) {
    const list = /^\.(\w+)$/.exec(path);
    if (list && problem === 'is not expected')
      return `“${list[1]}” is not part of a Who Said file.`;
    if (list && problem === 'is not allowed') return `The key “${list[1]}” is not allowed.`;
    const name = list?.[1];
    if (name === undefined) return `The file ${problem}.`;
    const plural = LISTS[name];
    if (plural === undefined) return `The file’s “${name}” ${problem}.`;
    return `The file’s ${plural} ${problem.replace(/^is /, 'are ')}.`;
  }
  const [head, list = '', index = '0'] = record;
  const label = `${RECORDS[list] ?? list} ${Number(index) + 1}`;
  const rest = path.slice(head.length);
  if (rest === '') return `${label} ${problem}.`;
  const extra = /\.([^.[\]]+)$/.exec(rest);
  if (problem === 'is not expected' && extra) {
    return `${label}: “${extra[1]}” is not part of a Who Said file.`;
  }
  if (problem === 'is not allowed' && extra) {
    return `${label}: the key “${extra[1]}” is not allowed.`;
  }
  let words = `“${rest.slice(1)}”`;
  for (const [pattern, name] of FIELDS) {
    const m = pattern.exec(rest);
    if (m === null) continue;
    words = name.replace('$1', m[1] !== undefined ? String(Number(m[1]) + 1) : '');
    break;
  }
  return `${label}: ${words} ${problem}.`;
}
