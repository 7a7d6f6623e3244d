/**
 * Set-up of the unit tests (vitest.config.ts): every phrase the unnamed detector's gate refuses is
 * also run through `reason`, which must refuse it too (src/engine/unnamed/gate.ts).
 */
import { gateCheck } from './unnamed/gate';

gateCheck.on = true;
