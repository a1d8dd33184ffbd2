import { isUniqueViolation } from '../../core/sql';
import { defineOrder, type OrderValue, createdAtField, nameField } from '../../core/ordering';
import { assertVisible, signedIn } from '../../core/permissions';
import { applyCondition, ConnectionArgs, OrderDirection, paginate } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { BadInputError, ConflictError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { policy } from '../../core/policy';
import { CREDENTIALS_CHANGED } from '../../core/pubsub';
import { transition } from '../../core/lifecycle';
import { userLifecycle } from './user.lifecycle';
import { mutate, updateVersioned } from '../../core/transaction';
import { organizationLoader } from '../organizations/organization.loaders';
import { assertAdministers, assertRoleChange } from './role-ceiling';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs';
import { userLoader } from './user.loaders';

const ORG_TYPES = ['Developer', 'Agency', 'Recipient'];

export const UserOrder = defineOrder(
  'User',
  {
    NAME: nameField('u'),
    EMAIL: { description: 'By email.', sort: { expr: 'u.email', cast: 'text' } },
    CREATED_AT: createdAtField('u', 'By creation time.'),
  },
  { field: 'NAME', direction: OrderDirection.ASC },
);
export type UserOrderValue = OrderValue<keyof typeof UserOrder.Field>;

export const userService = {
  users(ctx: RequestContext, filter: UserFilter | undefined, order: UserOrderValue | undefined, args: ConnectionArgs) {
    const qb = applyCondition(ctx.db.getRepository(User).createQueryBuilder('u'), policy.user(ctx.viewer, 'u'));
    if (filter?.organizationId) {
      qb.andWhere('u.organization_id = :org', {
        org: expectGlobalId(filter.organizationId, ORG_TYPES, 'filter.organizationId'),
      });
    }
    if (filter?.roles?.length) qb.andWhere('u.roles && CAST(:roles AS varchar[])', { roles: filter.roles });
    if (filter?.active !== undefined && filter?.active !== null)
      qb.andWhere('u.active = :active', { active: filter.active });
    if (filter?.search) {
      qb.andWhere('(u.name ILIKE :q OR u.email ILIKE :q)', {
        q: `%${filter.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`,
      });
    }
    return paginate(qb, { args, ...UserOrder.resolve(order), idExpr: 'u.id' });
  },

  byId(ctx: RequestContext, id: string) {
    return userLoader(ctx).load(id);
  },

  viewerUser(ctx: RequestContext) {
    return ctx.viewer.userId ? userLoader(ctx).load(ctx.viewer.userId) : null;
  },

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    signedIn(ctx.viewer);
    const orgId = expectGlobalId(input.organizationId, ORG_TYPES, 'organizationId');
    const org = await organizationLoader(ctx).load(orgId);
    assertVisible(org);
    assertAdministers(ctx.viewer, orgId);
    const roles = [...new Set(input.roles)];
    assertRoleChange(ctx.viewer, org, [], roles);
    const email = input.email.trim().toLowerCase();
    try {
      return await mutate(ctx, 'createUser', async (tx) => {
        const m = tx.db;
        const user = await m.save(
          m.create(User, { organizationId: orgId, email, name: input.name, roles, active: true }),
        );
        return { result: user, subjects: [user.globalId, org.globalId] };
      });
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw new ConflictError('A user with that email already exists in this organization.', { field: 'email' });
      }
      throw e;
    }
  },

  async update(ctx: RequestContext, input: UpdateUserInput): Promise<User> {
    signedIn(ctx.viewer);
    const id = expectGlobalId(input.id, 'User', 'id');
    const user = await userLoader(ctx).load(id);
    assertVisible(user);
    assertAdministers(ctx.viewer, user.organizationId);
    if (input.roles) {
      const org = await organizationLoader(ctx).load(user.organizationId);
      assertRoleChange(ctx.viewer, org!, user.roles, [...new Set(input.roles)]);
    }
    if (id === ctx.viewer.userId && input.active === false) {
      throw new BadInputError('You cannot deactivate yourself.', { active: 'cannot deactivate yourself' });
    }
    const values = Object.fromEntries(
      Object.entries({
        name: input.name,
        roles: input.roles ? [...new Set(input.roles)] : undefined,
        active: input.active,
      }).filter(([, v]) => v !== undefined && v !== null),
    );
    // Activating or deactivating is a move of the user's lifecycle; any other change a versioned update.
    const move =
      input.active === undefined || input.active === null || input.active === user.active
        ? null
        : input.active
          ? 'reactivate'
          : 'deactivate';
    const updated = move
      ? await transition(ctx, userLifecycle, {
          id,
          action: move,
          auditAction: 'updateUser',
          expectedVersion: input.expectedVersion,
          changes: () => values,
        })
      : await mutate(ctx, 'updateUser', async (tx) => {
          const row = await updateVersioned(tx.db, User, id, input.expectedVersion, values);
          return { result: row, subjects: [row.globalId] };
        });
    if (values.roles !== undefined || values.active !== undefined)
      ctx.pubsub.publish(CREDENTIALS_CHANGED, { userId: id });
    return updated;
  },
};
