import type { ListSource } from '../../core/reads';
import { allow, assertVisible, signedIn } from '../../core/permissions';
import { DAY_MS } from '../../core/clock';
import { defineOrder, type OrderValue, NEWEST_FIRST, createdAtField } from '../../core/ordering';
import { applyCondition, ConnectionArgs, nestedConnection, OrderDirection, paginate } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { BadInputError, ConflictError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { Marking } from '../../core/marking';
import { policy } from '../../core/policy';
import { mutate } from '../../core/transaction';
import { transition, transitionIn } from '../../core/lifecycle';
import { lockRow } from '../../core/sql';
import { isDeveloperMember, isGovernment } from '../../core/viewer';
import type { FrontierModel } from '../models/frontier-model.entity';
import { frontierModelLoader } from '../models/frontier-model.loaders';
import { organizationLoader } from '../organizations/organization.loaders';
import { Agency } from '../organizations/agency.entity';
import { ReviewFinding } from './review-finding.entity';
import { ClosedReason, FindingStatus, OPEN_WINDOW_STATUSES, ReviewWindowStatus } from './review-window.enums';
import { ReviewWindow } from './review-window.entity';
import {
  CloseReviewWindowInput,
  FileReviewFindingInput,
  ProposeReviewWindowInput,
  ReviewFindingActionInput,
  ReviewWindowActionInput,
  ReviewWindowFilter,
} from './review-window.inputs';
import { findingLifecycle, reviewWindowLifecycle } from './review-window.lifecycle';
import { reviewFindingLoader, reviewWindowLoader } from './review-window.loaders';

/** Pre-release access starts at most this many days before the planned release (Executive Order 14409). */
export const MAX_ACCESS_DAYS = 30;

/** Keeps access inside [plannedReleaseAt - 30 days, plannedReleaseAt]. */
export function clampAccessStart(accessStartsAt: Date, plannedReleaseAt: Date): Date {
  const earliest = plannedReleaseAt.getTime() - MAX_ACCESS_DAYS * DAY_MS;
  return new Date(Math.min(Math.max(accessStartsAt.getTime(), earliest), plannedReleaseAt.getTime()));
}

/** The viewer may act on this window in this role; otherwise NOT_FOUND, exactly like a missing window. */
async function assertRole(
  ctx: RequestContext,
  window: ReviewWindow,
  role: 'developer' | 'government',
): Promise<FrontierModel> {
  const model = await frontierModelLoader(ctx).load(window.modelId);
  assertVisible(model);
  if (role === 'developer')
    allow(
      isDeveloperMember(ctx.viewer) && model.developerId === ctx.viewer.organizationId,
      'MODEL_DEVELOPER',
      "Only the model's developer does that.",
    );
  else allow(isGovernment(ctx.viewer), 'ANALYST', 'Only government analysts do that.');
  return model;
}

async function windowFor(
  ctx: RequestContext,
  globalId: string,
  role: 'developer' | 'government',
): Promise<{ window: ReviewWindow; model: FrontierModel }> {
  signedIn(ctx.viewer);
  const window = await reviewWindowLoader(ctx).load(expectGlobalId(globalId, 'ReviewWindow', 'windowId'));
  assertVisible(window);
  return { window, model: await assertRole(ctx, window, role) };
}

function moveWindow(
  ctx: RequestContext,
  window: ReviewWindow,
  action: keyof typeof reviewWindowLifecycle.transitions,
  values: Partial<ReviewWindow> = {},
  note?: string | null,
) {
  return transition(ctx, reviewWindowLifecycle, {
    id: window.id,
    action,
    auditAction: `${action}ReviewWindow`,
    changes: () => values,
    note,
  });
}

async function moveFinding(
  ctx: RequestContext,
  input: ReviewFindingActionInput,
  action: keyof typeof findingLifecycle.transitions,
) {
  signedIn(ctx.viewer);
  const finding = await reviewFindingLoader(ctx).load(expectGlobalId(input.findingId, 'ReviewFinding', 'findingId'));
  assertVisible(finding);
  // Only the developer answers its findings.
  const window = await reviewWindowLoader(ctx).load(finding.windowId);
  assertVisible(window);
  await assertRole(ctx, window, 'developer');
  return transition(ctx, findingLifecycle, {
    id: finding.id,
    action,
    auditAction: `${action}ReviewFinding`,
    note: input.note,
  });
}

export const ReviewWindowOrder = defineOrder(
  'ReviewWindow',
  {
    PLANNED_RELEASE_AT: {
      description: 'By planned release.',
      sort: { expr: 'w.planned_release_at', cast: 'timestamptz' },
    },
    CREATED_AT: createdAtField('w', 'When it was proposed.'),
  },
  { field: 'PLANNED_RELEASE_AT', direction: OrderDirection.ASC },
);
export type ReviewWindowOrderValue = OrderValue<keyof typeof ReviewWindowOrder.Field>;
export const WINDOWS_OF_MODEL_ORDER: ReviewWindowOrderValue = NEWEST_FIRST;

export const ReviewFindingOrder = defineOrder(
  'ReviewFinding',
  {
    CREATED_AT: createdAtField('f', 'When it was filed.'),
  },
  { field: 'CREATED_AT', direction: OrderDirection.ASC },
);
export type ReviewFindingOrderValue = OrderValue<keyof typeof ReviewFindingOrder.Field>;

/** The model's open windows, oldest first (each is then locked by its move). */
const openWindowsOf = (tx: RequestContext, modelId: string) =>
  tx.db
    .getRepository(ReviewWindow)
    .createQueryBuilder('w')
    .where('w.model_id = :id', { id: modelId })
    .andWhere('w.status IN (:...open)', { open: [...OPEN_WINDOW_STATUSES] })
    .orderBy('w.created_at')
    .getMany();

/** Windows and findings, for compiled reads (core/reads.ts); the resolvers page the same base queries. */
export const WINDOWS: ListSource<ReviewWindow> = {
  type: 'ReviewWindow',
  alias: 'w',
  base: (ctx) =>
    applyCondition(ctx.db.getRepository(ReviewWindow).createQueryBuilder('w'), policy.reviewWindow(ctx.viewer, 'w')),
  order: ReviewWindowOrder,
};
export const WINDOWS_OF_MODEL: ListSource<ReviewWindow> = {
  ...WINDOWS,
  parentExpr: 'w.model_id',
  defaultOrder: WINDOWS_OF_MODEL_ORDER,
};
export const FINDINGS_OF_WINDOW: ListSource<ReviewFinding> = {
  type: 'ReviewFinding',
  alias: 'f',
  base: (ctx) =>
    applyCondition(ctx.db.getRepository(ReviewFinding).createQueryBuilder('f'), policy.reviewFinding(ctx.viewer, 'f')),
  order: ReviewFindingOrder,
  parentExpr: 'f.window_id',
};

export const reviewWindowService = {
  list(
    ctx: RequestContext,
    filter: ReviewWindowFilter | undefined,
    args: ConnectionArgs,
    orderBy?: ReviewWindowOrderValue,
  ) {
    const qb = WINDOWS.base(ctx);
    if (filter?.statuses?.length) qb.andWhere('w.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.modelId)
      qb.andWhere('w.model_id = :model', { model: expectGlobalId(filter.modelId, 'FrontierModel', 'filter.modelId') });
    if (filter?.releaseBefore) qb.andWhere('w.planned_release_at <= :rb', { rb: filter.releaseBefore });
    return paginate(qb, { args, ...ReviewWindowOrder.resolve(orderBy), idExpr: 'w.id' });
  },

  windowsOfModel(ctx: RequestContext, modelId: string, args: ConnectionArgs, orderBy?: ReviewWindowOrderValue) {
    return nestedConnection(ctx.loaders, modelId, {
      ...ReviewWindowOrder.resolve(orderBy ?? WINDOWS_OF_MODEL_ORDER),
      name: 'reviewWindowsOfModel',
      base: () => WINDOWS_OF_MODEL.base(ctx),
      parentExpr: WINDOWS_OF_MODEL.parentExpr!,
      parentOf: (w) => w.modelId,
      idExpr: 'w.id',
      args,
    });
  },

  findingsOf(ctx: RequestContext, windowId: string, args: ConnectionArgs, orderBy?: ReviewFindingOrderValue) {
    return nestedConnection(ctx.loaders, windowId, {
      ...ReviewFindingOrder.resolve(orderBy),
      name: 'findingsOfWindow',
      base: () => FINDINGS_OF_WINDOW.base(ctx),
      parentExpr: FINDINGS_OF_WINDOW.parentExpr!,
      parentOf: (f) => f.windowId,
      idExpr: 'f.id',
      args,
    });
  },

  async reviewingAgencies(ctx: RequestContext, window: ReviewWindow): Promise<Agency[]> {
    const orgs = await organizationLoader(ctx).loadMany(window.reviewingAgencyIds);
    return orgs.filter((o): o is Agency => o instanceof Agency);
  },

  byId(ctx: RequestContext, id: string) {
    return reviewWindowLoader(ctx).load(id);
  },

  findingById(ctx: RequestContext, id: string) {
    return reviewFindingLoader(ctx).load(id);
  },

  daysUntilRelease(ctx: RequestContext, window: ReviewWindow): number {
    return Math.ceil((window.plannedReleaseAt.getTime() - ctx.clock.now().getTime()) / DAY_MS);
  },

  async propose(ctx: RequestContext, input: ProposeReviewWindowInput) {
    signedIn(ctx.viewer);
    const model = await frontierModelLoader(ctx).load(expectGlobalId(input.modelId, 'FrontierModel', 'modelId'));
    assertVisible(model);
    allow(
      isDeveloperMember(ctx.viewer) && model.developerId === ctx.viewer.organizationId,
      'MODEL_DEVELOPER',
      "Only the model's developer proposes its review windows.",
    );
    const now = ctx.clock.now();
    if (model.releasedAt) throw new BadInputError('The model is already released.', { modelId: 'already released' });
    if (!model.plannedReleaseAt || model.plannedReleaseAt <= now) {
      throw new BadInputError('Set a planned release date in the future on the model first.', {
        modelId: 'needs a future plannedReleaseAt',
      });
    }
    const earliest = new Date(model.plannedReleaseAt.getTime() - MAX_ACCESS_DAYS * DAY_MS);
    if (input.accessStartsAt < earliest) {
      throw new BadInputError(
        `accessStartsAt may not be earlier than ${MAX_ACCESS_DAYS} days before the planned release (${earliest.toISOString()}).`,
        { accessStartsAt: `not before ${earliest.toISOString()}` },
      );
    }
    if (input.accessStartsAt >= model.plannedReleaseAt) {
      throw new BadInputError('accessStartsAt must be before the planned release.', {
        accessStartsAt: `before ${model.plannedReleaseAt.toISOString()}`,
      });
    }
    const agencyIds = [
      ...new Set(input.reviewingAgencyIds.map((id, i) => expectGlobalId(id, 'Agency', `reviewingAgencyIds[${i}]`))),
    ];
    const agencies = await ctx.db.getRepository(Agency).findBy(agencyIds.map((id) => ({ id })));
    if (agencies.length !== agencyIds.length)
      throw new BadInputError('Every reviewing agency must exist.', { reviewingAgencyIds: 'unknown agency' });
    return mutate(ctx, 'proposeReviewWindow', async (tx) => {
      const m = tx.db;
      await lockRow(m, 'frontier_model', model.id);
      const open: unknown[] = await m.query('SELECT 1 FROM review_window WHERE model_id = $1 AND status = ANY($2)', [
        model.id,
        [...OPEN_WINDOW_STATUSES],
      ]);
      if (open.length) throw new ConflictError('This model already has an open review window.', { field: 'modelId' });
      const window = await m.save(
        m.create(ReviewWindow, {
          modelId: model.id,
          plannedReleaseAt: model.plannedReleaseAt!,
          accessStartsAt: input.accessStartsAt,
          status: ReviewWindowStatus.PROPOSED,
          reviewingAgencyIds: agencyIds,
          accessTerms: { ...input.accessTerms },
        }),
      );
      await reviewWindowLifecycle.record(tx, window.id, 'create', null, ReviewWindowStatus.PROPOSED);
      return { result: window, subjects: [window.globalId, model.globalId] };
    });
  },

  async agree(ctx: RequestContext, input: ReviewWindowActionInput) {
    const { window } = await windowFor(ctx, input.windowId, 'government');
    return moveWindow(ctx, window, 'agree', {}, input.note);
  },

  async grantAccess(ctx: RequestContext, input: ReviewWindowActionInput) {
    const { window } = await windowFor(ctx, input.windowId, 'developer');
    return moveWindow(ctx, window, 'grantAccess', {}, input.note);
  },

  async cancel(ctx: RequestContext, input: ReviewWindowActionInput) {
    signedIn(ctx.viewer);
    const role = isGovernment(ctx.viewer) ? 'government' : 'developer';
    const { window } = await windowFor(ctx, input.windowId, role);
    return moveWindow(ctx, window, 'cancel', {}, input.note);
  },

  async close(ctx: RequestContext, input: CloseReviewWindowInput) {
    const { window } = await windowFor(ctx, input.windowId, 'developer');
    return moveWindow(ctx, window, 'close', { closedReason: input.reason }, input.note);
  },

  async fileFinding(ctx: RequestContext, input: FileReviewFindingInput) {
    const { window } = await windowFor(ctx, input.windowId, 'government');
    allow(
      window.reviewingAgencyIds.includes(ctx.viewer.organizationId!),
      'REVIEWING_AGENCY',
      'Only the reviewing agencies file findings.',
    );
    if (window.status !== ReviewWindowStatus.ACCESS_GRANTED) {
      throw new BadInputError('Findings are filed while access is granted.', {
        windowId: `window is ${window.status}`,
      });
    }
    return mutate(ctx, 'fileReviewFinding', async (tx) => {
      const m = tx.db;
      const finding = await m.save(
        m.create(ReviewFinding, {
          windowId: window.id,
          filedByAgencyId: ctx.viewer.organizationId!,
          filedByUserId: ctx.viewer.userId ?? null,
          title: input.title,
          category: input.category,
          severity: input.severity,
          description: input.description,
          status: FindingStatus.SHARED,
          marking: input.marking ?? Marking.AMBER_STRICT,
        }),
      );
      await findingLifecycle.record(tx, finding.id, 'create', null, FindingStatus.SHARED);
      return { result: finding, subjects: [finding.globalId, window.globalId] };
    });
  },

  acknowledgeFinding: (ctx: RequestContext, input: ReviewFindingActionInput) => moveFinding(ctx, input, 'acknowledge'),
  mitigateFinding: (ctx: RequestContext, input: ReviewFindingActionInput) => moveFinding(ctx, input, 'mitigate'),
  acceptFindingRisk: (ctx: RequestContext, input: ReviewFindingActionInput) => moveFinding(ctx, input, 'acceptRisk'),

  /** Release always closes the model's open windows as RELEASED, whatever their findings. */
  async closeOnRelease(tx: RequestContext, modelId: string): Promise<string[]> {
    const subjects: string[] = [];
    for (const w of await openWindowsOf(tx, modelId)) {
      const moved = await transitionIn(tx, reviewWindowLifecycle, {
        id: w.id,
        action: 'close',
        changes: () => ({ closedReason: ClosedReason.RELEASED }),
        note: 'Model released',
      });
      subjects.push(...moved.subjects);
    }
    return subjects;
  },

  /** A moved release date moves the open windows with it and re-clamps their access start. */
  async followPlannedRelease(tx: RequestContext, modelId: string, plannedReleaseAt: Date): Promise<string[]> {
    const subjects: string[] = [];
    for (const w of await openWindowsOf(tx, modelId)) {
      const accessStartsAt = clampAccessStart(w.accessStartsAt, plannedReleaseAt);
      const moved = await transitionIn(tx, reviewWindowLifecycle, {
        id: w.id,
        action: 'moveRelease',
        changes: () => ({ plannedReleaseAt, accessStartsAt }),
        note: `Release planned for ${plannedReleaseAt.toISOString()}; access from ${accessStartsAt.toISOString()}`,
      });
      subjects.push(...moved.subjects);
    }
    return subjects;
  },
};
