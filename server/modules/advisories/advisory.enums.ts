import { registerEnumType } from 'type-graphql';

export enum AdvisoryStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  SUPERSEDED = 'SUPERSEDED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(AdvisoryStatus, {
  name: 'AdvisoryStatus',
  description: 'Where an advisory stands.',
  valuesConfig: {
    DRAFT: { description: 'Being written; reaches nobody.' },
    PUBLISHED: { description: 'Delivered to its audience.' },
    SUPERSEDED: { description: 'Replaced by a newer advisory.' },
    WITHDRAWN: { description: 'Withdrawn.' },
  },
});

/** Published, or published and since replaced: an advisory that reached its audience. */
export const PUBLISHED_ADVISORY_STATUSES = [AdvisoryStatus.PUBLISHED, AdvisoryStatus.SUPERSEDED] as const;

export enum AdvisoryPriority {
  ROUTINE = 'ROUTINE',
  PRIORITY = 'PRIORITY',
  URGENT = 'URGENT',
}
registerEnumType(AdvisoryPriority, {
  name: 'AdvisoryPriority',
  description: 'How fast recipients should act.',
  valuesConfig: {
    ROUTINE: { description: 'Routine.' },
    PRIORITY: { description: 'Priority.' },
    URGENT: { description: 'Urgent.' },
  },
});

export enum DeliveryStatus {
  DELIVERED = 'DELIVERED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  NOT_AFFECTED = 'NOT_AFFECTED',
  PATCH_IN_PROGRESS = 'PATCH_IN_PROGRESS',
  PATCHED = 'PATCHED',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: "A recipient's progress on an advisory.",
  valuesConfig: {
    DELIVERED: { description: 'Delivered, not yet acknowledged.' },
    ACKNOWLEDGED: { description: 'Acknowledged.' },
    NOT_AFFECTED: { description: 'The recipient is not affected.' },
    PATCH_IN_PROGRESS: { description: 'Patching under way.' },
    PATCHED: { description: 'Patched.' },
  },
});

/** Acknowledged in any way: acknowledged, patching, patched or not affected. */
export const ACKNOWLEDGED_DELIVERY_STATUSES = [
  DeliveryStatus.ACKNOWLEDGED,
  DeliveryStatus.PATCH_IN_PROGRESS,
  DeliveryStatus.PATCHED,
  DeliveryStatus.NOT_AFFECTED,
] as const;

/** Still owing a patch (or an acknowledgement first). */
export const UNPATCHED_DELIVERY_STATUSES = [
  DeliveryStatus.DELIVERED,
  DeliveryStatus.ACKNOWLEDGED,
  DeliveryStatus.PATCH_IN_PROGRESS,
] as const;

/** Done: patched, or not affected. */
export const CLOSED_DELIVERY_STATUSES = [DeliveryStatus.PATCHED, DeliveryStatus.NOT_AFFECTED] as const;

export enum CoverageGroupBy {
  SECTOR = 'SECTOR',
  STATE = 'STATE',
  RECIPIENT_TYPE = 'RECIPIENT_TYPE',
}
registerEnumType(CoverageGroupBy, {
  name: 'CoverageGroupBy',
  description: 'How to group patch coverage.',
  valuesConfig: {
    SECTOR: { description: 'By CISA sector.' },
    STATE: { description: 'By state.' },
    RECIPIENT_TYPE: { description: 'By operator type.' },
  },
});
