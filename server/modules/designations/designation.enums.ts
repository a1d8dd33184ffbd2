import { registerEnumType } from 'type-graphql';

export enum DesignationStatus {
  OPEN = 'OPEN',
  BENCHMARKING = 'BENCHMARKING',
  PROPOSED_COVERED = 'PROPOSED_COVERED',
  PROPOSED_NOT_COVERED = 'PROPOSED_NOT_COVERED',
  COVERED = 'COVERED',
  NOT_COVERED = 'NOT_COVERED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(DesignationStatus, {
  name: 'DesignationStatus',
  description: 'Where a designation case stands.',
  valuesConfig: {
    OPEN: { description: 'Opened; nothing assessed yet.' },
    BENCHMARKING: { description: 'The classification benchmarks are being run.' },
    PROPOSED_COVERED: { description: 'The designation authority proposes to designate the model covered.' },
    PROPOSED_NOT_COVERED: { description: 'The designation authority proposes to find the model not covered.' },
    COVERED: { description: 'Decided: a covered frontier model.' },
    NOT_COVERED: { description: 'Decided: not a covered frontier model.' },
    WITHDRAWN: { description: 'Closed without a decision.' },
  },
});

export const OPEN_STATUSES = [
  DesignationStatus.OPEN,
  DesignationStatus.BENCHMARKING,
  DesignationStatus.PROPOSED_COVERED,
  DesignationStatus.PROPOSED_NOT_COVERED,
] as const;
/** Decided: the case made the model covered, or not. */
export const DECIDED_STATUSES = [DesignationStatus.COVERED, DesignationStatus.NOT_COVERED] as const;
export const PROPOSED_STATUSES = [DesignationStatus.PROPOSED_COVERED, DesignationStatus.PROPOSED_NOT_COVERED] as const;

export enum DesignationBasis {
  BENCHMARK_SCREENING = 'BENCHMARK_SCREENING',
  DEVELOPER_REQUEST = 'DEVELOPER_REQUEST',
  AGENCY_INITIATIVE = 'AGENCY_INITIATIVE',
}
registerEnumType(DesignationBasis, {
  name: 'DesignationBasis',
  description: 'Why a designation case was opened.',
  valuesConfig: {
    BENCHMARK_SCREENING: { description: 'Routine benchmark screening by the classification process.' },
    DEVELOPER_REQUEST: { description: 'The developer asked whether a designation applies.' },
    AGENCY_INITIATIVE: { description: 'An agency opened it on its own initiative.' },
  },
});

export enum ResponsePosition {
  AGREE = 'AGREE',
  CONTEST = 'CONTEST',
}
registerEnumType(ResponsePosition, {
  name: 'ResponsePosition',
  description: "The developer's position on a proposal.",
  valuesConfig: {
    AGREE: { description: 'Agrees with the proposal.' },
    CONTEST: { description: 'Contests the proposal, with arguments.' },
  },
});

export enum DesignationDecision {
  COVERED = 'COVERED',
  NOT_COVERED = 'NOT_COVERED',
}
registerEnumType(DesignationDecision, {
  name: 'DesignationDecision',
  description: 'The final determination of a case.',
  valuesConfig: {
    COVERED: { description: 'A covered frontier model.' },
    NOT_COVERED: { description: 'Not a covered frontier model.' },
  },
});
