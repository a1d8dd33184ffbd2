// Who sees frontier models (DESIGN.md section 3): SQL conditions the services add to every list, count, node load and
// aggregate, so visibility is applied inside SQL. Declared in the module's manifest (`policy`) and reached by every
// module through core/policy.ts's `policy`.
import { ALL, NONE, type Condition } from '../../core/policy';
import { isGovernment, type Viewer } from '../../core/viewer';

export const modelsPolicy = {
  /**
   * Frontier models: the government sees all; a developer sees all of its own; anyone signed in sees models
   * once released. One developer never sees another's unreleased models; the public sees none.
   */
  frontierModel(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) return ALL;
    if (!viewer.authenticated) return NONE;
    return {
      sql: `(${alias}.developer_id = :pv_model_org OR ${alias}.released_at IS NOT NULL)`,
      params: { pv_model_org: viewer.organizationId ?? null },
    };
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    frontierModel: (typeof modelsPolicy)['frontierModel'];
  }
}
