// Who sees timeline events (DESIGN.md section 3): SQL conditions the services add to every list, count, node load and
// aggregate, so visibility is applied inside SQL. Declared in the module's manifest (`policy`) and reached by every
// module through core/policy.ts's `policy`.
import { ALL, type Condition } from '../../core/policy';
import { isGovernment, type Viewer } from '../../core/viewer';

export const timelinePolicy = {
  /** Timeline events follow their subject; government-only steps stay with the government. */
  timelineEvent(viewer: Viewer, alias: string): Condition {
    return isGovernment(viewer) ? ALL : { sql: `${alias}.government_only = FALSE`, params: {} };
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    timelineEvent: (typeof timelinePolicy)['timelineEvent'];
  }
}
