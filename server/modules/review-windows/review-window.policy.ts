// Who sees review windows and findings (DESIGN.md section 3): SQL conditions the services add to every list, count,
// node load and aggregate, so visibility is applied inside SQL. Declared in the module's manifest (`policy`) and
// reached by every module through core/policy.ts's `policy`.
import { ALL, NONE, type Condition } from '../../core/policy';
import { isDeveloperMember, isGovernment, type Viewer } from '../../core/viewer';

export const reviewWindowsPolicy = {
  /** Review windows: the model's developer and the government. */
  reviewWindow(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) return ALL;
    if (!isDeveloperMember(viewer)) return NONE;
    return {
      sql: `EXISTS (SELECT 1 FROM frontier_model pwm WHERE pwm.id = ${alias}.model_id AND pwm.developer_id = :pv_win_org)`,
      params: { pv_win_org: viewer.organizationId },
    };
  },

  /**
   * Review findings by TLP: the developer (the targeted organization) sees its findings; AMBER findings reach
   * every government analyst, AMBER_STRICT ones only the filing agency.
   */
  reviewFinding(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) {
      return {
        sql: `(${alias}.marking <> 'AMBER_STRICT' OR ${alias}.filed_by_agency_id = :pv_find_org)`,
        params: { pv_find_org: viewer.organizationId },
      };
    }
    if (!isDeveloperMember(viewer)) return NONE;
    return {
      sql: `EXISTS (SELECT 1 FROM review_window pfw JOIN frontier_model pfm ON pfm.id = pfw.model_id WHERE pfw.id = ${alias}.window_id AND pfm.developer_id = :pv_find_dev)`,
      params: { pv_find_dev: viewer.organizationId },
    };
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    reviewWindow: (typeof reviewWindowsPolicy)['reviewWindow'];
    reviewFinding: (typeof reviewWindowsPolicy)['reviewFinding'];
  }
}
