// Who sees defense tools and grants (DESIGN.md section 3): SQL conditions the services add to every list, count, node
// load and aggregate, so visibility is applied inside SQL. Declared in the module's manifest (`policy`) and reached by
// every module through core/policy.ts's `policy`.
import { ALL, NONE, type Condition } from '../../core/policy';
import { isDeveloperMember, isGovernment, isRecipientMember, type Viewer } from '../../core/viewer';

export const defenseToolsPolicy = {
  /** Defense tools: the government all, a developer its own, a recipient those it is eligible for. */
  defenseTool(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) return ALL;
    if (isDeveloperMember(viewer))
      return { sql: `${alias}.developer_id = :pv_tool_dev`, params: { pv_tool_dev: viewer.organizationId } };
    if (isRecipientMember(viewer)) {
      return {
        sql: `EXISTS (SELECT 1 FROM organization ptr WHERE ptr.id = :pv_tool_rec
          AND (jsonb_array_length(${alias}.eligibility->'recipientTypes') = 0 OR ${alias}.eligibility->'recipientTypes' ? ptr.recipient_type)
          AND (jsonb_array_length(${alias}.eligibility->'sectors') = 0 OR ${alias}.eligibility->'sectors' ? ptr.sector)
          AND (jsonb_array_length(${alias}.eligibility->'sizeTiers') = 0 OR ${alias}.eligibility->'sizeTiers' ? ptr.size_tier))`,
        params: { pv_tool_rec: viewer.organizationId },
      };
    }
    return NONE;
  },

  /** Tool grants: the recipient's own, the tool developer's, and all for the government. */
  toolGrant(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) return ALL;
    if (isRecipientMember(viewer))
      return { sql: `${alias}.recipient_id = :pv_grant_org`, params: { pv_grant_org: viewer.organizationId } };
    if (isDeveloperMember(viewer))
      return {
        sql: `EXISTS (SELECT 1 FROM defense_tool pgt WHERE pgt.id = ${alias}.tool_id AND pgt.developer_id = :pv_grant_org)`,
        params: { pv_grant_org: viewer.organizationId },
      };
    return NONE;
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    defenseTool: (typeof defenseToolsPolicy)['defenseTool'];
    toolGrant: (typeof defenseToolsPolicy)['toolGrant'];
  }
}
