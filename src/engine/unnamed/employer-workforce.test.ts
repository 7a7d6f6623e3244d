import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A workforce named by its employer's name before the head ("Halvard Motors workers") in its
// own labour action acts on its own account against the employer (decision 185), as "Workers at
// Halvard Motors" does; a headline's opening phrase is its subject, its verb bare or an
// infinitive (labour-actions.ts, reason.ts).
describe('an employer-named workforce in its own labour action acts', () => {
  test.each([
    ['Halvard Motors workers walked out on Monday over the new rosters.', 'Halvard Motors workers'],
    ['Tarrow Rail drivers have voted to strike over pay.', 'Tarrow Rail drivers'],
    // headlines: a bare verb, an infinitive, a vote
    ['Orlen Philharmonic players strike over pay, cancelling season opener', 'Orlen Philharmonic'],
    [
      'Aurel Air cabin crew to strike for 48 hours over rosters, union says',
      'Aurel Air cabin crew',
    ],
    ['Dockworkers at Port of Kessmouth vote to strike over automation plan', 'Dockworkers at'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // the employer's people doing its work, and a headline whose strike is another clause's
    ['Halvard Motors engineers designed the new gearbox.', 'engineers'],
    ['Tarrow Rail drivers will walk passengers to the replacement buses.', 'drivers'],
    ['Kestrel Air Touts Record Bookings as Pilots Weigh Strike', 'Kestrel'],
    // a strike they only speak of
    ['Halvard Motors analysts said a strike would cost the firm dearly.', 'analysts'],
    // the union's own members
    ['Members of the Tarrow Drivers Union are on strike.', 'Members'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
