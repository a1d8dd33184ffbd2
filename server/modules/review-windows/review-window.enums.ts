import { registerEnumType } from 'type-graphql';

export enum ReviewWindowStatus {
  PROPOSED = 'PROPOSED',
  AGREED = 'AGREED',
  ACCESS_GRANTED = 'ACCESS_GRANTED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ReviewWindowStatus, {
  name: 'ReviewWindowStatus',
  description: 'Where a voluntary pre-release review window stands.',
  valuesConfig: {
    PROPOSED: { description: 'The developer proposed the window.' },
    AGREED: { description: 'The government agreed to the terms.' },
    ACCESS_GRANTED: { description: 'The developer granted access to the reviewing agencies.' },
    CLOSED: { description: 'Closed, see closedReason.' },
    CANCELLED: { description: 'Called off before access was granted.' },
  },
});

export const OPEN_WINDOW_STATUSES = [
  ReviewWindowStatus.PROPOSED,
  ReviewWindowStatus.AGREED,
  ReviewWindowStatus.ACCESS_GRANTED,
] as const;

export enum ClosedReason {
  RELEASED = 'RELEASED',
  DEVELOPER_WITHDREW = 'DEVELOPER_WITHDREW',
  RELEASE_CANCELLED = 'RELEASE_CANCELLED',
}
registerEnumType(ClosedReason, {
  name: 'ClosedReason',
  description: 'Why a review window closed.',
  valuesConfig: {
    RELEASED: { description: 'The model was released.' },
    DEVELOPER_WITHDREW: { description: 'The developer withdrew from the voluntary review.' },
    RELEASE_CANCELLED: { description: 'The developer cancelled the release.' },
  },
});

export enum FindingStatus {
  SHARED = 'SHARED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  MITIGATED = 'MITIGATED',
  RISK_ACCEPTED = 'RISK_ACCEPTED',
}
registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  description: 'Where a review finding stands. Findings inform; they never gate a release.',
  valuesConfig: {
    SHARED: { description: 'Shared with the developer.' },
    ACKNOWLEDGED: { description: 'The developer acknowledged it.' },
    MITIGATED: { description: 'The developer mitigated it.' },
    RISK_ACCEPTED: { description: 'The developer accepted the risk.' },
  },
});

export enum FindingSeverity {
  CRITICAL = 'CRITICAL',
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: 'How serious a review finding is.',
  valuesConfig: {
    CRITICAL: { description: 'Critical.' },
    HIGH: { description: 'High.' },
    MEDIUM: { description: 'Medium.' },
    LOW: { description: 'Low.' },
  },
});
