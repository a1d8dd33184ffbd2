import { emit } from '../../core/outbox';
import type { ListSource } from '../../core/reads';
import { defineOrder, type OrderValue, NEWEST_FIRST, createdAtField } from '../../core/ordering';
import { allow, assertVisible, signedIn, visible } from '../../core/permissions';
import { DAY_MS } from '../../core/clock';
import { applyCondition, ConnectionArgs, nestedConnection, OrderDirection, paginate } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { BadInputError, ConflictError, InvalidTransitionError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { policy, sqlList } from '../../core/policy';
import { visibleById } from '../../core/visible';
import { mutate } from '../../core/transaction';
import { transition } from '../../core/lifecycle';
import { lockRow } from '../../core/sql';
import { hasCapability, isDeveloperMember, type Viewer } from '../../core/viewer';
import { frontierModelLoader } from '../models/frontier-model.loaders';
import type { FrontierModel } from '../models/frontier-model.entity';
import { AgencyCapability } from '../organizations/organization.enums';
import { BenchmarkResult } from './benchmark-result.entity';
import { DesignationResponse } from './designation-response.entity';
import { Designation } from './designation.entity';
import {
  DECIDED_STATUSES,
  DesignationBasis,
  DesignationDecision,
  DesignationStatus,
  OPEN_STATUSES,
  PROPOSED_STATUSES,
} from './designation.enums';
import {
  DecideDesignationInput,
  DesignationActionInput,
  DesignationFilter,
  OpenDesignationInput,
  ProposeDesignationInput,
  RecordBenchmarkResultInput,
  RequestDesignationInput,
  RequestReassessmentInput,
  RespondToDesignationInput,
} from './designation.inputs';
import { designationLifecycle, type DesignationAction } from './designation.lifecycle';
import { designationLoader, responseCountLoader } from './designation.loaders';

export const DesignationOrder = defineOrder(
  'Designation',
  {
    CREATED_AT: createdAtField('d', 'By when the case was opened.'),
    UPDATED_AT: { description: 'By last change.', sort: { expr: 'd.updated_at', cast: 'timestamptz' } },
  },
  NEWEST_FIRST,
);
export type DesignationOrderValue = OrderValue<keyof typeof DesignationOrder.Field>;

export const DEFAULT_RESPONSE_WINDOW_DAYS = 14;
export const REASSESSMENT_COOLDOWN_DAYS = 180;
export const DESIGNATION_UPDATED = 'designationUpdated';

const isAuthority = (v: Viewer) => hasCapability(v, AgencyCapability.DESIGNATION_AUTHORITY);

/** SQL: the proposal's response window has passed without a response. */
const OVERDUE_SQL = `(d.status IN (${sqlList(PROPOSED_STATUSES)}) AND d.proposed_at IS NOT NULL AND d.developer_notified_at IS NOT NULL
  AND GREATEST(d.proposed_at, d.developer_notified_at) + d.response_window_days * interval '1 day' < :overdue_now
  AND NOT EXISTS (SELECT 1 FROM designation_response r WHERE r.designation_id = d.id))`;

/** The developer's own model (visible and theirs), or NOT_FOUND. */
async function ownModel(ctx: RequestContext, globalId: string): Promise<FrontierModel> {
  const id = expectGlobalId(globalId, 'FrontierModel', 'modelId');
  const model = visible(await frontierModelLoader(ctx).load(id));
  allow(
    isDeveloperMember(ctx.viewer) && model.developerId === ctx.viewer.organizationId,
    'MODEL_DEVELOPER',
    "Only the model's developer does that.",
  );
  return model;
}

/** A case the viewer may act on as `role`; anything else is NOT_FOUND, exactly like a missing case. */
async function caseFor(ctx: RequestContext, globalId: string, role: 'authority' | 'developer'): Promise<Designation> {
  signedIn(ctx.viewer);
  const id = expectGlobalId(globalId, 'Designation', 'designationId');
  const d = await designationLoader(ctx).load(id);
  assertVisible(d);
  if (role === 'authority')
    allow(isAuthority(ctx.viewer), 'DESIGNATION_AUTHORITY', 'Only analysts of the designation authority move cases.');
  if (role === 'developer') {
    const model = visible(await frontierModelLoader(ctx).load(d.modelId));
    allow(
      isDeveloperMember(ctx.viewer) && model.developerId === ctx.viewer.organizationId,
      'MODEL_DEVELOPER',
      "Only the model's developer answers its cases.",
    );
  }
  return d;
}

/** One lifecycle move (core/lifecycle.ts), then the live update. */
async function move(
  ctx: RequestContext,
  d: Designation,
  action: DesignationAction,
  values: (locked: Designation, tx: RequestContext) => Promise<Partial<Designation>> | Partial<Designation>,
  opts: { note?: string | null; governmentOnly?: boolean } = {},
): Promise<Designation> {
  const result = await transition(ctx, designationLifecycle, {
    id: d.id,
    action,
    emit: 'designation.updated',
    changes: values,
    note: opts.note,
    governmentOnly: opts.governmentOnly,
  });
  ctx.pubsub.publish(DESIGNATION_UPDATED, { designationId: result.id });
  return result;
}

async function openCase(ctx: RequestContext, action: string, values: Partial<Designation>): Promise<Designation> {
  const result = await mutate(ctx, action, async (tx) => {
    const m = tx.db;
    // One open case per model at a time: serialize on the model row.
    await lockRow(m, 'frontier_model', values.modelId!);
    // Only the open cases the caller may see count: a confidential screening the developer was never told of
    // must not show through a refusal, so the developer's own request then opens beside it.
    const open = await applyCondition(
      m.getRepository(Designation).createQueryBuilder('d'),
      policy.designation(ctx.viewer, 'd'),
    )
      .andWhere('d.model_id = :model AND d.status IN (:...open)', {
        model: values.modelId,
        open: [...OPEN_STATUSES],
      })
      .getCount();
    if (open) throw new ConflictError('This model already has an open designation case.', { field: 'modelId' });
    const d = await m.save(
      m.create(Designation, {
        status: DesignationStatus.OPEN,
        responseWindowDays: DEFAULT_RESPONSE_WINDOW_DAYS,
        ...values,
      }),
    );
    await designationLifecycle.record(tx, d.id, 'create', null, DesignationStatus.OPEN, {
      note: values.question ?? null,
    });
    await emit(tx, { kind: 'designation.updated', subjectType: 'Designation', subjectId: d.id });
    return { result: d, subjects: [d.globalId] };
  });
  ctx.pubsub.publish(DESIGNATION_UPDATED, { designationId: result.id });
  return result;
}

async function leadAgencyId(ctx: RequestContext): Promise<string> {
  const rows: { id: string }[] = await ctx.db.query(
    `SELECT id FROM organization WHERE kind = 'GOVERNMENT_AGENCY' AND 'DESIGNATION_AUTHORITY' = ANY(capabilities) ORDER BY created_at, id LIMIT 1`,
  );
  if (!rows.length) throw new ConflictError('No agency holds the designation authority yet.');
  return rows[0].id;
}

export const BenchmarkResultOrder = defineOrder(
  'BenchmarkResult',
  {
    EVALUATED_AT: { description: 'When it was evaluated.', sort: { expr: 'b.evaluated_at', cast: 'timestamptz' } },
    SCORE: { description: 'By score.', sort: { expr: 'b.score', cast: 'float8' } },
  },
  { field: 'EVALUATED_AT', direction: OrderDirection.ASC },
);
export type BenchmarkResultOrderValue = OrderValue<keyof typeof BenchmarkResultOrder.Field>;

export const DesignationResponseOrder = defineOrder(
  'DesignationResponse',
  { SUBMITTED_AT: { description: 'When it was submitted.', sort: { expr: 'r.submitted_at', cast: 'timestamptz' } } },
  { field: 'SUBMITTED_AT', direction: OrderDirection.ASC },
);
export type DesignationResponseOrderValue = OrderValue<keyof typeof DesignationResponseOrder.Field>;

/** Lists of cases and results, for compiled reads (core/reads.ts); the resolvers page the same base queries. */
export const DESIGNATIONS: ListSource<Designation> = {
  type: 'Designation',
  alias: 'd',
  base: (ctx) =>
    applyCondition(ctx.db.getRepository(Designation).createQueryBuilder('d'), policy.designation(ctx.viewer, 'd')),
  order: DesignationOrder,
};
export const CASES_OF_MODEL: ListSource<Designation> = { ...DESIGNATIONS, parentExpr: 'd.model_id' };
export const BENCHMARK_RESULTS_OF: ListSource<BenchmarkResult> = {
  type: 'BenchmarkResult',
  alias: 'b',
  base: (ctx) =>
    applyCondition(ctx.db.getRepository(BenchmarkResult).createQueryBuilder('b'), policy.benchmarkResult(ctx.viewer)),
  order: BenchmarkResultOrder,
  parentExpr: 'b.designation_id',
};

export const designationService = {
  list(
    ctx: RequestContext,
    filter: DesignationFilter | undefined,
    order: DesignationOrderValue | undefined,
    args: ConnectionArgs,
  ) {
    const qb = DESIGNATIONS.base(ctx);
    if (filter?.statuses?.length) qb.andWhere('d.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.bases?.length) qb.andWhere('d.basis IN (:...bases)', { bases: filter.bases });
    if (filter?.leadAgencyId)
      qb.andWhere('d.lead_agency_id = :lead', {
        lead: expectGlobalId(filter.leadAgencyId, 'Agency', 'filter.leadAgencyId'),
      });
    if (filter?.modelId)
      qb.andWhere('d.model_id = :model', { model: expectGlobalId(filter.modelId, 'FrontierModel', 'filter.modelId') });
    if (filter?.responseOverdue !== undefined && filter.responseOverdue !== null) {
      qb.andWhere(filter.responseOverdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`, { overdue_now: ctx.clock.now() });
    }
    return paginate(qb, { args, ...DesignationOrder.resolve(order), idExpr: 'd.id' });
  },

  casesOfModel(ctx: RequestContext, modelId: string, args: ConnectionArgs, order?: DesignationOrderValue) {
    return nestedConnection(ctx.loaders, modelId, {
      ...DesignationOrder.resolve(order),
      name: 'designationsOfModel',
      base: () => CASES_OF_MODEL.base(ctx),
      parentExpr: CASES_OF_MODEL.parentExpr!,
      parentOf: (d) => d.modelId,
      idExpr: 'd.id',
      args,
    });
  },

  /** `Designation.benchmarkResults`: one statement for the pages of every case in the response. */
  benchmarkResults(
    ctx: RequestContext,
    designationId: string,
    args: ConnectionArgs,
    orderBy?: BenchmarkResultOrderValue,
  ) {
    return nestedConnection(ctx.loaders, designationId, {
      name: 'benchmarkResultsOf',
      base: () => BENCHMARK_RESULTS_OF.base(ctx),
      parentExpr: BENCHMARK_RESULTS_OF.parentExpr!,
      parentOf: (b) => b.designationId,
      ...BenchmarkResultOrder.resolve(orderBy),
      idExpr: 'b.id',
      args,
    });
  },

  benchmarkResultById(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'benchmarkResultById', BenchmarkResult, 'b', policy.benchmarkResult(ctx.viewer)).load(id);
  },

  responseById(ctx: RequestContext, id: string) {
    return visibleById(
      ctx,
      'designationResponseById',
      DesignationResponse,
      'r',
      policy.designationResponse(ctx.viewer, 'r'),
    ).load(id);
  },

  /** `Designation.responses`: whoever sees the case sees its responses (policy.designationResponse); one statement per level. */
  responses(ctx: RequestContext, designationId: string, args: ConnectionArgs, orderBy?: DesignationResponseOrderValue) {
    return nestedConnection(ctx.loaders, designationId, {
      name: 'responsesOf',
      base: () =>
        applyCondition(
          ctx.db.getRepository(DesignationResponse).createQueryBuilder('r'),
          policy.designationResponse(ctx.viewer, 'r'),
        ),
      parentExpr: 'r.designation_id',
      parentOf: (r) => r.designationId,
      ...DesignationResponseOrder.resolve(orderBy),
      idExpr: 'r.id',
      args,
    });
  },

  async responseOverdue(ctx: RequestContext, d: Designation): Promise<boolean> {
    const due = d.responseDueAt;
    if (!due || !(PROPOSED_STATUSES as readonly string[]).includes(d.status) || due > ctx.clock.now()) return false;
    return (await responseCountLoader(ctx).load(d.id)) === 0;
  },

  byId(ctx: RequestContext, id: string) {
    return designationLoader(ctx).load(id);
  },

  async request(ctx: RequestContext, input: RequestDesignationInput) {
    signedIn(ctx.viewer);
    const model = await ownModel(ctx, input.modelId);
    return openCase(ctx, 'requestDesignation', {
      modelId: model.id,
      basis: DesignationBasis.DEVELOPER_REQUEST,
      leadAgencyId: await leadAgencyId(ctx),
      question: input.question ?? null,
    });
  },

  async open(ctx: RequestContext, input: OpenDesignationInput) {
    signedIn(ctx.viewer);
    allow(isAuthority(ctx.viewer), 'DESIGNATION_AUTHORITY', 'Only analysts of the designation authority open cases.');
    if (input.basis === DesignationBasis.DEVELOPER_REQUEST) {
      throw new BadInputError('Developers open DEVELOPER_REQUEST cases themselves.', {
        basis: 'BENCHMARK_SCREENING or AGENCY_INITIATIVE',
      });
    }
    const model = await frontierModelLoader(ctx).load(expectGlobalId(input.modelId, 'FrontierModel', 'modelId'));
    assertVisible(model);
    return openCase(ctx, 'openDesignation', {
      modelId: model.id,
      basis: input.basis,
      leadAgencyId: ctx.viewer.organizationId!,
      responseWindowDays: input.responseWindowDays ?? DEFAULT_RESPONSE_WINDOW_DAYS,
    });
  },

  async recordBenchmarkResult(
    ctx: RequestContext,
    input: RecordBenchmarkResultInput,
  ): Promise<{ designation: Designation; result: BenchmarkResult }> {
    const d = await caseFor(ctx, input.designationId, 'authority');
    const evaluatedAt = input.evaluatedAt ?? ctx.clock.now();
    if (evaluatedAt > ctx.clock.now())
      throw new BadInputError('evaluatedAt cannot be in the future.', {
        evaluatedAt: `must be at or before ${ctx.clock.now().toISOString()}`,
      });
    let result!: BenchmarkResult;
    const designation = await move(
      ctx,
      d,
      'recordBenchmarkResult',
      async (_locked, tx) => {
        result = await tx.db.save(
          tx.db.create(BenchmarkResult, {
            designationId: d.id,
            suite: input.suite,
            suiteVersion: input.suiteVersion,
            score: input.score,
            threshold: input.threshold,
            evaluatedAt,
            classifiedReference: input.classifiedReference ?? null,
          }),
        );
        return {};
      },
      { governmentOnly: true, note: `${input.suite} ${input.suiteVersion}` },
    );
    return { designation, result };
  },

  async propose(ctx: RequestContext, input: ProposeDesignationInput) {
    const d = await caseFor(ctx, input.designationId, 'authority');
    const action = input.outcome === DesignationDecision.COVERED ? 'proposeCovered' : 'proposeNotCovered';
    return move(
      ctx,
      d,
      action,
      () => ({
        proposedAt: ctx.clock.now(),
        rationale: input.rationale ?? null,
        ...(input.responseWindowDays ? { responseWindowDays: input.responseWindowDays } : {}),
      }),
      { note: input.rationale },
    );
  },

  async notifyDeveloper(ctx: RequestContext, input: DesignationActionInput) {
    const d = await caseFor(ctx, input.designationId, 'authority');
    if (d.developerNotifiedAt)
      throw new InvalidTransitionError(d.status, 'notifyDeveloper', 'The developer has already been notified.');
    return move(ctx, d, 'notifyDeveloper', () => ({ developerNotifiedAt: ctx.clock.now() }), { note: input.note });
  },

  async respond(ctx: RequestContext, input: RespondToDesignationInput) {
    const d = await caseFor(ctx, input.designationId, 'developer');
    const due = d.responseDueAt;
    if (designationLifecycle.can(d.status, 'respond') && !due) {
      throw new InvalidTransitionError(
        d.status,
        'respond',
        'The response window has not opened: the developer has not been notified of a proposal.',
      );
    }
    if (due && ctx.clock.now() > due) {
      throw new BadInputError(`The response window closed at ${due.toISOString()}.`, {
        designationId: `responses were due by ${due.toISOString()}`,
      });
    }
    let response!: DesignationResponse;
    const designation = await move(
      ctx,
      d,
      'respond',
      async (_l, tx) => {
        response = await tx.db.save(
          tx.db.create(DesignationResponse, {
            designationId: d.id,
            position: input.position,
            arguments: input.arguments,
            submittedAt: ctx.clock.now(),
            submittedById: ctx.viewer.userId ?? null,
          }),
        );
        return {};
      },
      { note: input.position },
    );
    return { designation, response };
  },

  async decide(ctx: RequestContext, input: DecideDesignationInput) {
    const d = await caseFor(ctx, input.designationId, 'authority');
    const action = input.decision === DesignationDecision.COVERED ? 'decideCovered' : 'decideNotCovered';
    designationLifecycle.next(d.status, action);
    // A COVERED decision is never taken behind the developer's back: it must have been notified of the proposal.
    if (action === 'decideCovered' && !d.developerNotifiedAt) {
      throw new InvalidTransitionError(
        d.status,
        action,
        'The developer has not been notified of the proposal: notify it, then decide after its response or after its response window.',
        { requires: 'notifyDeveloper' },
      );
    }
    const due = d.responseDueAt;
    // Before the response window closes, the decision waits for the developer's response.
    if (due && ctx.clock.now() < due && (await responseCountLoader(ctx).load(d.id)) === 0) {
      throw new InvalidTransitionError(
        d.status,
        action,
        `The developer may respond until ${due.toISOString()}; decide after a response or after that date.`,
        { availableAt: due.toISOString() },
      );
    }
    return move(ctx, d, action, () => ({ decidedAt: ctx.clock.now(), rationale: input.rationale }), {
      note: input.rationale,
    });
  },

  async withdraw(ctx: RequestContext, input: DesignationActionInput) {
    signedIn(ctx.viewer);
    const id = expectGlobalId(input.designationId, 'Designation', 'designationId');
    const d = await designationLoader(ctx).load(id);
    assertVisible(d);
    // The authority may withdraw any case; a developer only a request it made itself.
    if (!isAuthority(ctx.viewer)) {
      await caseFor(ctx, input.designationId, 'developer');
      allow(
        d.basis === DesignationBasis.DEVELOPER_REQUEST,
        'CASE_REQUESTER',
        'A developer withdraws only the requests it made.',
      );
    }
    return move(ctx, d, 'withdraw', () => ({}), { note: input.note });
  },

  async requestReassessment(ctx: RequestContext, input: RequestReassessmentInput) {
    signedIn(ctx.viewer);
    const model = await ownModel(ctx, input.modelId);
    const [last] = await ctx.db
      .getRepository(Designation)
      .createQueryBuilder('d')
      .where('d.model_id = :id', { id: model.id })
      .andWhere('d.status IN (:...decided)', { decided: [...DECIDED_STATUSES] })
      .andWhere(policy.designation(ctx.viewer, 'd').sql, policy.designation(ctx.viewer, 'd').params)
      .orderBy('d.decided_at', 'DESC')
      .limit(1)
      .getMany();
    if (!last || last.status !== DesignationStatus.COVERED) {
      throw new InvalidTransitionError(
        last?.status ?? 'UNDETERMINED',
        'requestReassessment',
        'Only a covered model can be reassessed.',
      );
    }
    const availableAt = new Date(last.decidedAt!.getTime() + REASSESSMENT_COOLDOWN_DAYS * DAY_MS);
    if (ctx.clock.now() < availableAt) {
      throw new InvalidTransitionError(
        DesignationStatus.COVERED,
        'requestReassessment',
        `Reassessment can be requested from ${availableAt.toISOString()} (${REASSESSMENT_COOLDOWN_DAYS} days after the designation).`,
        { availableAt: availableAt.toISOString() },
      );
    }
    return openCase(ctx, 'requestReassessment', {
      modelId: model.id,
      basis: DesignationBasis.DEVELOPER_REQUEST,
      leadAgencyId: last.leadAgencyId,
      reassessmentOfId: last.id,
      question: input.newFacts,
    });
  },
};
