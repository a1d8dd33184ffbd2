// Positions: recorded by their agency, moved through the hiring stages with dates, with applicant counts per
// stage. Visibility comes from workforce.policy.ts (`policy.position`), in SQL; only the position's own agency
// changes it.
import { emit } from '../../core/outbox';
import type { RequestContext } from '../../core/context';
import { applyCondition, ConnectionArgs, paginate } from '../../core/connection';
import { BadInputError, StaleVersionError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { transition } from '../../core/lifecycle';
import { createdAtField, defineOrder, NEWEST_FIRST, type OrderValue } from '../../core/ordering';
import { allow, assertVisible, forbidden, signedIn } from '../../core/permissions';
import { policy, sqlList } from '../../core/policy';
import type { ListSource } from '../../core/reads';
import { mutate } from '../../core/transaction';
import { visibleById } from '../../core/visible';
import { Position } from './position.entity';
import { positionLifecycle, REANNOUNCE_FROM } from './position.lifecycle';
import { isAgencyMember, seesSensitive } from './workforce.policy';
import { workforceService } from './workforce.service';
import {
  HiringStage as S,
  OPEN_STAGES,
  STAGE_ALLOTMENT_DAYS,
  STAGE_ORDER,
  STAGE_PROPERTY,
  SystemPriority,
} from './workforce.enums';
import type {
  MovePositionInput,
  PositionFilter,
  RecordPositionInput,
  ReportApplicantCountsInput,
} from './workforce.inputs';
import { DAY_MS } from '../../core/clock';

/** Published after a position is recorded or changed; subscribers load it again under their own visibility. */
export const POSITION_CHANGED = 'positionChanged';

/** SQL over position `alias`: days allotted to its current stage by the 80-day model (NULL when closed). */
export const allotmentSql = (alias: string) =>
  `(CASE ${alias}.stage ${Object.entries(STAGE_ALLOTMENT_DAYS)
    .map(([stage, days]) => `WHEN '${stage}' THEN ${Number(days)}`)
    .join(' ')} END)`;

/** SQL over position `alias`: open and past its stage's allotment at `:wf_now`. */
export const overdueSql = (alias: string) =>
  `(${alias}.stage IN (${sqlList(OPEN_STAGES)}) AND ${alias}.stage_entered_at + ${allotmentSql(alias)} * interval '1 day' < :wf_now)`;

/** SQL over position `alias`: a GS-2210 (IT management) position coded "000" (GAO-19-144 found about one in five). */
export const codingErrorSql = (alias: string) => `(${alias}.series = '2210' AND ${alias}.opm_codes[1] = '000')`;

export const PositionOrder = defineOrder(
  'Position',
  {
    CREATED_AT: createdAtField('p', 'When it was recorded.'),
    STAGE_ENTERED_AT: {
      description: 'When it entered its current stage.',
      sort: { expr: 'p.stage_entered_at', cast: 'timestamptz' },
    },
    NEED_VALIDATED_AT: {
      description: 'When its need was validated (the start of time to hire).',
      sort: { expr: 'p.need_validated_at', cast: 'timestamptz' },
    },
  },
  NEWEST_FIRST,
);
export type PositionOrderValue = OrderValue<keyof typeof PositionOrder.Field>;

export const POSITIONS: ListSource<Position> = {
  type: 'Position',
  alias: 'p',
  base: (ctx) =>
    applyCondition(ctx.db.getRepository(Position).createQueryBuilder('p'), policy.position(ctx.viewer, 'p')),
  order: PositionOrder,
};

/** The days from `from` to `to` (fractional), or null. */
const daysBetween = (from: Date | null, to: Date | null) =>
  from && to ? (to.getTime() - from.getTime()) / DAY_MS : null;

export interface PositionStageDate {
  stage: S;
  enteredAt: Date | null;
  days: number | null;
  allotmentDays: number | null;
}

export const positionService = {
  list(ctx: RequestContext, filter: PositionFilter | undefined, args: ConnectionArgs, orderBy?: PositionOrderValue) {
    const qb = POSITIONS.base(ctx);
    if (filter?.initiativeId)
      qb.andWhere('p.initiative_id = :p_ini', {
        p_ini: expectGlobalId(filter.initiativeId, 'HiringInitiative', 'filter.initiativeId'),
      });
    if (filter?.agencyId)
      qb.andWhere('p.agency_id = :p_ag', { p_ag: expectGlobalId(filter.agencyId, 'Agency', 'filter.agencyId') });
    if (filter?.workRoleId)
      qb.andWhere('p.work_role_id = :p_wr', {
        p_wr: expectGlobalId(filter.workRoleId, 'WorkRole', 'filter.workRoleId'),
      });
    if (filter?.stages?.length) qb.andWhere('p.stage IN (:...p_st)', { p_st: filter.stages });
    if (filter?.systemPriorities?.length)
      qb.andWhere('p.system_priority IN (:...p_sp)', { p_sp: filter.systemPriorities });
    if (filter?.overdue !== undefined && filter.overdue !== null)
      qb.andWhere(filter.overdue ? overdueSql('p') : `NOT ${overdueSql('p')}`, { wf_now: ctx.clock.now() });
    if (filter?.likelyCodingError !== undefined && filter.likelyCodingError !== null)
      qb.andWhere(filter.likelyCodingError ? codingErrorSql('p') : `NOT ${codingErrorSql('p')}`);
    return paginate(qb, { args, ...PositionOrder.resolve(orderBy), idExpr: 'p.id' });
  },

  byId(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'positionById', Position, 'p', policy.position(ctx.viewer, 'p')).load(id);
  },

  overdue(ctx: RequestContext, p: Position): boolean {
    const days = STAGE_ALLOTMENT_DAYS[p.stage];
    return days !== undefined && p.stageEnteredAt.getTime() + days * DAY_MS < ctx.clock.now().getTime();
  },

  stageDeadline(p: Position): Date | null {
    const days = STAGE_ALLOTMENT_DAYS[p.stage];
    return days === undefined ? null : new Date(p.stageEnteredAt.getTime() + days * DAY_MS);
  },

  timeToHireDays(p: Position): number | null {
    return p.stage === S.ENTERED_ON_DUTY ? daysBetween(p.needValidatedAt, p.enteredOnDutyAt) : null;
  },

  /** Each stage with the date it was entered and the days spent in it (to the next stage's date). */
  stages(p: Position): PositionStageDate[] {
    return STAGE_ORDER.map((stage, i) => ({
      stage,
      enteredAt: p.dateOf(stage),
      days: i + 1 < STAGE_ORDER.length ? daysBetween(p.dateOf(stage), p.dateOf(STAGE_ORDER[i + 1])) : null,
      allotmentDays: STAGE_ALLOTMENT_DAYS[stage] ?? null,
    }));
  },

  /** The position, for a change by its own agency: hidden is NOT_FOUND, another agency's FORBIDDEN. */
  async forChange(ctx: RequestContext, globalId: string): Promise<Position> {
    signedIn(ctx.viewer);
    const p = await positionService.byId(ctx, expectGlobalId(globalId, 'Position', 'positionId'));
    assertVisible(p);
    allow(p.agencyId === ctx.viewer.organizationId, 'POSITION_AGENCY', "Only the position's agency changes it.");
    return p;
  },

  async record(ctx: RequestContext, input: RecordPositionInput): Promise<Position> {
    signedIn(ctx.viewer);
    const initiative = await workforceService.initiativeById(
      ctx,
      expectGlobalId(input.initiativeId, 'HiringInitiative', 'initiativeId'),
    );
    assertVisible(initiative);
    if (!isAgencyMember(ctx.viewer)) forbidden('AGENCY_MEMBER', 'Only a government agency records its positions.');
    if (!initiative.allowedAuthorities.includes(input.hiringAuthority))
      throw new BadInputError(`The initiative does not allow ${input.hiringAuthority}.`, {
        hiringAuthority: `not one of ${initiative.allowedAuthorities.join(', ')}`,
      });
    const codes = input.opmCodes.map((c) => c.trim());
    const seen = new Set<string>();
    const known = await Promise.all(codes.map((c) => workforceService.codeByCode(ctx, c)));
    codes.forEach((c, i) => {
      if (!known[i])
        throw new BadInputError(`${c} is not an OPM cybersecurity data code.`, { [`opmCodes[${i}]`]: 'unknown code' });
      if (seen.has(c)) throw new BadInputError(`${c} is named twice.`, { [`opmCodes[${i}]`]: 'repeated' });
      seen.add(c);
    });
    if (codes.includes('000') && codes.length > 1)
      throw new BadInputError('"000" (no cyber work) stands alone.', { opmCodes: '000 with other codes' });
    const sensitive = input.sensitive ?? false;
    if (sensitive && input.systemPriority !== SystemPriority.NATIONAL_SECURITY_SYSTEMS)
      throw new BadInputError('Only positions defending national security systems are marked sensitive.', {
        sensitive: 'not a national security systems position',
      });
    if (sensitive && !seesSensitive(ctx.viewer))
      forbidden('ORG_ADMIN', "Only the agency's administrators and analysts record sensitive positions.");
    if (input.needValidatedAt.getTime() > ctx.clock.now().getTime())
      throw new BadInputError('The need cannot be validated in the future.', { needValidatedAt: 'in the future' });
    const recorded = await mutate(ctx, 'recordPosition', async (tx) => {
      const m = tx.db;
      const p = await m.save(
        m.create(Position, {
          agencyId: ctx.viewer.organizationId,
          initiativeId: initiative.id,
          title: input.title.trim(),
          payPlan: input.payPlan,
          series: input.series,
          grade: input.grade,
          opmCodes: codes,
          workRoleId: known[0]!.workRoleId,
          locationState: input.locationState,
          locationCity: input.locationCity.trim(),
          clearance: input.clearance,
          systemPriority: input.systemPriority,
          hiringAuthority: input.hiringAuthority,
          sensitive,
          usajobsControlNumber: null,
          stage: S.NEED_VALIDATED,
          stageEnteredAt: input.needValidatedAt,
          needValidatedAt: input.needValidatedAt,
        }),
      );
      await positionLifecycle.record(tx, p.id, 'create', null, S.NEED_VALIDATED, {
        note: `Need validated ${input.needValidatedAt.toISOString().slice(0, 10)}.`,
      });
      await emit(tx, { kind: 'position.changed', subjectType: 'Position', subjectId: p.id });
      return { result: p, subjects: [p.globalId] };
    });
    ctx.pubsub.publish(POSITION_CHANGED, { positionId: recorded.id });
    return recorded;
  },

  /**
   * The next stage, on its date: a skipped stage is INVALID_TRANSITION; a date before the current stage's or
   * after the clock's now is BAD_USER_INPUT naming `date`. Announcing again clears the later stages' dates.
   */
  async move(ctx: RequestContext, input: MovePositionInput): Promise<Position> {
    const p = await positionService.forChange(ctx, input.positionId);
    const date = input.date;
    const moved = await transition(ctx, positionLifecycle, {
      id: p.id,
      action: input.stage as keyof typeof positionLifecycle.transitions,
      auditAction: 'movePosition',
      emit: 'position.changed',
      expectedVersion: input.expectedVersion,
      guard: (locked) => {
        if (date.getTime() < locked.stageEnteredAt.getTime())
          throw new BadInputError(`The date comes before the position entered ${locked.stage}.`, {
            date: `before ${locked.stageEnteredAt.toISOString()}`,
          });
        if (date.getTime() > ctx.clock.now().getTime())
          throw new BadInputError('The date is in the future.', { date: 'in the future' });
      },
      changes: (locked) => {
        const values: Record<string, unknown> = {
          stage: input.stage,
          stageEnteredAt: date,
          [STAGE_PROPERTY[input.stage]]: date,
        };
        if (input.stage === S.ANNOUNCEMENT_OPEN && REANNOUNCE_FROM.includes(locked.stage)) {
          for (const later of STAGE_ORDER.slice(STAGE_ORDER.indexOf(S.ANNOUNCEMENT_CLOSED)))
            values[STAGE_PROPERTY[later]] = null;
          values.reannouncements = locked.reannouncements + 1;
        }
        if (input.usajobsControlNumber) values.usajobsControlNumber = input.usajobsControlNumber;
        return values as Partial<Position>;
      },
      note: [`Entered ${input.stage} on ${date.toISOString().slice(0, 10)}.`, input.note].filter(Boolean).join(' '),
    });
    ctx.pubsub.publish(POSITION_CHANGED, { positionId: moved.id });
    return moved;
  },

  /** Applicant counts so far: never negative, never fewer than reported before, each stage at most the one before. */
  async reportCounts(ctx: RequestContext, input: ReportApplicantCountsInput): Promise<Position> {
    const p = await positionService.forChange(ctx, input.positionId);
    const funnel: Array<[keyof ReportApplicantCountsInput & string, keyof ReportApplicantCountsInput & string]> = [
      ['qualified', 'applicants'],
      ['referred', 'qualified'],
      ['interviewed', 'referred'],
      ['selected', 'referred'],
      ['declined', 'selected'],
    ];
    const fields: Record<string, string> = {};
    for (const [field, over] of funnel)
      if ((input[field] as number) > (input[over] as number)) fields[field] = `more than ${over}`;
    if (Object.keys(fields).length) throw new BadInputError('Each count is at most the stage before it.', fields);
    const counted = await mutate(ctx, 'reportApplicantCounts', async (tx) => {
      const locked = await tx.db
        .getRepository(Position)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id: p.id })
        .getOneOrFail();
      if (input.expectedVersion !== undefined && input.expectedVersion !== locked.version) {
        throw new StaleVersionError(input.expectedVersion, locked.version);
      }
      const names = ['applicants', 'qualified', 'referred', 'interviewed', 'selected', 'declined'] as const;
      const decreased = Object.fromEntries(
        names.filter((n) => input[n] < locked[n]).map((n) => [n, `fewer than the ${locked[n]} reported`]),
      );
      if (Object.keys(decreased).length) throw new BadInputError('Counts only grow.', decreased);
      await tx.db.update(Position, { id: p.id }, {
        ...Object.fromEntries(names.map((n) => [n, input[n]])),
        version: () => 'version + 1',
      } as never);
      const row = await tx.db.findOneByOrFail(Position, { id: p.id });
      await emit(tx, { kind: 'position.changed', subjectType: 'Position', subjectId: row.id });
      return { result: row, subjects: [row.globalId] };
    });
    ctx.pubsub.publish(POSITION_CHANGED, { positionId: counted.id });
    return counted;
  },
};
