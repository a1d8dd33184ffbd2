// What the organizations module lets others act on, in the same transaction (core/hooks.ts).
import { HookPoint } from '../../core/hooks';

/** An agency was created, or its name or capabilities changed. */
export const agencyChanged = new HookPoint<{ agencyId: string }>('agencyChanged');
