// Who sees the audit trail (DESIGN.md section 3): SQL conditions the services add to every list, count, node load and
// aggregate, so visibility is applied inside SQL. Declared in the module's manifest (`policy`) and reached by every
// module through core/policy.ts's `policy`.
import { ALL, NONE, type Condition } from '../../core/policy';
import { isGovernment, isPlatformAdmin, type Viewer } from '../../core/viewer';

export const auditPolicy = {
  /** The audit trail is for the government's analysts and platform admins. */
  auditEvent(viewer: Viewer): Condition {
    return isGovernment(viewer) || isPlatformAdmin(viewer) ? ALL : NONE;
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    auditEvent: (typeof auditPolicy)['auditEvent'];
  }
}
