// A scan claim holds until its holder releases it.
import { Lifecycle } from '../../core/lifecycle';
import { ScanClaim, ScanClaimStatus as S } from './scan-claim.entity';

export const scanClaimLifecycle = new Lifecycle(
  'ScanClaim',
  { release: { from: [S.ACTIVE], to: S.RELEASED } },
  { entity: () => ScanClaim, states: S, initial: [S.ACTIVE] },
);
