// A milestone is open until its responsible agency completes it (derived from completedAt; whether an open one is
// upcoming, due soon or overdue comes from the clock).
import { Lifecycle } from '../../core/lifecycle';
import { Milestone } from './milestone.entity';

export enum MilestoneStage {
  OPEN = 'OPEN',
  COMPLETE = 'COMPLETE',
}

export const milestoneLifecycle = new Lifecycle(
  'Milestone',
  { complete: { from: [MilestoneStage.OPEN], to: MilestoneStage.COMPLETE } },
  {
    entity: () => Milestone,
    states: MilestoneStage,
    initial: [MilestoneStage.OPEN],
    stateOf: (m: Milestone) => (m.completedAt ? MilestoneStage.COMPLETE : MilestoneStage.OPEN),
  },
);
