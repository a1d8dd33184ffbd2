// Who sees people (DESIGN.md section 3): SQL conditions the services add to every list, count, node load and aggregate,
// so visibility is applied inside SQL. Declared in the module's manifest (`policy`) and reached by every module through
// core/policy.ts's `policy`.
import { ALL, NONE, type Condition } from '../../core/policy';
import { isGovernment, isPlatformAdmin, type Viewer } from '../../core/viewer';

export const usersPolicy = {
  /** Users: the government and platform admins see everyone; members see their own organization's people. */
  user(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer) || isPlatformAdmin(viewer)) return ALL;
    if (!viewer.authenticated || !viewer.organizationId) return NONE;
    return { sql: `${alias}.organization_id = :pv_user_org`, params: { pv_user_org: viewer.organizationId } };
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    user: (typeof usersPolicy)['user'];
  }
}
