// The one place that decides who sees what (DESIGN.md section 3). Each rule returns a SQL condition for a
// table alias; services add it to list queries, counts, node loads and aggregates, so visibility is applied
// inside SQL and never by filtering rows in JavaScript.
import { OrganizationKind, Role } from './identity';
import { hasRole, isDeveloperMember, isGovernment, isPlatformAdmin, isRecipientMember, type Viewer } from './viewer';

export interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

const ALL: Condition = { sql: 'TRUE', params: {} };
const NONE: Condition = { sql: 'FALSE', params: {} };

export const policy = {
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

  /** Users: the government and platform admins see everyone; members see their own organization's people. */
  user(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer) || isPlatformAdmin(viewer)) return ALL;
    if (!viewer.authenticated || !viewer.organizationId) return NONE;
    return { sql: `${alias}.organization_id = :pv_user_org`, params: { pv_user_org: viewer.organizationId } };
  },

  /** API keys: platform admins, and the organization's own admins. Nobody else knows they exist. */
  apiKey(viewer: Viewer, alias: string): Condition {
    if (isPlatformAdmin(viewer)) return ALL;
    if (!viewer.authenticated || !viewer.organizationId || !hasRole(viewer, Role.ORG_ADMIN)) return NONE;
    return { sql: `${alias}.organization_id = :pv_key_org`, params: { pv_key_org: viewer.organizationId } };
  },

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

  /**
   * Designation cases: the government sees all; a developer sees the cases on its own models once it has been
   * notified, or that it opened itself. Assessments the government keeps confidential stay invisible.
   */
  designation(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) return ALL;
    if (!isDeveloperMember(viewer)) return NONE;
    return {
      sql: `(EXISTS (SELECT 1 FROM frontier_model pdm WHERE pdm.id = ${alias}.model_id AND pdm.developer_id = :pv_des_org) AND (${alias}.developer_notified_at IS NOT NULL OR ${alias}.basis = 'DEVELOPER_REQUEST'))`,
      params: { pv_des_org: viewer.organizationId },
    };
  },

  /**
   * A model's coverage as the viewer may know it, as a SQL expression over model `modelAlias`: the latest decided
   * case the viewer may see wins; otherwise an open one means UNDER_ASSESSMENT; otherwise UNDETERMINED. A developer
   * never learns of an assessment the government kept confidential, not even through its model's coverage.
   */
  coverage(viewer: Viewer, modelAlias: string): Condition {
    const decided = policy.designation(viewer, 'cdd');
    const open = policy.designation(viewer, 'cdo');
    return {
      sql: `COALESCE(
        (SELECT cdd.status FROM designation cdd WHERE cdd.model_id = ${modelAlias}.id AND cdd.status IN ('COVERED', 'NOT_COVERED') AND ${decided.sql}
          ORDER BY cdd.decided_at DESC, cdd.id DESC LIMIT 1),
        CASE WHEN EXISTS (SELECT 1 FROM designation cdo WHERE cdo.model_id = ${modelAlias}.id
          AND cdo.status IN ('OPEN', 'BENCHMARKING', 'PROPOSED_COVERED', 'PROPOSED_NOT_COVERED') AND ${open.sql})
          THEN 'UNDER_ASSESSMENT' ELSE 'UNDETERMINED' END)`,
      params: { ...decided.params, ...open.params },
    };
  },

  /** A designation response follows its case: whoever sees the case sees its responses. */
  designationResponse(viewer: Viewer, alias: string): Condition {
    const c = policy.designation(viewer, 'pdr');
    return {
      sql: `EXISTS (SELECT 1 FROM designation pdr WHERE pdr.id = ${alias}.designation_id AND ${c.sql})`,
      params: c.params,
    };
  },

  /** Benchmark results and classified references are government-only. */
  benchmarkResult(viewer: Viewer): Condition {
    return isGovernment(viewer) ? ALL : NONE;
  },

  /** Timeline events follow their subject; government-only steps stay with the government. */
  timelineEvent(viewer: Viewer, alias: string): Condition {
    return isGovernment(viewer) ? ALL : { sql: `${alias}.government_only = FALSE`, params: {} };
  },

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

  /**
   * Clearinghouse entries by TLP. Published means validated onwards and out of embargo. CLEAR reaches the
   * public, GREEN anyone signed in; AMBER and AMBER+STRICT stay with the reporting organization, the affected
   * parties it names, the government and the recipients of advisories carrying them (never before the embargo
   * ends, on any path: lists, counts, search, exports, subscriptions); RED with named users only.
   */
  entry(viewer: Viewer, alias: string, now: Date): Condition {
    const uid = viewer.userId ?? null;
    const named = `(${alias}.reported_by_user_id = :pv_entry_uid OR :pv_entry_uid = ANY(${alias}.red_user_ids))`;
    if (isGovernment(viewer)) {
      return { sql: `(${alias}.marking <> 'RED' OR ${named})`, params: { pv_entry_uid: uid } };
    }
    const published = `(${alias}.status IN ('VALIDATED', 'COORDINATING', 'PATCH_AVAILABLE', 'RESOLVED') AND (${alias}.embargo_until IS NULL OR ${alias}.embargo_until <= :pv_entry_now))`;
    if (!viewer.authenticated) {
      return { sql: `(${alias}.marking = 'CLEAR' AND ${published})`, params: { pv_entry_now: now } };
    }
    // A recipient is a targeted organization for the entries of every advisory delivered to it.
    return {
      sql: `((${alias}.marking IN ('CLEAR', 'GREEN') AND ${published})
        OR (${alias}.marking <> 'RED' AND (${alias}.reported_by_id = :pv_entry_org OR :pv_entry_org = ANY(${alias}.affected_party_ids)))
        OR (${alias}.marking = 'RED' AND ${named})
        OR (${alias}.marking <> 'RED' AND (${alias}.embargo_until IS NULL OR ${alias}.embargo_until <= :pv_entry_now)
              AND EXISTS (SELECT 1 FROM advisory_delivery ped JOIN advisory pea ON pea.id = ped.advisory_id
              WHERE ped.recipient_id = :pv_entry_org AND pea.status IN ('PUBLISHED', 'SUPERSEDED') AND ${alias}.id = ANY(pea.entry_ids))))`,
      params: { pv_entry_now: now, pv_entry_org: viewer.organizationId ?? null, pv_entry_uid: uid },
    };
  },

  /**
   * Advisories: the government sees all; published CLEAR ones reach the public, GREEN ones anyone signed in;
   * a recipient sees every advisory delivered to it, whatever its marking, also once withdrawn (its delivery
   * says so and why).
   */
  advisory(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) return ALL;
    const published = `${alias}.status IN ('PUBLISHED', 'SUPERSEDED')`;
    if (!viewer.authenticated) return { sql: `(${published} AND ${alias}.marking = 'CLEAR')`, params: {} };
    return {
      sql: `((${published} AND ${alias}.marking IN ('CLEAR', 'GREEN'))
        OR EXISTS (SELECT 1 FROM advisory_delivery pad WHERE pad.advisory_id = ${alias}.id AND pad.recipient_id = :pv_adv_org))`,
      params: { pv_adv_org: viewer.organizationId ?? null },
    };
  },

  /** Deliveries: the government, and the recipient itself. */
  delivery(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) return ALL;
    if (!isRecipientMember(viewer)) return NONE;
    return { sql: `${alias}.recipient_id = :pv_del_org`, params: { pv_del_org: viewer.organizationId } };
  },

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

  /** Directives are public once issued; drafts stay with the government. */
  directive(viewer: Viewer, alias: string): Condition {
    return isGovernment(viewer) ? ALL : { sql: `${alias}.status <> 'DRAFT'`, params: {} };
  },

  /** Compliance reports: the reporting agency's own people, and the government's analysts. */
  complianceReport(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) return ALL;
    if (!viewer.authenticated || !viewer.organizationId) return NONE;
    return { sql: `${alias}.agency_id = :pv_comp_org`, params: { pv_comp_org: viewer.organizationId } };
  },

  /** Scan claims: the claiming organization, the government, and whoever holds an overlapping active claim. */
  scanClaim(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) return ALL;
    if (!viewer.authenticated || !viewer.organizationId) return NONE;
    return {
      sql: `(${alias}.organization_id = :pv_claim_org OR EXISTS (SELECT 1 FROM scan_claim pvc WHERE pvc.organization_id = :pv_claim_org
        AND pvc.status = 'ACTIVE' AND ${alias}.status = 'ACTIVE' AND lower(pvc.vendor) = lower(${alias}.vendor) AND lower(pvc.product) = lower(${alias}.product)
        AND pvc.starts_at < ${alias}.ends_at AND ${alias}.starts_at < pvc.ends_at))`,
      params: { pv_claim_org: viewer.organizationId },
    };
  },

  /** The order's milestones and their deadlines are public record. */
  milestone(_viewer: Viewer): Condition {
    return ALL;
  },

  /** The audit trail is for the government's analysts and platform admins. */
  auditEvent(viewer: Viewer): Condition {
    return isGovernment(viewer) || isPlatformAdmin(viewer) ? ALL : NONE;
  },
};
