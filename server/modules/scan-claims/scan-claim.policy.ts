// Who sees scan claims (DESIGN.md section 3): SQL conditions the services add to every list, count, node load and
// aggregate, so visibility is applied inside SQL. Declared in the module's manifest (`policy`) and reached by every
// module through core/policy.ts's `policy`.
import { ALL, NONE, type Condition } from '../../core/policy';
import { isGovernment, type Viewer } from '../../core/viewer';
import { ScanClaimStatus } from './scan-claim.entity';

export const scanClaimsPolicy = {
  /** Scan claims: the claiming organization, the government, and whoever holds an overlapping active claim. */
  scanClaim(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) return ALL;
    if (!viewer.authenticated || !viewer.organizationId) return NONE;
    return {
      sql: `(${alias}.organization_id = :pv_claim_org OR EXISTS (SELECT 1 FROM scan_claim pvc WHERE pvc.organization_id = :pv_claim_org
        AND pvc.status = '${ScanClaimStatus.ACTIVE}' AND ${alias}.status = '${ScanClaimStatus.ACTIVE}' AND lower(pvc.vendor) = lower(${alias}.vendor) AND lower(pvc.product) = lower(${alias}.product)
        AND pvc.starts_at < ${alias}.ends_at AND ${alias}.starts_at < pvc.ends_at))`,
      params: { pv_claim_org: viewer.organizationId },
    };
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    scanClaim: (typeof scanClaimsPolicy)['scanClaim'];
  }
}
