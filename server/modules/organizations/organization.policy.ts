// Who sees organizations (agencies, developers, recipients) (DESIGN.md section 3): SQL conditions the services add to
// every list, count, node load and aggregate, so visibility is applied inside SQL. Declared in the module's manifest
// (`policy`) and reached by every module through core/policy.ts's `policy`.
import { OrganizationKind } from '../../core/identity';
import { ALL, type Condition } from '../../core/policy';
import { isGovernment, isPlatformAdmin, type Viewer } from '../../core/viewer';

export const organizationsPolicy = {
  /**
   * Organizations: developers are public (who participates); agencies to anyone signed in; recipients to the
   * government and to their own members.
   */
  organization(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer) || isPlatformAdmin(viewer)) return ALL;
    if (!viewer.authenticated) {
      return { sql: `${alias}.kind = :pv_dev_kind`, params: { pv_dev_kind: OrganizationKind.AI_DEVELOPER } };
    }
    return {
      sql: `(${alias}.kind IN (:...pv_org_kinds) OR ${alias}.id = :pv_org_id)`,
      params: {
        pv_org_kinds: [OrganizationKind.AI_DEVELOPER, OrganizationKind.GOVERNMENT_AGENCY],
        pv_org_id: viewer.organizationId,
      },
    };
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    organization: (typeof organizationsPolicy)['organization'];
  }
}
