import type { ListSource } from '../../core/reads';
import type { EntityManager } from 'typeorm';
import { DAY_MS } from '../../core/clock';
import { applyCondition, ConnectionArgs, nestedConnection, OrderDirection, paginate } from '../../core/connection';
import { defineOrder, type OrderValue, NEWEST_FIRST, createdAtField, updatedAtField } from '../../core/ordering';
import { allow, assertVisible, loadForAction, signedIn, visible } from '../../core/permissions';
import { visibleById } from '../../core/visible';
import type { RequestContext } from '../../core/context';
import { BadInputError, ConflictError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { transition } from '../../core/lifecycle';
import { complianceLifecycle, directiveLifecycle } from './directive.lifecycle';
import { policy } from '../../core/policy';
import { isUniqueViolation, rawQuery } from '../../core/sql';
import { mutate } from '../../core/transaction';
import { hasCapability } from '../../core/viewer';
import { entryLoader } from '../clearinghouse/entry.loaders';
import { AgencyCapability } from '../organizations/organization.enums';
import { ComplianceReport } from './compliance-report.entity';
import { ComplianceStatus as C, DirectiveStatus as S } from './directive.enums';
import { Directive } from './directive.entity';
import {
  ComplianceReportFilter,
  DirectiveActionInput,
  DraftDirectiveInput,
  UpdateComplianceReportInput,
} from './directive.inputs';

/**
 * SQL: report `r` of directive `d` is past its action's due date, open and not complete. The directive's rule:
 * each action is due its `dueInDays` after the directive began to apply to the agency (`assigned_at`: the issue
 * date, or the day an agency joined as federal civilian later).
 */
export const REPORT_OVERDUE_SQL = `(r.status <> 'COMPLETE' AND r.closed_at IS NULL AND d.status = 'ISSUED'
  AND r.assigned_at + ((d.required_actions -> r.action_index ->> 'dueInDays')::int) * interval '1 day' < :overdue_now)`;

/** The report's due date under the directive's rule (see REPORT_OVERDUE_SQL). */
export function reportDueAt(d: Directive, r: ComplianceReport): Date | null {
  const a = d.requiredActions[r.actionIndex];
  return a ? new Date(r.assignedAt.getTime() + a.dueInDays * DAY_MS) : null;
}

/**
 * An agency that becomes federal civilian (created so, or changed to it) gets its reports for every directive in
 * force, in one statement; reports it already has stay as they are.
 */
export async function assignDirectivesInForce(m: EntityManager, agencyId: string, now: Date): Promise<number> {
  const rows: unknown[] = await m.query(
    `INSERT INTO compliance_report (directive_id, agency_id, action_index, status, assigned_at)
     SELECT d.id, o.id, a.idx, 'NOT_STARTED', $2 FROM directive d
       CROSS JOIN LATERAL generate_series(0, jsonb_array_length(d.required_actions) - 1) AS a(idx)
       JOIN organization o ON o.id = $1 AND o.kind = 'GOVERNMENT_AGENCY' AND 'FEDERAL_CIVILIAN' = ANY(o.capabilities)
     WHERE d.status = 'ISSUED'
     ON CONFLICT (directive_id, agency_id, action_index) DO NOTHING RETURNING id`,
    [agencyId, now],
  );
  return rows.length;
}

export interface ActionCompliance {
  actionIndex: number;
  title: string;
  dueAt: Date | null;
  complete: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  overdueAgencyIds: string[];
}

const loadForIssuer = (ctx: RequestContext, globalId: string) =>
  loadForAction(
    ctx.viewer,
    () => directiveService.byId(ctx, expectGlobalId(globalId, 'Directive', 'directiveId')),
    {
      allowed: () => hasCapability(ctx.viewer, AgencyCapability.DIRECTIVE_ISSUER),
      required: 'DIRECTIVE_ISSUER',
      message: 'Only analysts of a directive-issuing agency do that.',
    },
    {
      allowed: (d) => d.issuerId === ctx.viewer.organizationId,
      required: 'ISSUING_AGENCY',
      message: 'Only the issuing agency changes its directive.',
    },
  );

export const DirectiveOrder = defineOrder(
  'Directive',
  {
    CREATED_AT: createdAtField('d', 'When it was drafted.'),
    ISSUED_AT: {
      description: 'When it was issued (drafts first when ascending).',
      sort: { expr: "COALESCE(d.issued_at, '-infinity'::timestamptz)", cast: 'timestamptz' },
    },
  },
  NEWEST_FIRST,
);
export type DirectiveOrderValue = OrderValue<keyof typeof DirectiveOrder.Field>;

export const ComplianceReportOrder = defineOrder(
  'ComplianceReport',
  {
    UPDATED_AT: updatedAtField('r'),
    DUE_AT: {
      description: "By the agency's due date.",
      sort: {
        expr: "r.assigned_at + ((d.required_actions -> r.action_index ->> 'dueInDays')::int) * interval '1 day'",
        cast: 'timestamptz',
      },
    },
  },
  { field: 'UPDATED_AT', direction: OrderDirection.DESC },
);
export type ComplianceReportOrderValue = OrderValue<keyof typeof ComplianceReportOrder.Field>;

function reportQuery(ctx: RequestContext, filter: ComplianceReportFilter | undefined) {
  const qb = applyCondition(
    ctx.db.getRepository(ComplianceReport).createQueryBuilder('r'),
    policy.complianceReport(ctx.viewer, 'r'),
  ).innerJoin(Directive, 'd', 'd.id = r.directive_id');
  if (filter?.directiveId)
    qb.andWhere('r.directive_id = :did', {
      did: expectGlobalId(filter.directiveId, 'Directive', 'filter.directiveId'),
    });
  if (filter?.agencyId)
    qb.andWhere('r.agency_id = :raid', { raid: expectGlobalId(filter.agencyId, 'Agency', 'filter.agencyId') });
  if (filter?.statuses?.length) qb.andWhere('r.status IN (:...rst)', { rst: filter.statuses });
  if (filter?.overdue !== undefined && filter.overdue !== null)
    qb.andWhere(filter.overdue ? REPORT_OVERDUE_SQL : `NOT ${REPORT_OVERDUE_SQL}`, { overdue_now: ctx.clock.now() });
  return qb;
}

/** Directives and reports, for compiled reads (core/reads.ts); the resolvers page the same base queries. */
export const DIRECTIVES: ListSource<Directive> = {
  type: 'Directive',
  alias: 'd',
  base: (ctx) =>
    applyCondition(ctx.db.getRepository(Directive).createQueryBuilder('d'), policy.directive(ctx.viewer, 'd')),
  order: DirectiveOrder,
};
export const REPORTS: ListSource<ComplianceReport> = {
  type: 'ComplianceReport',
  alias: 'r',
  base: (ctx) => reportQuery(ctx, undefined),
  order: ComplianceReportOrder,
};
export const REPORTS_OF_AGENCY: ListSource<ComplianceReport> = { ...REPORTS, parentExpr: 'r.agency_id' };

export const directiveService = {
  list(ctx: RequestContext, statuses: S[] | undefined, args: ConnectionArgs, orderBy?: DirectiveOrderValue) {
    const qb = DIRECTIVES.base(ctx);
    if (statuses?.length) qb.andWhere('d.status IN (:...st)', { st: statuses });
    return paginate(qb, { args, ...DirectiveOrder.resolve(orderBy), idExpr: 'd.id' });
  },

  byId(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'directiveById', Directive, 'd', policy.directive(ctx.viewer, 'd')).load(id);
  },

  reports(
    ctx: RequestContext,
    filter: ComplianceReportFilter | undefined,
    args: ConnectionArgs,
    orderBy?: ComplianceReportOrderValue,
  ) {
    return paginate(reportQuery(ctx, filter), { args, ...ComplianceReportOrder.resolve(orderBy), idExpr: 'r.id' });
  },

  /** `Agency.complianceReports`: one statement for the pages of every agency in the response. */
  reportsOfAgency(
    ctx: RequestContext,
    agencyId: string,
    filter: ComplianceReportFilter | undefined,
    args: ConnectionArgs,
    orderBy?: ComplianceReportOrderValue,
  ) {
    const { agencyId: _ignored, ...rest } = filter ?? {};
    return nestedConnection(ctx.loaders, agencyId, {
      name: 'reportsOfAgency',
      base: () => reportQuery(ctx, rest),
      parentExpr: REPORTS_OF_AGENCY.parentExpr!,
      parentOf: (r) => r.agencyId,
      ...ComplianceReportOrder.resolve(orderBy),
      idExpr: 'r.id',
      args,
      key: rest,
    });
  },

  reportById(ctx: RequestContext, id: string) {
    return visibleById(
      ctx,
      'complianceReportById',
      ComplianceReport,
      'r',
      policy.complianceReport(ctx.viewer, 'r'),
    ).load(id);
  },

  async overdue(ctx: RequestContext, report: ComplianceReport): Promise<boolean> {
    const d = await directiveService.byId(ctx, report.directiveId);
    const due = d ? reportDueAt(d, report) : null;
    return Boolean(
      d && due && d.status === S.ISSUED && !report.closedAt && report.status !== C.COMPLETE && due < ctx.clock.now(),
    );
  },

  async draft(ctx: RequestContext, input: DraftDirectiveInput): Promise<Directive> {
    signedIn(ctx.viewer);
    allow(
      hasCapability(ctx.viewer, AgencyCapability.DIRECTIVE_ISSUER),
      'DIRECTIVE_ISSUER',
      'Only analysts of a directive-issuing agency draft directives.',
    );
    const related = [
      ...new Set(
        (input.relatedEntryIds ?? []).map((id, i) => expectGlobalId(id, 'ClearinghouseEntry', `relatedEntryIds[${i}]`)),
      ),
    ];
    for (const id of related) visible(await entryLoader(ctx).load(id));
    let supersedesId: string | null = null;
    if (input.supersedesId) {
      const old = await directiveService.byId(ctx, expectGlobalId(input.supersedesId, 'Directive', 'supersedesId'));
      assertVisible(old);
      if (old.status !== S.ISSUED || old.issuerId !== ctx.viewer.organizationId) {
        throw new BadInputError('supersedes must be an issued directive of the same issuer.', {
          supersedesId: old.status !== S.ISSUED ? `is ${old.status}` : 'another issuer',
        });
      }
      supersedesId = old.id;
    }
    try {
      return await mutate(ctx, 'draftDirective', async (tx) => {
        const m = tx.db;
        const d = await m.save(
          m.create(Directive, {
            code: input.code.replace(/^(BOD|ED)-?(\d)/, '$1 $2'),
            kind: input.kind,
            title: input.title,
            summary: input.summary,
            sourceUrl: input.sourceUrl ?? null,
            issuerId: ctx.viewer.organizationId!,
            status: S.DRAFT,
            issuedAt: null,
            supersedesId,
            requiredActions: input.requiredActions.map((a) => ({
              title: a.title,
              description: a.description,
              dueInDays: a.dueInDays,
            })),
            relatedEntryIds: related,
          }),
        );
        await directiveLifecycle.record(tx, d.id, 'create', null, S.DRAFT);
        return { result: d, subjects: [d.globalId] };
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConflictError(`A directive ${input.code} already exists.`, { field: 'code' });
      throw e;
    }
  },

  /** Issuing creates every federal civilian agency's report for every action in one statement. */
  /** Issuing assigns the reports and supersedes the directive it replaces (the lifecycle's ISSUED hook). */
  async issue(ctx: RequestContext, input: DirectiveActionInput): Promise<Directive> {
    const d = await loadForIssuer(ctx, input.directiveId);
    return transition(ctx, directiveLifecycle, {
      id: d.id,
      action: 'issue',
      auditAction: 'issueDirective',
      emit: 'directive.issued',
      changes: () => ({ issuedAt: ctx.clock.now() }),
      note: input.note,
    });
  },

  /** Revoking closes the reports still open (the lifecycle's REVOKED hook). */
  async revoke(ctx: RequestContext, input: DirectiveActionInput): Promise<Directive> {
    const d = await loadForIssuer(ctx, input.directiveId);
    return transition(ctx, directiveLifecycle, {
      id: d.id,
      action: 'revoke',
      auditAction: 'revokeDirective',
      note: input.note,
    });
  },

  async updateReport(ctx: RequestContext, input: UpdateComplianceReportInput): Promise<ComplianceReport> {
    signedIn(ctx.viewer);
    const report = await directiveService.reportById(
      ctx,
      expectGlobalId(input.reportId, 'ComplianceReport', 'reportId'),
    );
    // Only the agency itself reports; analysts of other agencies see reports but never touch them.
    assertVisible(report);
    allow(
      report.agencyId === ctx.viewer.organizationId,
      'REPORTING_AGENCY',
      'Only the reporting agency updates its report.',
    );
    return transition(ctx, complianceLifecycle, {
      id: report.id,
      action: input.status as keyof typeof complianceLifecycle.transitions,
      auditAction: 'updateComplianceReport',
      expectedVersion: input.expectedVersion,
      guard: (locked) => {
        if (locked.closedAt)
          throw new BadInputError('The report is closed: its directive was revoked.', { reportId: 'closed' });
      },
      changes: (locked) => ({ evidence: input.evidence ?? locked.evidence, reportedAt: ctx.clock.now() }),
      note: input.evidence ?? null,
    });
  },

  /** Per required action: complete, in progress, not started, overdue, and the overdue agencies. */
  async compliance(ctx: RequestContext, directiveGlobalId: string): Promise<ActionCompliance[]> {
    const d = await directiveService.byId(ctx, expectGlobalId(directiveGlobalId, 'Directive', 'directiveId'));
    assertVisible(d);
    const vis = policy.complianceReport(ctx.viewer, 'r');
    const rows = await rawQuery<Record<string, string | string[]>>(
      ctx.db,
      `SELECT r.action_index AS idx,
         count(*) FILTER (WHERE r.status = 'COMPLETE') AS complete,
         count(*) FILTER (WHERE r.status = 'IN_PROGRESS') AS in_progress,
         count(*) FILTER (WHERE r.status = 'NOT_STARTED') AS not_started,
         count(*) FILTER (WHERE ${REPORT_OVERDUE_SQL}) AS overdue,
         COALESCE(array_agg(r.agency_id ORDER BY r.agency_id) FILTER (WHERE ${REPORT_OVERDUE_SQL}), '{}') AS overdue_agencies
       FROM compliance_report r JOIN directive d ON d.id = r.directive_id
       WHERE r.directive_id = :cid AND ${vis.sql} GROUP BY r.action_index ORDER BY r.action_index`,
      { cid: d.id, overdue_now: ctx.clock.now(), ...vis.params },
    );
    return d.requiredActions.map((a, i) => {
      const r = rows.find((x) => Number(x.idx) === i);
      return {
        actionIndex: i,
        title: a.title,
        dueAt: d.dueAt(i),
        complete: Number(r?.complete ?? 0),
        inProgress: Number(r?.in_progress ?? 0),
        notStarted: Number(r?.not_started ?? 0),
        overdue: Number(r?.overdue ?? 0),
        overdueAgencyIds: (r?.overdue_agencies as string[]) ?? [],
      };
    });
  },
};
