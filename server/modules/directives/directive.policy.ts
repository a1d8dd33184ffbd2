// Who sees directives and compliance reports (DESIGN.md section 3): SQL conditions the services add to every list,
// count, node load and aggregate, so visibility is applied inside SQL. Declared in the module's manifest (`policy`) and
// reached by every module through core/policy.ts's `policy`.
import { ALL, NONE, type Condition } from '../../core/policy';
import { isGovernment, type Viewer } from '../../core/viewer';
import { DirectiveStatus } from './directive.enums';

export const directivesPolicy = {
  /** Directives are public once issued; drafts stay with the government. */
  directive(viewer: Viewer, alias: string): Condition {
    return isGovernment(viewer) ? ALL : { sql: `${alias}.status <> '${DirectiveStatus.DRAFT}'`, params: {} };
  },

  /** Compliance reports: the reporting agency's own people, and the government's analysts. */
  complianceReport(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) return ALL;
    if (!viewer.authenticated || !viewer.organizationId) return NONE;
    return { sql: `${alias}.agency_id = :pv_comp_org`, params: { pv_comp_org: viewer.organizationId } };
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    directive: (typeof directivesPolicy)['directive'];
    complianceReport: (typeof directivesPolicy)['complianceReport'];
  }
}
