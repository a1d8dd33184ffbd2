// A user is active until deactivated (and may be reactivated); the state is the `active` flag.
import { Lifecycle } from '../../core/lifecycle';
import { User } from './user.entity';

export enum UserState {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}

export const userLifecycle = new Lifecycle(
  'User',
  {
    deactivate: { from: [UserState.ACTIVE], to: UserState.INACTIVE },
    reactivate: { from: [UserState.INACTIVE], to: UserState.ACTIVE },
  },
  {
    entity: () => User,
    states: UserState,
    initial: [UserState.ACTIVE],
    stateOf: (u: User) => (u.active ? UserState.ACTIVE : UserState.INACTIVE),
  },
);
