import type { ListSource } from '../../core/reads';
import { defineOrder, type OrderValue, NEWEST_FIRST, createdAtField } from '../../core/ordering';
import type { SelectQueryBuilder } from 'typeorm';
import { allow, assertVisible, forbidden, notFound, signedIn, visible } from '../../core/permissions';
import { applyCondition, ConnectionArgs, nestedConnection, paginate } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { BadInputError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { policy } from '../../core/policy';
import { transition } from '../../core/lifecycle';
import { modelLifecycle } from './frontier-model.lifecycle';
import { mutate, updateVersioned } from '../../core/transaction';
import { isDeveloperMember, isPlatformAdmin } from '../../core/viewer';
import { organizationLoader } from '../organizations/organization.loaders';
import { Developer } from '../organizations/developer.entity';
import { FrontierModel } from './frontier-model.entity';
import {
  FrontierModelFilter,
  RecordModelReleaseInput,
  RegisterFrontierModelInput,
  UpdateFrontierModelInput,
} from './frontier-model.inputs';
import { frontierModelLoader } from './frontier-model.loaders';
import { plannedReleaseMoved } from './frontier-model.hooks';

const FAR_FUTURE = "'9999-12-31T00:00:00Z'::timestamptz";

export const FrontierModelOrder = defineOrder(
  'FrontierModel',
  {
    NAME: {
      description: 'By name, then version label.',
      sort: { expr: "m.name || ' ' || m.model_version", cast: 'text' },
    },
    CREATED_AT: createdAtField('m', 'By registration time.'),
    PLANNED_RELEASE_AT: {
      description: 'By planned release (models without one last).',
      sort: { expr: `COALESCE(m.planned_release_at, ${FAR_FUTURE})`, cast: 'timestamptz' },
    },
  },
  NEWEST_FIRST,
);
export type FrontierModelOrderValue = OrderValue<keyof typeof FrontierModelOrder.Field>;

function filtered(ctx: RequestContext, filter: FrontierModelFilter | undefined): SelectQueryBuilder<FrontierModel> {
  const qb = applyCondition(
    ctx.db.getRepository(FrontierModel).createQueryBuilder('m'),
    policy.frontierModel(ctx.viewer, 'm'),
  );
  if (filter?.developerId)
    qb.andWhere('m.developer_id = :dev', {
      dev: expectGlobalId(filter.developerId, 'Developer', 'filter.developerId'),
    });
  if (filter?.coverage?.length) {
    const expr = policy.coverage(ctx.viewer, 'm');
    qb.andWhere(`(${expr.sql}) IN (:...coverage)`, { ...expr.params, coverage: filter.coverage });
  }
  if (filter?.released === true) qb.andWhere('m.released_at IS NOT NULL');
  if (filter?.released === false) qb.andWhere('m.released_at IS NULL');
  if (filter?.plannedReleaseAfter)
    qb.andWhere('m.planned_release_at >= :after_t', { after_t: filter.plannedReleaseAfter });
  if (filter?.plannedReleaseBefore)
    qb.andWhere('m.planned_release_at <= :before_t', { before_t: filter.plannedReleaseBefore });
  if (filter?.search) qb.andWhere('m.name ILIKE :q', { q: `%${filter.search.replace(/[\\%_]/g, (x) => `\\${x}`)}%` });
  return qb;
}

/** `frontierModels` and `Developer.models`, for compiled reads (core/reads.ts). */
export const MODELS: ListSource<FrontierModel> = {
  type: 'FrontierModel',
  alias: 'm',
  base: (ctx) => filtered(ctx, undefined),
  order: FrontierModelOrder,
};
export const MODELS_OF_DEVELOPER: ListSource<FrontierModel> = { ...MODELS, parentExpr: 'm.developer_id' };

function checkPlannedRelease(ctx: RequestContext, at: Date | undefined) {
  if (at && at <= ctx.clock.now()) {
    throw new BadInputError('plannedReleaseAt must be in the future.', {
      plannedReleaseAt: `must be after ${ctx.clock.now().toISOString()}`,
    });
  }
}

export const frontierModelService = {
  models(
    ctx: RequestContext,
    filter: FrontierModelFilter | undefined,
    order: FrontierModelOrderValue | undefined,
    args: ConnectionArgs,
  ) {
    return paginate(filtered(ctx, filter), { args, ...FrontierModelOrder.resolve(order), idExpr: 'm.id' });
  },

  /** `developer.models`: one statement for every developer on the page (and one more if totalCount is asked). */
  modelsOfDeveloper(
    ctx: RequestContext,
    developerId: string,
    filter: FrontierModelFilter | undefined,
    order: FrontierModelOrderValue | undefined,
    args: ConnectionArgs,
  ) {
    return nestedConnection(ctx.loaders, developerId, {
      ...FrontierModelOrder.resolve(order),
      name: 'modelsOfDeveloper',
      base: () => filtered(ctx, filter),
      parentExpr: MODELS_OF_DEVELOPER.parentExpr!,
      parentOf: (m) => m.developerId,
      idExpr: 'm.id',
      args,
      key: filter,
    });
  },

  byId(ctx: RequestContext, id: string) {
    return frontierModelLoader(ctx).load(id);
  },

  async register(ctx: RequestContext, input: RegisterFrontierModelInput): Promise<FrontierModel> {
    signedIn(ctx.viewer);
    const developerId = input.developerId
      ? expectGlobalId(input.developerId, 'Developer', 'developerId')
      : ctx.viewer.organizationId;
    const ownDeveloper = isDeveloperMember(ctx.viewer) && developerId === ctx.viewer.organizationId;
    if (!developerId || !(ownDeveloper || isPlatformAdmin(ctx.viewer))) {
      if (!input.developerId) forbidden('AI_DEVELOPER', 'Only members of an AI developer register frontier models.');
      // Developers are public: another developer's id is visible, so this is a refusal, not a miss.
      visible(developerId ? await organizationLoader(ctx).load(developerId) : null);
      allow(false, 'MODEL_DEVELOPER', 'Only members of that developer register its models.');
    }
    const developer = await organizationLoader(ctx).load(developerId!);
    if (!(developer instanceof Developer)) notFound();
    checkPlannedRelease(ctx, input.plannedReleaseAt);
    return mutate(ctx, 'registerFrontierModel', async (tx) => {
      const m = tx.db;
      const model = await m.save(
        m.create(FrontierModel, {
          developerId,
          name: input.name,
          modelVersion: input.modelVersion,
          description: input.description ?? null,
          plannedReleaseAt: input.plannedReleaseAt ?? null,
        }),
      );
      return { result: model, subjects: [model.globalId, developer.globalId] };
    });
  },

  async update(ctx: RequestContext, input: UpdateFrontierModelInput): Promise<FrontierModel> {
    signedIn(ctx.viewer);
    const id = expectGlobalId(input.id, 'FrontierModel', 'id');
    const model = await frontierModelLoader(ctx).load(id);
    const mayEdit =
      model &&
      ((isDeveloperMember(ctx.viewer) && model.developerId === ctx.viewer.organizationId) ||
        isPlatformAdmin(ctx.viewer));
    assertVisible(model);
    allow(Boolean(mayEdit), 'MODEL_DEVELOPER', "Only the model's developer edits it.");
    checkPlannedRelease(ctx, input.plannedReleaseAt);
    const values = Object.fromEntries(
      Object.entries({
        name: input.name,
        description: input.description,
        plannedReleaseAt: input.plannedReleaseAt,
      }).filter(([, v]) => v !== undefined && v !== null),
    );
    return mutate(ctx, 'updateFrontierModel', async (tx) => {
      const m = tx.db;
      const updated = await updateVersioned(m, FrontierModel, id, input.expectedVersion, values);
      const moved = input.plannedReleaseAt
        ? await plannedReleaseMoved.run(tx, { modelId: id, plannedReleaseAt: input.plannedReleaseAt })
        : [];
      return { result: updated, subjects: [updated.globalId, ...moved] };
    });
  },

  /**
   * The order's central promise: the developer records its release and it always succeeds, whatever windows
   * or findings are open. Open review windows close as RELEASED. Recording it again changes nothing.
   */
  async recordRelease(ctx: RequestContext, input: RecordModelReleaseInput): Promise<FrontierModel> {
    signedIn(ctx.viewer);
    const id = expectGlobalId(input.modelId, 'FrontierModel', 'modelId');
    const model = await frontierModelLoader(ctx).load(id);
    assertVisible(model);
    allow(
      isDeveloperMember(ctx.viewer) && model.developerId === ctx.viewer.organizationId,
      'MODEL_DEVELOPER',
      "Only the model's developer records its release.",
    );
    if (model.releasedAt) return model;
    const releasedAt = input.releasedAt && input.releasedAt < ctx.clock.now() ? input.releasedAt : ctx.clock.now();
    return transition(ctx, modelLifecycle, {
      id,
      action: 'release',
      auditAction: 'recordModelRelease',
      repeatable: true,
      changes: () => ({ releasedAt }),
    });
  },
};
