// Who sees clearinghouse entries (DESIGN.md section 3): SQL conditions the services add to every list, count, node load
// and aggregate, so visibility is applied inside SQL. Declared in the module's manifest (`policy`) and reached by every
// module through core/policy.ts's `policy`.
import { policy, sqlList, type Condition } from '../../core/policy';
import { isGovernment, type Viewer } from '../../core/viewer';
import { PUBLISHED_STATUSES } from './entry.enums';

export const clearinghousePolicy = {
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
    const published = `(${alias}.status IN (${sqlList(PUBLISHED_STATUSES)}) AND (${alias}.embargo_until IS NULL OR ${alias}.embargo_until <= :pv_entry_now))`;
    if (!viewer.authenticated) {
      return { sql: `(${alias}.marking = 'CLEAR' AND ${published})`, params: { pv_entry_now: now } };
    }
    // A recipient is a targeted organization for the entries of every advisory delivered to it (the advisories
    // module's rule: it owns advisories and their deliveries).
    const carried = policy.entryCarriedTo(viewer, alias);
    return {
      sql: `((${alias}.marking IN ('CLEAR', 'GREEN') AND ${published})
        OR (${alias}.marking <> 'RED' AND (${alias}.reported_by_id = :pv_entry_org OR :pv_entry_org = ANY(${alias}.affected_party_ids)))
        OR (${alias}.marking = 'RED' AND ${named})
        OR (${alias}.marking <> 'RED' AND (${alias}.embargo_until IS NULL OR ${alias}.embargo_until <= :pv_entry_now)
              AND ${carried.sql}))`,
      params: { pv_entry_now: now, pv_entry_org: viewer.organizationId ?? null, pv_entry_uid: uid, ...carried.params },
    };
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    entry: (typeof clearinghousePolicy)['entry'];
  }
}
