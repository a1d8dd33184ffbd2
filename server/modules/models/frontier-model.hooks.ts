// What the models module lets others act on, in the same transaction (core/hooks.ts).
import { HookPoint } from '../../core/hooks';

/** A model's release was recorded (it always succeeds; whatever reacts must not refuse it). */
export const modelReleased = new HookPoint<{ modelId: string }>('modelReleased');

/** A model's planned release date moved. */
export const plannedReleaseMoved = new HookPoint<{ modelId: string; plannedReleaseAt: Date }>('plannedReleaseMoved');
