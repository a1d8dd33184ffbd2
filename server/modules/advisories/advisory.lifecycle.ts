import { Lifecycle } from '../../core/lifecycle';
import { AdvisoryStatus as A, DeliveryStatus as D } from './advisory.enums';

export const advisoryLifecycle = new Lifecycle('Advisory', {
  publish: { from: [A.DRAFT], to: A.PUBLISHED },
  supersede: { from: [A.PUBLISHED], to: A.SUPERSEDED },
  withdraw: { from: [A.DRAFT, A.PUBLISHED], to: A.WITHDRAWN },
});

/** A recipient's progress only moves forward; repeating the current status is accepted and changes nothing. */
export const deliveryLifecycle = new Lifecycle('AdvisoryDelivery', {
  ACKNOWLEDGED: { from: [D.DELIVERED], to: D.ACKNOWLEDGED },
  PATCH_IN_PROGRESS: { from: [D.DELIVERED, D.ACKNOWLEDGED], to: D.PATCH_IN_PROGRESS },
  PATCHED: { from: [D.DELIVERED, D.ACKNOWLEDGED, D.PATCH_IN_PROGRESS], to: D.PATCHED },
  NOT_AFFECTED: { from: [D.DELIVERED, D.ACKNOWLEDGED, D.PATCH_IN_PROGRESS], to: D.NOT_AFFECTED },
  DELIVERED: { from: [], to: D.DELIVERED },
});
