import { Lifecycle } from '../../core/lifecycle';
import { EntryStatus as S } from './entry.enums';
import { ClearinghouseEntry } from './entry.entity';

const ACTIVE = [S.REPORTED, S.TRIAGED, S.VALIDATED, S.COORDINATING, S.PATCH_AVAILABLE] as const;

/** The clearinghouse entry lifecycle. REJECTED and DUPLICATE come from triage; WITHDRAWN from any open state. */
export const entryLifecycle = new Lifecycle(
  'ClearinghouseEntry',
  {
    triage: { from: [S.REPORTED], to: S.TRIAGED },
    validate: { from: [S.TRIAGED], to: S.VALIDATED },
    reject: { from: [S.TRIAGED], to: S.REJECTED },
    markDuplicate: { from: [S.TRIAGED], to: S.DUPLICATE },
    coordinate: { from: [S.VALIDATED], to: S.COORDINATING },
    patchAvailable: { from: [S.VALIDATED, S.COORDINATING], to: S.PATCH_AVAILABLE },
    resolve: { from: [S.PATCH_AVAILABLE], to: S.RESOLVED },
    withdraw: { from: [...ACTIVE, S.RESOLVED], to: S.WITHDRAWN },
    edit: { from: ACTIVE, to: null },
    addRemediation: { from: [S.VALIDATED, S.COORDINATING, S.PATCH_AVAILABLE, S.RESOLVED], to: null },
    markKnownExploited: { from: [S.TRIAGED, S.VALIDATED, S.COORDINATING, S.PATCH_AVAILABLE], to: null },
  },
  { entity: () => ClearinghouseEntry, states: S, initial: [S.REPORTED] },
);

export type EntryAction = keyof typeof entryLifecycle.transitions;
