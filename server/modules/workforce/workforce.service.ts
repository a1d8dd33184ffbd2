// Reference data (NICE work roles, OPM codes), hiring initiatives, agencies' targets and their plan and progress
// reports. Visibility comes from workforce.policy.ts through `policy`, in SQL.
import { In, IsNull } from 'typeorm';
import { DAY_MS } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { applyCondition, ConnectionArgs, nestedConnection, OrderDirection, paginate } from '../../core/connection';
import { BadInputError, ConflictError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { defineOrder, NEWEST_FIRST, createdAtField, nameField, type OrderValue } from '../../core/ordering';
import { allow, assertVisible, signedIn } from '../../core/permissions';
import { ALL, policy } from '../../core/policy';
import type { ListSource } from '../../core/reads';
import { isUniqueViolation, rawQuery } from '../../core/sql';
import { mutate } from '../../core/transaction';
import { visibleById } from '../../core/visible';
import { Milestone } from '../milestones/milestone.entity';
import { milestoneLifecycle, MilestoneStage } from '../milestones/milestone.lifecycle';
import { organizationLoader } from '../organizations/organization.loaders';
import { Agency } from '../organizations/agency.entity';
import { HiringInitiative, HiringReport, HiringTarget } from './hiring-initiative.entity';
import { OpmCyberCode, WorkRole } from './work-role.entity';
import { isAgencyMember, isWorkforceAuthority } from './workforce.policy';
import type {
  LaunchHiringInitiativeInput,
  OpmCyberCodeFilter,
  ReportHiringPlanInput,
  SetHiringTargetInput,
  WorkRoleFilter,
} from './workforce.inputs';

export const WorkRoleOrder = defineOrder(
  'WorkRole',
  {
    CODE: { description: 'By framework id (OG, DD, IO, PD, IN).', sort: { expr: 'wr.code', cast: 'text' } },
    TITLE: { description: 'By title.', sort: { expr: 'wr.title', cast: 'text' } },
  },
  { field: 'CODE', direction: OrderDirection.ASC },
);
export type WorkRoleOrderValue = OrderValue<keyof typeof WorkRoleOrder.Field>;

export const OpmCyberCodeOrder = defineOrder(
  'OpmCyberCode',
  { CODE: { description: 'By code.', sort: { expr: 'oc.code', cast: 'text' } } },
  { field: 'CODE', direction: OrderDirection.ASC },
);
export type OpmCyberCodeOrderValue = OrderValue<keyof typeof OpmCyberCodeOrder.Field>;

export const HiringInitiativeOrder = defineOrder(
  'HiringInitiative',
  {
    CREATED_AT: createdAtField('hi', 'When it was launched.'),
    STARTS_AT: { description: 'By start.', sort: { expr: 'hi.starts_at', cast: 'timestamptz' } },
    NAME: nameField('hi'),
  },
  NEWEST_FIRST,
);
export type HiringInitiativeOrderValue = OrderValue<keyof typeof HiringInitiativeOrder.Field>;

export const HiringTargetOrder = defineOrder(
  'HiringTarget',
  {
    DUE_AT: { description: 'By due date.', sort: { expr: 'ht.due_at', cast: 'timestamptz' } },
    POSITIONS: { description: 'By positions to fill.', sort: { expr: 'ht.positions', cast: 'int' } },
  },
  { field: 'DUE_AT', direction: OrderDirection.ASC },
);
export type HiringTargetOrderValue = OrderValue<keyof typeof HiringTargetOrder.Field>;

/** Reference data is public: NIST's framework and OPM's codes are published for everyone. */
export const WORK_ROLES: ListSource<WorkRole> = {
  type: 'WorkRole',
  alias: 'wr',
  base: (ctx) => ctx.db.getRepository(WorkRole).createQueryBuilder('wr'),
  order: WorkRoleOrder,
};
export const OPM_CYBER_CODES: ListSource<OpmCyberCode> = {
  type: 'OpmCyberCode',
  alias: 'oc',
  base: (ctx) => ctx.db.getRepository(OpmCyberCode).createQueryBuilder('oc'),
  order: OpmCyberCodeOrder,
};
export const HIRING_INITIATIVES: ListSource<HiringInitiative> = {
  type: 'HiringInitiative',
  alias: 'hi',
  base: (ctx) =>
    applyCondition(
      ctx.db.getRepository(HiringInitiative).createQueryBuilder('hi'),
      policy.hiringInitiative(ctx.viewer),
    ),
  order: HiringInitiativeOrder,
};
export const TARGETS_OF_INITIATIVE: ListSource<HiringTarget> = {
  type: 'HiringTarget',
  alias: 'ht',
  base: (ctx) =>
    applyCondition(
      ctx.db.getRepository(HiringTarget).createQueryBuilder('ht'),
      policy.hiringAgencyRecord(ctx.viewer, 'ht'),
    ),
  order: HiringTargetOrder,
  parentExpr: 'ht.initiative_id',
};

/** An agency's place in an initiative: its target and its two reports, late from the clock. */
export interface InitiativeAgencyStatus {
  agencyId: string;
  target: number;
  planReportId: string | null;
  planReportedAt: Date | null;
  planLate: boolean;
  progressReportId: string | null;
  progressReportedAt: Date | null;
  progressLate: boolean;
}

/** SQL over initiative `hi` and report `hr` (LEFT JOINed): due, not reported, past due. */
const lateSql = (due: string, reported: string) => `(${reported} IS NULL AND ${due} < :wf_now)`;

export const workforceService = {
  workRoles(
    ctx: RequestContext,
    filter: WorkRoleFilter | undefined,
    args: ConnectionArgs,
    orderBy?: WorkRoleOrderValue,
  ) {
    const qb = WORK_ROLES.base(ctx);
    if (filter?.categories?.length) qb.andWhere('wr.category IN (:...wr_cat)', { wr_cat: filter.categories });
    return paginate(qb, { args, ...WorkRoleOrder.resolve(orderBy), idExpr: 'wr.id' });
  },

  opmCyberCodes(
    ctx: RequestContext,
    filter: OpmCyberCodeFilter | undefined,
    args: ConnectionArgs,
    orderBy?: OpmCyberCodeOrderValue,
  ) {
    const qb = OPM_CYBER_CODES.base(ctx);
    if (filter?.workRoleId)
      qb.andWhere('oc.work_role_id = :oc_wr', {
        oc_wr: expectGlobalId(filter.workRoleId, 'WorkRole', 'filter.workRoleId'),
      });
    if (filter?.categories?.length)
      qb.andWhere('oc.work_role_id IN (SELECT id FROM work_role WHERE category IN (:...oc_cat))', {
        oc_cat: filter.categories,
      });
    return paginate(qb, { args, ...OpmCyberCodeOrder.resolve(orderBy), idExpr: 'oc.id' });
  },

  /** Reference data is public: the one by-id loader, with no condition. */
  workRoleById(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'workRoleById', WorkRole, 'wr', ALL).load(id);
  },

  codeById(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'opmCodeById', OpmCyberCode, 'oc', ALL).load(id);
  },

  /** OPM codes by their three digits (null for an unknown code). */
  codeByCode(ctx: RequestContext, code: string) {
    return ctx.loaders
      .get<string, OpmCyberCode | null>('opmCodeByCode', async (codes) => {
        const rows = await ctx.db.getRepository(OpmCyberCode).findBy({ code: In([...codes]) });
        return codes.map((c) => rows.find((r) => r.code === c) ?? null);
      })
      .load(code);
  },

  /** A work role's OPM codes (one, two, or none yet). */
  codesOfRole(ctx: RequestContext, workRoleId: string) {
    return ctx.loaders
      .get<string, OpmCyberCode[]>('opmCodesOfRole', async (ids) => {
        const rows = await ctx.db
          .getRepository(OpmCyberCode)
          .find({ where: { workRoleId: In([...ids]) }, order: { code: 'ASC' } });
        return ids.map((i) => rows.filter((r) => r.workRoleId === i));
      })
      .load(workRoleId);
  },

  initiatives(ctx: RequestContext, args: ConnectionArgs, orderBy?: HiringInitiativeOrderValue) {
    return paginate(HIRING_INITIATIVES.base(ctx), { args, ...HiringInitiativeOrder.resolve(orderBy), idExpr: 'hi.id' });
  },

  initiativeById(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'hiringInitiativeById', HiringInitiative, 'hi', policy.hiringInitiative(ctx.viewer)).load(
      id,
    );
  },

  targetById(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'hiringTargetById', HiringTarget, 'ht', policy.hiringAgencyRecord(ctx.viewer, 'ht')).load(
      id,
    );
  },

  reportById(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'hiringReportById', HiringReport, 'hr', policy.hiringAgencyRecord(ctx.viewer, 'hr')).load(
      id,
    );
  },

  /** `HiringInitiative.targets`: one statement for the pages of every initiative in the response. */
  targetsOf(ctx: RequestContext, initiativeId: string, args: ConnectionArgs, orderBy?: HiringTargetOrderValue) {
    return nestedConnection(ctx.loaders, initiativeId, {
      name: 'targetsOfInitiative',
      base: () => TARGETS_OF_INITIATIVE.base(ctx),
      parentExpr: TARGETS_OF_INITIATIVE.parentExpr!,
      parentOf: (t) => t.initiativeId,
      ...HiringTargetOrder.resolve(orderBy),
      idExpr: 'ht.id',
      args,
    });
  },

  /**
   * Per agency with a target under the initiative (that you may see): its target (the all-roles target, else the
   * sum of its role targets) and its plan and progress reports, late when past due and not reported. One statement.
   */
  async agencies(
    ctx: RequestContext,
    initiative: HiringInitiative,
    lateOnly: boolean,
  ): Promise<InitiativeAgencyStatus[]> {
    const vis = policy.hiringAgencyRecord(ctx.viewer, 't');
    const rows = await rawQuery<Record<string, unknown>>(
      ctx.db,
      `SELECT a.agency_id, a.target, pr.id AS plan_id, pr.reported_at AS plan_at, gr.id AS progress_id,
         gr.reported_at AS progress_at, ${lateSql(':plan_due', 'pr.reported_at')} AS plan_late,
         ${lateSql(':progress_due', 'gr.reported_at')} AS progress_late
       FROM (SELECT t.agency_id, COALESCE(sum(t.positions) FILTER (WHERE t.work_role_id IS NULL), sum(t.positions)) AS target
             FROM hiring_target t WHERE t.initiative_id = :hi_id AND ${vis.sql} GROUP BY t.agency_id) a
       LEFT JOIN hiring_report pr ON pr.initiative_id = :hi_id AND pr.agency_id = a.agency_id AND pr.kind = 'PLAN'
       LEFT JOIN hiring_report gr ON gr.initiative_id = :hi_id AND gr.agency_id = a.agency_id AND gr.kind = 'PROGRESS'
       ${lateOnly ? `WHERE ${lateSql(':plan_due', 'pr.reported_at')} OR ${lateSql(':progress_due', 'gr.reported_at')}` : ''}
       ORDER BY a.agency_id`,
      {
        ...vis.params,
        hi_id: initiative.id,
        wf_now: ctx.clock.now(),
        plan_due: initiative.planDueAt,
        progress_due: initiative.progressDueAt,
      },
    );
    return rows.map((r) => ({
      agencyId: String(r.agency_id),
      target: Number(r.target),
      planReportId: (r.plan_id as string) ?? null,
      planReportedAt: r.plan_at ? new Date(r.plan_at as string) : null,
      planLate: Boolean(r.plan_late),
      progressReportId: (r.progress_id as string) ?? null,
      progressReportedAt: r.progress_at ? new Date(r.progress_at as string) : null,
      progressLate: Boolean(r.progress_late),
    }));
  },

  /** Agencies late with a plan or progress report, over every initiative you may see (for the overview). */
  async lateReports(ctx: RequestContext): Promise<number> {
    const vis = policy.hiringAgencyRecord(ctx.viewer, 't');
    const ini = policy.hiringInitiative(ctx.viewer);
    const [row] = await rawQuery<{ n: string }>(
      ctx.db,
      `SELECT count(*) AS n FROM (SELECT DISTINCT t.initiative_id, t.agency_id FROM hiring_target t WHERE ${vis.sql}) a
       JOIN hiring_initiative hi ON hi.id = a.initiative_id AND ${ini.sql}
       CROSS JOIN (VALUES ('PLAN'), ('PROGRESS')) k(kind)
       LEFT JOIN hiring_report r ON r.initiative_id = a.initiative_id AND r.agency_id = a.agency_id AND r.kind = k.kind
       WHERE r.id IS NULL AND (CASE k.kind WHEN 'PLAN' THEN hi.plan_due_at ELSE hi.progress_due_at END) < :wf_now`,
      { ...vis.params, ...ini.params, wf_now: ctx.clock.now() },
    );
    return Number(row?.n ?? 0);
  },

  /** Launch an initiative: its 30- and 60-day deadlines join the order's milestones (the authority is responsible). */
  async launch(ctx: RequestContext, input: LaunchHiringInitiativeInput): Promise<HiringInitiative> {
    signedIn(ctx.viewer);
    allow(
      isWorkforceAuthority(ctx.viewer),
      'WORKFORCE_AUTHORITY',
      'Only analysts of a workforce authority launch hiring initiatives.',
    );
    const start = input.startsAt.getTime();
    const planDueAt = input.planDueAt ?? new Date(start + 30 * DAY_MS);
    const progressDueAt = input.progressDueAt ?? new Date(start + 60 * DAY_MS);
    if (planDueAt.getTime() <= start)
      throw new BadInputError('The plan deadline comes after the start.', { planDueAt: 'not after startsAt' });
    if (progressDueAt.getTime() <= planDueAt.getTime())
      throw new BadInputError('The progress deadline comes after the plan deadline.', {
        progressDueAt: 'not after planDueAt',
      });
    const authorities = [...new Set(input.allowedAuthorities)];
    try {
      return await mutate(ctx, 'launchHiringInitiative', async (tx) => {
        const m = tx.db;
        const [plan, progress] = await m.save([
          m.create(Milestone, {
            section: 'Workforce (day 30)',
            title: 'Agencies report their cyber workforce hiring plans',
            responsibleAgencyId: ctx.viewer.organizationId!,
            dueAt: planDueAt,
            completedAt: null,
          }),
          m.create(Milestone, {
            section: 'Workforce (day 60)',
            title: 'Agencies report progress on cyber workforce hiring',
            responsibleAgencyId: ctx.viewer.organizationId!,
            dueAt: progressDueAt,
            completedAt: null,
          }),
        ]);
        for (const ms of [plan, progress])
          await milestoneLifecycle.record(tx, ms.id, 'create', null, MilestoneStage.OPEN);
        const initiative = await m.save(
          m.create(HiringInitiative, {
            name: input.name.trim(),
            legalBasis: input.legalBasis.trim(),
            authorityId: ctx.viewer.organizationId!,
            startsAt: input.startsAt,
            planDueAt,
            progressDueAt,
            allowedAuthorities: authorities,
            planMilestoneId: plan.id,
            progressMilestoneId: progress.id,
          }),
        );
        return { result: initiative, subjects: [initiative.globalId, plan.globalId, progress.globalId] };
      });
    } catch (e) {
      // Initiatives are visible to every agency member, so naming the clash reveals nothing they could not list.
      if (isUniqueViolation(e))
        throw new ConflictError(`An initiative named ${input.name} already exists.`, { field: 'name' });
      throw e;
    }
  },

  /** Set (or change) an agency's target, in all roles or for one; only the initiative's own authority does. */
  async setTarget(ctx: RequestContext, input: SetHiringTargetInput): Promise<HiringTarget> {
    signedIn(ctx.viewer);
    const initiative = await workforceService.initiativeById(
      ctx,
      expectGlobalId(input.initiativeId, 'HiringInitiative', 'initiativeId'),
    );
    assertVisible(initiative);
    allow(
      isWorkforceAuthority(ctx.viewer) && initiative.authorityId === ctx.viewer.organizationId,
      'INITIATIVE_AUTHORITY',
      "Only the initiative's authority sets targets.",
    );
    const agency = await organizationLoader(ctx).load(expectGlobalId(input.agencyId, 'Agency', 'agencyId'));
    if (!(agency instanceof Agency)) throw new BadInputError('No such agency.', { agencyId: 'not an agency' });
    let workRoleId: string | null = null;
    if (input.workRoleId) {
      const role = await workforceService.workRoleById(ctx, expectGlobalId(input.workRoleId, 'WorkRole', 'workRoleId'));
      if (!role) throw new BadInputError('No such work role.', { workRoleId: 'unknown work role' });
      workRoleId = role.id;
    }
    if (input.dueAt.getTime() <= initiative.startsAt.getTime())
      throw new BadInputError('A target falls due after the initiative starts.', { dueAt: 'not after startsAt' });
    return mutate(ctx, 'setHiringTarget', async (tx) => {
      const m = tx.db;
      // One target per (initiative, agency, role or none): the initiative's row lock serializes setting them.
      await m
        .getRepository(HiringInitiative)
        .createQueryBuilder('hi')
        .setLock('pessimistic_write')
        .where('hi.id = :id', { id: initiative.id })
        .getOneOrFail();
      const existing = await m.getRepository(HiringTarget).findOneBy({
        initiativeId: initiative.id,
        agencyId: agency.id,
        workRoleId: workRoleId ?? IsNull(),
      });
      const target = existing
        ? await m.save(
            Object.assign(existing, { positions: input.positions, dueAt: input.dueAt, version: existing.version + 1 }),
          )
        : await m.save(
            m.create(HiringTarget, {
              initiativeId: initiative.id,
              agencyId: agency.id,
              workRoleId,
              positions: input.positions,
              dueAt: input.dueAt,
            }),
          );
      return { result: target, subjects: [target.globalId, initiative.globalId] };
    });
  },

  /** An agency reports its plan (day 30) or progress (day 60); reporting again replaces the summary. */
  async report(ctx: RequestContext, input: ReportHiringPlanInput): Promise<HiringReport> {
    signedIn(ctx.viewer);
    const initiative = await workforceService.initiativeById(
      ctx,
      expectGlobalId(input.initiativeId, 'HiringInitiative', 'initiativeId'),
    );
    assertVisible(initiative);
    const agencyId = ctx.viewer.organizationId;
    const [{ n }] = await rawQuery<{ n: string }>(
      ctx.db,
      'SELECT count(*) AS n FROM hiring_target WHERE initiative_id = :id AND agency_id = :org',
      { id: initiative.id, org: agencyId },
    );
    allow(
      isAgencyMember(ctx.viewer) && Number(n) > 0,
      'TARGETED_AGENCY',
      'Only an agency with a target under the initiative reports to it.',
    );
    return mutate(ctx, 'reportHiringPlan', async (tx) => {
      const m = tx.db;
      const rows = await rawQuery<{ id: string }>(
        m,
        `INSERT INTO hiring_report (initiative_id, agency_id, kind, summary, reported_at) VALUES (:i, :a, :k, :s, :now)
         ON CONFLICT (initiative_id, agency_id, kind) DO UPDATE SET summary = EXCLUDED.summary,
           reported_at = EXCLUDED.reported_at, version = hiring_report.version + 1, updated_at = now()
         RETURNING id`,
        { i: initiative.id, a: agencyId, k: input.kind, s: input.summary, now: ctx.clock.now() },
      );
      const report = await m.findOneByOrFail(HiringReport, { id: rows[0].id });
      return { result: report, subjects: [report.globalId, initiative.globalId] };
    });
  },
};
