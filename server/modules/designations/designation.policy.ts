// Who sees designation cases, what they make of a model (coverage), responses and benchmark results (DESIGN.md section
// 3): SQL conditions the services add to every list, count, node load and aggregate, so visibility is applied inside
// SQL. Declared in the module's manifest (`policy`) and reached by every module through core/policy.ts's `policy`.
import { ALL, NONE, policy, sqlList, type Condition } from '../../core/policy';
import { isDeveloperMember, isGovernment, type Viewer } from '../../core/viewer';
import { DECIDED_STATUSES, DesignationBasis, OPEN_STATUSES } from './designation.enums';

export const designationsPolicy = {
  /**
   * Designation cases: the government sees all; a developer sees the cases on its own models once it has been
   * notified, or that it opened itself. Assessments the government keeps confidential stay invisible.
   */
  designation(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) return ALL;
    if (!isDeveloperMember(viewer)) return NONE;
    return {
      sql: `(EXISTS (SELECT 1 FROM frontier_model pdm WHERE pdm.id = ${alias}.model_id AND pdm.developer_id = :pv_des_org) AND (${alias}.developer_notified_at IS NOT NULL OR ${alias}.basis = '${DesignationBasis.DEVELOPER_REQUEST}'))`,
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
        (SELECT cdd.status FROM designation cdd WHERE cdd.model_id = ${modelAlias}.id AND cdd.status IN (${sqlList(DECIDED_STATUSES)}) AND ${decided.sql}
          ORDER BY cdd.decided_at DESC, cdd.id DESC LIMIT 1),
        CASE WHEN EXISTS (SELECT 1 FROM designation cdo WHERE cdo.model_id = ${modelAlias}.id
          AND cdo.status IN (${sqlList(OPEN_STATUSES)}) AND ${open.sql})
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
};

declare module '../../core/policy' {
  interface PolicyRules {
    designation: (typeof designationsPolicy)['designation'];
    coverage: (typeof designationsPolicy)['coverage'];
    designationResponse: (typeof designationsPolicy)['designationResponse'];
    benchmarkResult: (typeof designationsPolicy)['benchmarkResult'];
  }
}
