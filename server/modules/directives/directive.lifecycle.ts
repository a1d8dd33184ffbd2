// The directive and compliance-report lifecycles. Issuing assigns every federal civilian agency a report per
// required action (one INSERT ... SELECT) and supersedes the directive it replaces; revoking closes the reports
// still open. Both are enter hooks, run by core/lifecycle.ts inside the move's transaction.
import { transitionIn, Lifecycle, type HookResult } from '../../core/lifecycle';
import { rawQuery } from '../../core/sql';
import { updateManyVersioned } from '../../core/transaction';
import type { RequestContext } from '../../core/context';
import { ComplianceReport } from './compliance-report.entity';
import { ComplianceStatus as C, DirectiveStatus as S } from './directive.enums';
import { Directive } from './directive.entity';

async function assignReports(tx: RequestContext, d: Directive): Promise<HookResult> {
  await rawQuery(
    tx.db,
    `INSERT INTO compliance_report (directive_id, agency_id, action_index, status, assigned_at)
     SELECT :did, o.id, a.idx, 'NOT_STARTED', :now FROM organization o CROSS JOIN generate_series(0, CAST(:n AS int) - 1) AS a(idx)
     WHERE o.kind = 'GOVERNMENT_AGENCY' AND 'FEDERAL_CIVILIAN' = ANY(o.capabilities)`,
    { did: d.id, n: d.requiredActions.length, now: d.issuedAt ?? tx.clock.now() },
  );
  if (!d.supersedesId) return {};
  const old = await transitionIn(tx, directiveLifecycle, {
    id: d.supersedesId,
    action: 'supersede',
    note: `Superseded by ${d.code}`,
  });
  return { subjects: old.subjects };
}

async function closeReports(tx: RequestContext, d: Directive): Promise<HookResult> {
  await updateManyVersioned(
    tx.db,
    ComplianceReport,
    "directive_id = :id AND closed_at IS NULL AND status <> 'COMPLETE'",
    { id: d.id },
    { closedAt: tx.clock.now() },
  );
  return {};
}

export const directiveLifecycle = new Lifecycle(
  'Directive',
  {
    issue: { from: [S.DRAFT], to: S.ISSUED },
    supersede: { from: [S.ISSUED], to: S.SUPERSEDED },
    revoke: { from: [S.ISSUED], to: S.REVOKED },
  },
  {
    entity: () => Directive,
    states: S,
    initial: [S.DRAFT],
    enter: { [S.ISSUED]: assignReports, [S.REVOKED]: closeReports },
  },
);

/** An agency's progress on one required action; reporting the same status again updates the evidence. */
export const complianceLifecycle = new Lifecycle(
  'ComplianceReport',
  {
    [C.IN_PROGRESS]: { from: [C.NOT_STARTED, C.IN_PROGRESS], to: C.IN_PROGRESS },
    [C.COMPLETE]: { from: [C.NOT_STARTED, C.IN_PROGRESS, C.COMPLETE], to: C.COMPLETE },
  },
  { entity: () => ComplianceReport, states: C, initial: [C.NOT_STARTED] },
);
