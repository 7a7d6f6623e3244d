/**
 * The sourcing ledger: every source the article relies on, grouped by how it
 * is identified, each with its claims. A source's name shows its next claim in
 * the page (one click per claim, round and round); its claims can be listed
 * too. Highlights are invisible to screen readers: this list is the accessible
 * view of the attributions.
 */
import { useState } from 'preact/hooks';
import {
  LEDGER_GROUPS,
  type LedgerEntry,
  type LedgerGroup,
  type PageLedger,
} from '../../shared/ledger';

export const GROUP_WORDS: Record<LedgerGroup, { title: string; hint: string }> = {
  named: {
    title: 'Named',
    hint: 'People and bodies the article names, and the one institution of its kind a country has, which a common noun names (“the military”, “the government”); a body’s people are listed under it',
  },
  partial: {
    title: 'Partly named',
    hint: 'Identified by a named organisation, not by a person’s name: someone there (“a ministry official”) or the organisation as the story places it (“Harbour police”)',
  },
  unnamed: {
    title: 'Unnamed',
    hint: 'Sources the reader cannot identify. “Why anonymous” is asked of people the story chose not to name who make claims, not of a body speaking as itself (“the courts”), a public or a class in general (“residents”, “experts”), or someone who only declined to comment',
  },
  documents: { title: 'Documents', hint: 'Reports, statements, filings' },
  unsourced: {
    title: 'No source given',
    hint: 'Claims the sentence credits to no one, or to a “they” or “you” it ties to no one',
  },
};

const claims = (n: number): string => `${n.toLocaleString('en')} claim${n === 1 ? '' : 's'}`;
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** The share's tail for claims that name only the source's organisation ("a ministry official"). */
function partlyNamed(n: number): string {
  if (n === 0) return '';
  return `; ${n.toLocaleString('en')} more ${n === 1 ? 'names' : 'name'} only the source’s organisation`;
}

/** Which claim of which entry the page shows now. */
export interface Revealed {
  entry: string;
  claim: number;
  claims: number;
}

export interface LedgerProps {
  ledger: PageLedger;
  revealed: Revealed | null;
  /** Shows the entry's next claim in the page (or claim `claim` when given). */
  onReveal(entry: string, claim?: number): void;
}

/** The standards lines of an unnamed source or a document, as far as the engine reports them. */
function standardsLines(entry: LedgerEntry): [string, string][] {
  const s = entry.standards;
  if (
    !s ||
    (entry.group !== 'unnamed' && entry.group !== 'partial' && entry.group !== 'documents')
  ) {
    return [];
  }
  const lines: [string, string][] = [];
  if ('reason' in s) lines.push(['Why anonymous', s.reason ?? 'no reason given']);
  if ('basis' in s) lines.push(['How they know', s.basis ?? 'not said']);
  if ('specificity' in s && s.specificity) lines.push(['Described as', s.specificity]);
  if ('obtained' in s) lines.push(['How obtained', s.obtained ?? 'not said']);
  return lines;
}

/**
 * What a fact-checker asks of a source: for an unnamed one or a document, the standards lines;
 * for any, how claims reached the article when it did not hear them itself (`told Reuters`).
 */
