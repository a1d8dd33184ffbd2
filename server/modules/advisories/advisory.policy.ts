// Who sees advisories and their deliveries, and the entries an advisory carries to its recipients (DESIGN.md section
// 3): SQL conditions the services add to every list, count, node load and aggregate, so visibility is applied inside
// SQL. Declared in the module's manifest (`policy`) and reached by every module through core/policy.ts's `policy`.
import { ALL, NONE, sqlList, type Condition } from '../../core/policy';
import { isGovernment, isRecipientMember, type Viewer } from '../../core/viewer';
import { PUBLISHED_ADVISORY_STATUSES } from './advisory.enums';

export const advisoriesPolicy = {
  /**
   * Advisories: the government sees all; published CLEAR ones reach the public, GREEN ones anyone signed in;
   * a recipient sees every advisory delivered to it, whatever its marking, also once withdrawn (its delivery
   * says so and why).
   */
  advisory(viewer: Viewer, alias: string): Condition {
    if (isGovernment(viewer)) return ALL;
    const published = `${alias}.status IN (${sqlList(PUBLISHED_ADVISORY_STATUSES)})`;
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

  /** The entries of the advisories delivered to the viewer's organization (a recipient sees what reached it). */
  entryCarriedTo(viewer: Viewer, alias: string): Condition {
    return {
      sql: `EXISTS (SELECT 1 FROM advisory_delivery ped JOIN advisory pea ON pea.id = ped.advisory_id
        WHERE ped.recipient_id = :pv_carried_org AND pea.status IN (${sqlList(PUBLISHED_ADVISORY_STATUSES)}) AND ${alias}.id = ANY(pea.entry_ids))`,
      params: { pv_carried_org: viewer.organizationId ?? null },
    };
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    advisory: (typeof advisoriesPolicy)['advisory'];
    delivery: (typeof advisoriesPolicy)['delivery'];
    entryCarriedTo: (typeof advisoriesPolicy)['entryCarriedTo'];
  }
}
