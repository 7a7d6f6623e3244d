/**
 * `tsx scripts/probe-verb-loss.ts "TEXT"`: for each reporting-verb form in TEXT, where the engine
 * loses it (position, frame, sense) or that it is found, the way `audit-cues.ts` asks it of a
 * missed gold cue. For writing a rule against one invented sentence.
 */
import { buildContext } from '../src/engine/context';
import { frameRefusal } from '../src/engine/cues/verb-frames';
import { verbGroup } from '../src/engine/cues/verb-group';
import { positionRefusal } from '../src/engine/cues/verb-position';
import { senseRefusal } from '../src/engine/cues/verb-senses';
import { F, reportingVerb } from '../src/engine/lexicon';

const ctx = buildContext(process.argv[2] ?? '');
for (const s of ctx.sentences) {
  for (let i = s.first; i < s.last; i++) {
    const t = ctx.tokens[i]!;
    if ((t.f & F.REPORT) === 0) continue;
    const entry = reportingVerb(t);
    if (!entry) continue;
    const pos = positionRefusal(ctx, s, i, entry);
    let why = pos ? `position:${pos}` : '';
    if (!why) {
      const v = verbGroup(ctx, s, i, entry, 1);
      const frame = frameRefusal(ctx, s, v);
      const sense = frame ? null : senseRefusal(ctx, s, v);
      why = frame ? `frame:${frame}` : sense ? `sense:${sense}` : 'kept';
    }
    console.log(`${t.lower}\t${why}`);
  }
}
