// Who sees API keys (DESIGN.md section 3): SQL conditions the services add to every list, count, node load and
// aggregate, so visibility is applied inside SQL. Declared in the module's manifest (`policy`) and reached by every
// module through core/policy.ts's `policy`.
import { Role } from '../../core/identity';
import { ALL, NONE, type Condition } from '../../core/policy';
import { hasRole, isPlatformAdmin, type Viewer } from '../../core/viewer';

export const apiKeysPolicy = {
  /** API keys: platform admins, and the organization's own admins. Nobody else knows they exist. */
  apiKey(viewer: Viewer, alias: string): Condition {
    if (isPlatformAdmin(viewer)) return ALL;
    if (!viewer.authenticated || !viewer.organizationId || !hasRole(viewer, Role.ORG_ADMIN)) return NONE;
    return { sql: `${alias}.organization_id = :pv_key_org`, params: { pv_key_org: viewer.organizationId } };
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    apiKey: (typeof apiKeysPolicy)['apiKey'];
  }
}
