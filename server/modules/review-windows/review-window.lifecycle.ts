// The review window and finding lifecycles, in one place. Neither has a state that gates a release.
import { Lifecycle } from '../../core/lifecycle';
import { FindingStatus as F, ReviewWindowStatus as W } from './review-window.enums';
import { ReviewFinding } from './review-finding.entity';
import { ReviewWindow } from './review-window.entity';

export const reviewWindowLifecycle = new Lifecycle(
  'ReviewWindow',
  {
    agree: { from: [W.PROPOSED], to: W.AGREED },
    grantAccess: { from: [W.AGREED], to: W.ACCESS_GRANTED },
    cancel: { from: [W.PROPOSED, W.AGREED], to: W.CANCELLED },
    close: { from: [W.PROPOSED, W.AGREED, W.ACCESS_GRANTED], to: W.CLOSED },
    moveRelease: { from: [W.PROPOSED, W.AGREED, W.ACCESS_GRANTED], to: null },
  },
  { entity: () => ReviewWindow, states: W, initial: [W.PROPOSED] },
);

export const findingLifecycle = new Lifecycle(
  'ReviewFinding',
  {
    acknowledge: { from: [F.SHARED], to: F.ACKNOWLEDGED },
    mitigate: { from: [F.SHARED, F.ACKNOWLEDGED], to: F.MITIGATED },
    acceptRisk: { from: [F.SHARED, F.ACKNOWLEDGED], to: F.RISK_ACCEPTED },
  },
  { entity: () => ReviewFinding, states: F, initial: [F.SHARED] },
);
