// A developer's participation in the voluntary framework (INVITED, ENROLLED, WITHDRAWN), changed by platform
// administrators; enrolling records when.
import { Lifecycle } from '../../core/lifecycle';
import { Developer } from './developer.entity';
import { Participation as P } from './organization.enums';

export const participationLifecycle = new Lifecycle(
  'Developer',
  {
    enroll: { from: [P.INVITED, P.WITHDRAWN], to: P.ENROLLED },
    withdraw: { from: [P.INVITED, P.ENROLLED], to: P.WITHDRAWN },
    invite: { from: [P.ENROLLED, P.WITHDRAWN], to: P.INVITED },
  },
  { entity: () => Developer, states: P, initial: [P.INVITED, P.ENROLLED], stateOf: (d: Developer) => d.participation },
);

export const PARTICIPATION_ACTION = {
  [P.ENROLLED]: 'enroll',
  [P.WITHDRAWN]: 'withdraw',
  [P.INVITED]: 'invite',
} as const;
