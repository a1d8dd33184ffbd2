// Who sees the order's milestones (DESIGN.md section 3): SQL conditions the services add to every list, count, node
// load and aggregate, so visibility is applied inside SQL. Declared in the module's manifest (`policy`) and reached by
// every module through core/policy.ts's `policy`.
import { ALL, type Condition } from '../../core/policy';
import { type Viewer } from '../../core/viewer';

export const milestonesPolicy = {
  /** The order's milestones and their deadlines are public record. */
  milestone(_viewer: Viewer): Condition {
    return ALL;
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    milestone: (typeof milestonesPolicy)['milestone'];
  }
}
