// The designation case lifecycle, in one table.
import { Lifecycle } from '../../core/lifecycle';
import { DesignationStatus as S } from './designation.enums';
import { Designation } from './designation.entity';

type DesignationActionName =
  | 'recordBenchmarkResult'
  | 'proposeCovered'
  | 'proposeNotCovered'
  | 'notifyDeveloper'
  | 'respond'
  | 'decideCovered'
  | 'decideNotCovered'
  | 'withdraw';

const OPEN = [S.OPEN, S.BENCHMARKING, S.PROPOSED_COVERED, S.PROPOSED_NOT_COVERED] as const;
const PROPOSED = [S.PROPOSED_COVERED, S.PROPOSED_NOT_COVERED] as const;

export const designationLifecycle = new Lifecycle<S, DesignationActionName, Designation>(
  'Designation',
  {
    recordBenchmarkResult: { from: [S.OPEN, S.BENCHMARKING], to: S.BENCHMARKING },
    proposeCovered: { from: [S.BENCHMARKING], to: S.PROPOSED_COVERED },
    proposeNotCovered: { from: [S.BENCHMARKING], to: S.PROPOSED_NOT_COVERED },
    notifyDeveloper: { from: OPEN, to: null },
    respond: { from: PROPOSED, to: null },
    decideCovered: { from: PROPOSED, to: S.COVERED },
    decideNotCovered: { from: PROPOSED, to: S.NOT_COVERED },
    withdraw: { from: OPEN, to: S.WITHDRAWN },
  },
  { entity: () => Designation, states: S, initial: [S.OPEN] },
);

export type DesignationAction = keyof typeof designationLifecycle.transitions;
