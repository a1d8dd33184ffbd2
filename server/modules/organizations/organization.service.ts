import type { ListSource } from '../../core/reads';
import { isUniqueViolation } from '../../core/sql';
import { defineOrder, type OrderValue, createdAtField, nameField } from '../../core/ordering';
import type { SelectQueryBuilder } from 'typeorm';
import { allow, loadForAction, signedIn } from '../../core/permissions';
import { applyCondition, ConnectionArgs, OrderDirection, paginate } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { ConflictError } from '../../core/errors';
import { expectGlobalId, toGlobalId } from '../../core/ids';
import { policy } from '../../core/policy';
import { CREDENTIALS_CHANGED } from '../../core/pubsub';
import { transition } from '../../core/lifecycle';
import { PARTICIPATION_ACTION, participationLifecycle } from './developer.lifecycle';
import { mutate, updateVersioned } from '../../core/transaction';
import { agencyChanged } from './organization.hooks';
import { canAdminister, isPlatformAdmin, type Viewer } from '../../core/viewer';
import { Agency } from './agency.entity';
import { Developer } from './developer.entity';
import { organizationLoader } from './organization.loaders';
import { Organization } from './organization.entity';
import { Participation } from './organization.enums';
import {
  AgencyFilter,
  CreateAgencyInput,
  CreateDeveloperInput,
  CreateRecipientInput,
  DeveloperFilter,
  OrganizationFilter,
  RecipientFilter,
  UpdateAgencyInput,
  UpdateDeveloperInput,
  UpdateRecipientInput,
} from './organization.inputs';
import { Recipient } from './recipient.entity';

type OrgClass = typeof Developer | typeof Agency | typeof Recipient | typeof Organization;

function requirePlatformAdmin(viewer: Viewer) {
  signedIn(viewer);
  allow(isPlatformAdmin(viewer), 'PLATFORM_ADMIN', 'Only platform administrators create organizations.');
}