function Standards({ entry }: { entry: LedgerEntry }) {
  const lines = standardsLines(entry);
  if (entry.via) lines.push(['Second-hand', entry.via.join('; ')]);
  if (lines.length === 0) return null;
  return (
    <dl class="standards">
      {lines.map(([label, value]) => (
        <div
          key={label}
          class={value.startsWith('no ') || value === 'not said' ? 'standards__missing' : ''}
        >
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What a row is called: the source, or for claims without one, their cue words. */
function rowName(entry: LedgerEntry): string {
  if (entry.group !== 'unsourced') return entry.name;
  // (a claim's cues in one sentence are joined by " · ")
  const cues = [...new Set(entry.claims.flatMap((c) => c.cue.toLowerCase().split(' · ')))];
  const shown = cues.slice(0, 5).map((c) => `“${c}”`);
  return shown.join(', ') + (cues.length > 5 ? ', …' : '');
}

function Entry({
  entry,
  people = [],
  under = false,
  revealed,
  onReveal,
}: {
  entry: LedgerEntry;
  /** The body's people listed under it (`LedgerEntry.body`). */
  people?: readonly LedgerEntry[];
  /** Listed under its body, outside its own group's section: the row says which group. */
  under?: boolean;
} & Omit<LedgerProps, 'ledger'>) {
  const [open, setOpen] = useState(false);
  const name = rowName(entry);
  const here = revealed?.entry === entry.id ? revealed : null;
  const key = entry.id.replace(/[^\w-]/g, '_');
  const listId = `claims-${key}`;
  const countId = `count-${key}`;
  return (
    <li class="source" data-testid="ledger-entry" data-group={entry.group}>
      <div class="source__row">
        <button
          type="button"
          class="source__name"
          data-testid="ledger-source"
          title="Show in the page (again for the next claim)"
          aria-describedby={`${countId} ${REVEAL_HINT}`}
          onClick={() => onReveal(entry.id)}
        >
          <span class="source__text">{name}</span>
          {under && (
            <span class="source__tag"> · {GROUP_WORDS[entry.group].title.toLowerCase()}</span>
          )}
          {/* ("his spokesman": whose, when that person backs no claim to list them under) */}
          {entry.speaksFor !== undefined && (
            <span class="source__tag"> · for {entry.speaksFor}</span>
          )}
          {entry.mentions.length > 0 && (
            <span class="source__mentions muted"> also “{entry.mentions.join('”, “')}”</span>
          )}
        </button>
        <span class="source__count" id={countId} data-testid="ledger-count">
          {here
            ? `${here.claim + 1} of ${here.claims}`
            : claims(entry.claimCount ?? entry.claims.length)}
        </span>
        <button
          type="button"
          class="source__toggle"
          aria-expanded={open}
          aria-controls={listId}
          aria-label={`${open ? 'Hide' : 'List'} the claims of ${name}`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
      </div>
      <Standards entry={entry} />
      {open && (
        <ol class="claims" id={listId}>
          {entry.claims.map((c, i) => (
            <li key={i}>
              <button type="button" class="claim" onClick={() => onReveal(entry.id, i)}>
                {c.snippet}
              </button>
            </li>
          ))}
        </ol>
      )}
      {people.length > 0 && (
        <div class="people">
          <p class="people__title muted" id={`people-${key}`}>
            Their people
          </p>
          <ul class="sources" aria-labelledby={`people-${key}`}>
            {people.map((p) => (
              <Entry key={p.id} entry={p} under revealed={revealed} onReveal={onReveal} />
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/**
 * The entries each body's people are listed under (`LedgerEntry.body`: `A Whole Foods
 * spokeswoman` under `Whole Foods`), when the body is in the list (a long page's cut ledger may
 * have left it out: its people are then listed in their own group).
 */
function peopleByBody(entries: readonly LedgerEntry[]): Map<string, LedgerEntry[]> {
  const ids = new Set(entries.map((e) => e.id));
  const out = new Map<string, LedgerEntry[]>();
  for (const e of entries) {
    if (e.body === undefined || !ids.has(e.body)) continue;
    const list = out.get(e.body);
    if (list) list.push(e);
    else out.set(e.body, [e]);
  }
  return out;
}

/** The id of a group's hint, which its heading shows and its section is described by. */
const hintIdOf = (group: LedgerGroup): string => `ledger-hint-${group}`;

/**
 * A group's heading, with what the group holds one click or key away: a "?" button shows the
 * hint under the heading (a tooltip alone reached neither the keyboard nor a touch screen), and
 * the section it heads is described by it for a screen reader.
 */
function GroupTitle({ group, count }: { group: LedgerGroup; count: string }) {
  const [open, setOpen] = useState(false);
  const words = GROUP_WORDS[group];
  const hintId = hintIdOf(group);
  return (
    <>
      <h3 class="ledger__title">
        <span class={`ledger__dot ledger__part--${group}`} aria-hidden="true" />
        {words.title}
        <button
          type="button"
          class="ledger__why"
          aria-expanded={open}
          aria-controls={hintId}
          aria-label={`What “${words.title}” means`}
          onClick={() => setOpen(!open)}
        >
          ?
        </button>
        <span class="muted">{count}</span>
      </h3>
      <p class="ledger__hint muted" id={hintId} hidden={!open} data-testid="ledger-hint">
        {words.hint}
      </p>
    </>
  );
}

/** The id of the words that say what a source's button does, for a screen reader. */
const REVEAL_HINT = 'ledger-reveal-hint';

/**
 * What a screen reader hears when a source's claim is shown in the page (the page is in another
 * window, and the row's count changes silently): whose claim, which of how many.
 */
export function revealedWords(ledger: PageLedger, revealed: Revealed | null): string {
  if (!revealed) return '';
  const entry = ledger.entries.find((e) => e.id === revealed.entry);
  if (!entry) return '';
  return `${rowName(entry)}: claim ${revealed.claim + 1} of ${revealed.claims}, shown in the page.`;
}

export function Ledger({ ledger, revealed, onReveal }: LedgerProps) {
  const { attributions, claims: byGroup } = ledger;
  if (attributions === 0) {
    return <p class="muted">No attributions on this page, so no sources to list.</p>;
  }
  // (claims, as the groups below count them; a document the story identifies, a report by a
  // named body, names its source too)
  const total = LEDGER_GROUPS.reduce((n, g) => n + byGroup[g], 0);
  const share = total === 0 ? 0 : (byGroup.named + (ledger.namedDocuments ?? 0)) / total;
  const people = peopleByBody(ledger.entries);
  const nested = new Set([...people.values()].flat().map((e) => e.id));
  return (
    <div class="ledger">
      <p class="visually-hidden" id={REVEAL_HINT}>
        Shows its claim in the page; again for the next one.
      </p>
      <p class="visually-hidden" role="status" data-testid="ledger-revealed">
        {revealedWords(ledger, revealed)}
      </p>
      <p class="ledger__share" data-testid="ledger-share">
        <strong>{percent.format(share)}</strong> of {claims(total)}{' '}
        {total === 1 ? 'names its' : 'name their'} source
        {partlyNamed(byGroup.partial)}.
        {ledger.questions !== undefined && (
          <span class="muted" data-testid="ledger-questions">
            {' '}
            {ledger.questions === 1
              ? "Not counted: a reporter's question, highlighted but no claim of its own."
              : `Not counted: ${ledger.questions} reporter's questions, highlighted but no claims of their own.`}
          </span>
        )}
      </p>
      <div class="ledger__bar" aria-hidden="true">
        {LEDGER_GROUPS.filter((g) => byGroup[g] > 0).map((g) => (
          <span
            key={g}
            class={`ledger__part ledger__part--${g}`}
            style={{ flexGrow: byGroup[g] }}
          />
        ))}
      </div>
      {LEDGER_GROUPS.map((group) => {
        const entries = ledger.entries.filter((e) => e.group === group && !nested.has(e.id));
        if (entries.length === 0) return null;
        // claims (a source's cues in one sentence), as each row counts them, its people's too
        const rows = entries.flatMap((e) => [e, ...(people.get(e.id) ?? [])]);
        const backed = rows.reduce((n, e) => n + (e.claimCount ?? e.claims.length), 0);
        return (
          <section
            key={group}
            class="ledger__group"
            aria-label={GROUP_WORDS[group].title}
            aria-describedby={hintIdOf(group)}
          >
            <GroupTitle
              group={group}
              count={
                group === 'unsourced'
                  ? claims(backed)
                  : `${entries.length} source${entries.length === 1 ? '' : 's'} · ${claims(backed)}`
              }
            />
            <ul class="sources">
              {entries.map((entry) => (
                <Entry
                  key={entry.id}
                  entry={entry}
                  people={people.get(entry.id)}
                  revealed={revealed}
                  onReveal={onReveal}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {ledger.omitted && (
        <p class="muted" data-testid="ledger-omitted">
          {ledger.omitted.sources.toLocaleString('en')} more sources, backing{' '}
          {claims(ledger.omitted.claims)} between them, are not listed: on a page this long the list
          keeps the sources with most claims.
        </p>
      )}
    </div>
  );
}