function searchCondition(qb: SelectQueryBuilder<Organization>, search: string | undefined, extra = '') {
  if (!search) return;
  const pattern = `%${search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  qb.andWhere(`(o.name ILIKE :search${extra ? ` OR ${extra} ILIKE :search` : ''})`, { search: pattern });
}

function baseQuery<T extends Organization>(ctx: RequestContext, cls: OrgClass): SelectQueryBuilder<T> {
  const qb = ctx.db.getRepository(cls as never).createQueryBuilder('o') as SelectQueryBuilder<T>;
  return applyCondition(qb, policy.organization(ctx.viewer, 'o'));
}

function list<T extends Organization>(
  ctx: RequestContext,
  qb: SelectQueryBuilder<T>,
  order: OrganizationOrderValue | undefined,
  args: ConnectionArgs,
) {
  return paginate(qb, { args, ...OrganizationOrder.resolve(order), idExpr: 'o.id' });
}

async function uniqueSlug<T>(work: () => Promise<T>, slug: string): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new ConflictError(`An organization with slug "${slug}" already exists.`, { field: 'slug' });
    }
    throw e;
  }
}

/** Loads an organization of a given class that the viewer may see and administer, or NOT_FOUND. */
async function loadForUpdate<T extends Organization>(
  ctx: RequestContext,
  cls: OrgClass,
  globalId: string,
  typeName: string,
): Promise<T> {
  const id = expectGlobalId(globalId, typeName, 'id');
  const org = await loadForAction(
    ctx.viewer,
    async () => ((await organizationLoader(ctx).load(id)) instanceof cls ? organizationLoader(ctx).load(id) : null),
    {
      allowed: () => canAdminister(ctx.viewer, id),
      required: 'ORG_ADMIN',
      message: "Only the organization's administrators (or a platform administrator) change it.",
    },
  );
  return org as T;
}

async function createOrg<T extends Organization>(
  ctx: RequestContext,
  cls: OrgClass,
  action: string,
  values: Partial<T>,
  after?: (tx: RequestContext, org: T) => Promise<readonly string[]>,
): Promise<T> {
  requirePlatformAdmin(ctx.viewer);
  return uniqueSlug(
    () =>
      mutate(ctx, action, async (tx) => {
        const m = tx.db;
        const org = (await m.save(m.create(cls as never, values as never))) as unknown as T;
        const also = (await after?.(tx, org)) ?? [];
        return { result: org, subjects: [toGlobalId(org.constructor.name, org.id), ...also] };
      }),
    String(values.slug),
  );
}

async function updateOrg<T extends Organization>(
  ctx: RequestContext,
  cls: OrgClass,
  action: string,
  org: T,
  expectedVersion: number,
  values: Record<string, unknown>,
  after?: (tx: RequestContext, org: T) => Promise<readonly string[]>,
): Promise<T> {
  const changes = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  return mutate(ctx, action, async (tx) => {
    const m = tx.db;
    const updated = await updateVersioned<T>(m, cls as never, org.id, expectedVersion, changes);
    const also = (await after?.(tx, updated)) ?? [];
    return { result: updated, subjects: [updated.globalId, ...also] };
  });
}

export const OrganizationOrder = defineOrder(
  'Organization',
  {
    NAME: nameField('o'),
    CREATED_AT: createdAtField('o', 'By when they were added.'),
  },
  { field: 'NAME', direction: OrderDirection.ASC },
);
export type OrganizationOrderValue = OrderValue<keyof typeof OrganizationOrder.Field>;

/** `developers`, for compiled reads (core/reads.ts); the resolver path adds its filters to the same base. */
export const DEVELOPERS: ListSource<Developer> = {
  type: 'Developer',
  alias: 'o',
  base: (ctx) => baseQuery<Developer>(ctx, Developer),
  order: OrganizationOrder,
};
export const AGENCIES: ListSource<Agency> = {
  type: 'Agency',
  alias: 'o',
  base: (ctx) => baseQuery<Agency>(ctx, Agency),
  order: OrganizationOrder,
};
export const RECIPIENTS: ListSource<Recipient> = {
  type: 'Recipient',
  alias: 'o',
  base: (ctx) => baseQuery<Recipient>(ctx, Recipient),
  order: OrganizationOrder,
};

export const organizationService = {
  organizations(
    ctx: RequestContext,
    filter: OrganizationFilter | undefined,
    order: OrganizationOrderValue | undefined,
    args: ConnectionArgs,
  ) {
    const qb = baseQuery<Organization>(ctx, Organization);
    if (filter?.kinds?.length) qb.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
    searchCondition(qb, filter?.search);
    return list(ctx, qb, order, args);
  },

  developers(
    ctx: RequestContext,
    filter: DeveloperFilter | undefined,
    order: OrganizationOrderValue | undefined,
    args: ConnectionArgs,
  ) {
    const qb = DEVELOPERS.base(ctx);
    if (filter?.participation?.length)
      qb.andWhere('o.participation IN (:...participation)', { participation: filter.participation });
    searchCondition(qb as never, filter?.search);
    return list(ctx, qb, order, args);
  },

  agencies(
    ctx: RequestContext,
    filter: AgencyFilter | undefined,
    order: OrganizationOrderValue | undefined,
    args: ConnectionArgs,
  ) {
    const qb = AGENCIES.base(ctx);
    if (filter?.capabilities?.length)
      qb.andWhere('o.capabilities && CAST(:caps AS varchar[])', { caps: filter.capabilities });
    searchCondition(qb as never, filter?.search, 'o.acronym');
    return list(ctx, qb, order, args);
  },

  recipients(
    ctx: RequestContext,
    filter: RecipientFilter | undefined,
    order: OrganizationOrderValue | undefined,
    args: ConnectionArgs,
  ) {
    const qb = RECIPIENTS.base(ctx);
    if (filter?.recipientTypes?.length)
      qb.andWhere('o.recipient_type IN (:...rtypes)', { rtypes: filter.recipientTypes });
    if (filter?.sectors?.length) qb.andWhere('o.sector IN (:...sectors)', { sectors: filter.sectors });
    if (filter?.states?.length) qb.andWhere('o.state IN (:...states)', { states: filter.states });
    if (filter?.sizeTiers?.length) qb.andWhere('o.size_tier IN (:...tiers)', { tiers: filter.sizeTiers });
    if (filter?.rural !== undefined && filter?.rural !== null) qb.andWhere('o.rural = :rural', { rural: filter.rural });
    searchCondition(qb as never, filter?.search);
    return list(ctx, qb, order, args);
  },

  /** The viewer's own organization (null for the public). */
  viewerOrganization(ctx: RequestContext) {
    return ctx.viewer.organizationId ? organizationLoader(ctx).load(ctx.viewer.organizationId) : null;
  },

  byId(ctx: RequestContext, id: string) {
    return organizationLoader(ctx).load(id);
  },

  createDeveloper(ctx: RequestContext, input: CreateDeveloperInput) {
    const participation = input.participation ?? Participation.INVITED;
    return createOrg<Developer>(ctx, Developer, 'createDeveloper', {
      name: input.name,
      slug: input.slug,
      website: input.website ?? null,
      participation,
      enrolledAt: participation === Participation.ENROLLED ? ctx.clock.now() : null,
    });
  },

  createAgency(ctx: RequestContext, input: CreateAgencyInput) {
    return createOrg<Agency>(
      ctx,
      Agency,
      'createAgency',
      {
        name: input.name,
        slug: input.slug,
        acronym: input.acronym,
        capabilities: [...new Set(input.capabilities)],
      },
      (tx, agency) => agencyChanged.run(tx, { agencyId: agency.id }),
    );
  },

  createRecipient(ctx: RequestContext, input: CreateRecipientInput) {
    return createOrg<Recipient>(ctx, Recipient, 'createRecipient', { ...input });
  },

  async updateDeveloper(ctx: RequestContext, input: UpdateDeveloperInput) {
    signedIn(ctx.viewer);
    const dev = await loadForUpdate<Developer>(ctx, Developer, input.id, 'Developer');
    // Participation is the framework's record, changed by platform administrators only.
    allow(
      !input.participation || isPlatformAdmin(ctx.viewer),
      'PLATFORM_ADMIN',
      'Participation is changed by platform administrators.',
    );
    const enrolling = input.participation === Participation.ENROLLED && dev.participation !== Participation.ENROLLED;
    const values = Object.fromEntries(
      Object.entries({
        name: input.name,
        website: input.website,
        participation: input.participation,
        enrolledAt: enrolling ? ctx.clock.now() : undefined,
      }).filter(([, v]) => v !== undefined),
    );
    // A change of participation is a move of its lifecycle; any other change a versioned update.
    if (input.participation && input.participation !== dev.participation) {
      return transition(ctx, participationLifecycle, {
        id: dev.id,
        action: PARTICIPATION_ACTION[input.participation],
        auditAction: 'updateDeveloper',
        expectedVersion: input.expectedVersion,
        changes: () => values as Partial<Developer>,
      });
    }
    return updateOrg(ctx, Developer, 'updateDeveloper', dev, input.expectedVersion, values);
  },

  async updateAgency(ctx: RequestContext, input: UpdateAgencyInput) {
    signedIn(ctx.viewer);
    const agency = await loadForUpdate<Agency>(ctx, Agency, input.id, 'Agency');
    allow(
      !input.capabilities || isPlatformAdmin(ctx.viewer),
      'PLATFORM_ADMIN',
      "An agency's capabilities are changed by platform administrators.",
    );
    const updated = await updateOrg(
      ctx,
      Agency,
      'updateAgency',
      agency,
      input.expectedVersion,
      {
        name: input.name,
        capabilities: input.capabilities ? [...new Set(input.capabilities)] : undefined,
      },
      (tx, a) => agencyChanged.run(tx, { agencyId: a.id }),
    );
    if (input.capabilities) ctx.pubsub.publish(CREDENTIALS_CHANGED, { organizationId: agency.id });
    return updated;
  },

  async updateRecipient(ctx: RequestContext, input: UpdateRecipientInput) {
    signedIn(ctx.viewer);
    const recipient = await loadForUpdate<Recipient>(ctx, Recipient, input.id, 'Recipient');
    const { id: _id, expectedVersion, ...values } = input;
    return updateOrg(ctx, Recipient, 'updateRecipient', recipient, expectedVersion, values);
  },
};
