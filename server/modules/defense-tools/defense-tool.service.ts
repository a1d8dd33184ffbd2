import type { ListSource } from '../../core/reads';
import { applyCondition, ConnectionArgs, nestedConnection, paginate } from '../../core/connection';
import {
  defineOrder,
  type OrderValue,
  NEWEST_FIRST,
  createdAtField,
  nameField,
  updatedAtField,
} from '../../core/ordering';
import { allow, assertVisible, visible, signedIn } from '../../core/permissions';
import { visibleById } from '../../core/visible';
import type { RequestContext } from '../../core/context';
import { ConflictError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { transition } from '../../core/lifecycle';
import { grantLifecycle } from './tool-grant.lifecycle';
import { policy } from '../../core/policy';
import { isUniqueViolation, rawQuery } from '../../core/sql';
import { mutate } from '../../core/transaction';
import { isDeveloperMember, isGovernment, isRecipientMember } from '../../core/viewer';
import { organizationLoader } from '../organizations/organization.loaders';
import { Recipient } from '../organizations/recipient.entity';
import { DefenseTool } from './defense-tool.entity';
import {
  OfferDefenseToolInput,
  RequestToolGrantInput,
  ToolGrantActionInput,
  ToolGrantFilter,
} from './defense-tool.inputs';
import { GrantStatus as G, SEAT_HOLDING_STATUSES, ToolGrant } from './tool-grant.entity';
import type { RecipientType, SizeTier } from '../organizations/organization.enums';
import type { GrantRequester } from './tool-grant.types';

export const DefenseToolOrder = defineOrder(
  'DefenseTool',
  {
    CREATED_AT: createdAtField('t', 'When it was offered.'),
    NAME: nameField('t'),
  },
  NEWEST_FIRST,
);
export type DefenseToolOrderValue = OrderValue<keyof typeof DefenseToolOrder.Field>;

export const ToolGrantOrder = defineOrder(
  'ToolGrant',
  {
    CREATED_AT: createdAtField('g', 'When it was requested.'),
    UPDATED_AT: updatedAtField('g'),
  },
  NEWEST_FIRST,
);
export type ToolGrantOrderValue = OrderValue<keyof typeof ToolGrantOrder.Field>;

const toolQuery = (ctx: RequestContext) =>
  applyCondition(ctx.db.getRepository(DefenseTool).createQueryBuilder('t'), policy.defenseTool(ctx.viewer, 't'));

function grantQuery(ctx: RequestContext, filter: ToolGrantFilter | undefined) {
  const qb = applyCondition(ctx.db.getRepository(ToolGrant).createQueryBuilder('g'), policy.toolGrant(ctx.viewer, 'g'));
  if (filter?.toolId)
    qb.andWhere('g.tool_id = :tid', { tid: expectGlobalId(filter.toolId, 'DefenseTool', 'filter.toolId') });
  if (filter?.recipientId)
    qb.andWhere('g.recipient_id = :grid', {
      grid: expectGlobalId(filter.recipientId, 'Recipient', 'filter.recipientId'),
    });
  if (filter?.statuses?.length) qb.andWhere('g.status IN (:...gst)', { gst: filter.statuses });
  return qb;
}

/** Tools and grants, for compiled reads (core/reads.ts); the resolvers page the same base queries. */
export const TOOLS: ListSource<DefenseTool> = {
  type: 'DefenseTool',
  alias: 't',
  base: (ctx) => toolQuery(ctx),
  order: DefenseToolOrder,
};
export const TOOLS_OF_DEVELOPER: ListSource<DefenseTool> = { ...TOOLS, parentExpr: 't.developer_id' };
export const GRANTS: ListSource<ToolGrant> = {
  type: 'ToolGrant',
  alias: 'g',
  base: (ctx) => grantQuery(ctx, undefined),
  order: ToolGrantOrder,
};
export const GRANTS_OF_RECIPIENT: ListSource<ToolGrant> = { ...GRANTS, parentExpr: 'g.recipient_id' };

export const defenseToolService = {
  list(ctx: RequestContext, args: ConnectionArgs, orderBy?: DefenseToolOrderValue) {
    return paginate(toolQuery(ctx), { args, ...DefenseToolOrder.resolve(orderBy), idExpr: 't.id' });
  },

  /** `Developer.defenseTools`: one statement for every developer in the response. */
  toolsOfDeveloper(ctx: RequestContext, developerId: string, args: ConnectionArgs, orderBy?: DefenseToolOrderValue) {
    return nestedConnection(ctx.loaders, developerId, {
      name: 'toolsOfDeveloper',
      base: () => toolQuery(ctx),
      parentExpr: TOOLS_OF_DEVELOPER.parentExpr!,
      parentOf: (t) => t.developerId,
      ...DefenseToolOrder.resolve(orderBy),
      idExpr: 't.id',
      args,
    });
  },

  grants(
    ctx: RequestContext,
    filter: ToolGrantFilter | undefined,
    args: ConnectionArgs,
    orderBy?: ToolGrantOrderValue,
  ) {
    return paginate(grantQuery(ctx, filter), { args, ...ToolGrantOrder.resolve(orderBy), idExpr: 'g.id' });
  },

  /** `Recipient.toolGrants`: one statement for every recipient in the response. */
  grantsOfRecipient(
    ctx: RequestContext,
    recipientId: string,
    filter: ToolGrantFilter | undefined,
    args: ConnectionArgs,
    orderBy?: ToolGrantOrderValue,
  ) {
    const { recipientId: _ignored, ...rest } = filter ?? {};
    return nestedConnection(ctx.loaders, recipientId, {
      name: 'grantsOfRecipient',
      base: () => grantQuery(ctx, rest),
      parentExpr: GRANTS_OF_RECIPIENT.parentExpr!,
      parentOf: (g) => g.recipientId,
      ...ToolGrantOrder.resolve(orderBy),
      idExpr: 'g.id',
      args,
      key: rest,
    });
  },

  byId(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'toolById', DefenseTool, 't', policy.defenseTool(ctx.viewer, 't')).load(id);
  },

  /** The facts about a grant's requester the tool's developer needs to decide (name, type, state, size tier), under the grant's visibility. */
  requester(ctx: RequestContext, g: ToolGrant): Promise<GrantRequester | null> {
    return ctx.loaders
      .get<string, GrantRequester | null>('grantRequester', async (ids) => {
        const vis = policy.toolGrant(ctx.viewer, 'g');
        const rows = await rawQuery<{
          id: string;
          name: string;
          recipient_type: RecipientType;
          state: string;
          size_tier: SizeTier;
        }>(
          ctx.db,
          `SELECT g.id, o.name, o.recipient_type, o.state, o.size_tier FROM tool_grant g JOIN organization o ON o.id = g.recipient_id
           WHERE g.id = ANY(CAST(:rq_ids AS uuid[])) AND ${vis.sql}`,
          { ...vis.params, rq_ids: [...ids] },
        );
        const byId = new Map(
          rows.map((r) => [
            r.id,
            { name: r.name, recipientType: r.recipient_type, state: r.state, sizeTier: r.size_tier },
          ]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(g.id);
  },

  grantById(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'grantById', ToolGrant, 'g', policy.toolGrant(ctx.viewer, 'g')).load(id);
  },

  seatsTaken(ctx: RequestContext, tool: DefenseTool) {
    return ctx.loaders
      .get<string, number>('toolSeatsTaken', async (ids) => {
        const rows: { tool_id: string; n: string }[] = await ctx.db.query(
          `SELECT tool_id, count(*) AS n FROM tool_grant WHERE tool_id = ANY($1) AND status = ANY($2) GROUP BY tool_id`,
          [[...ids], [...SEAT_HOLDING_STATUSES]],
        );
        return ids.map((i) => Number(rows.find((r) => r.tool_id === i)?.n ?? 0));
      })
      .load(tool.id);
  },

  async offer(ctx: RequestContext, input: OfferDefenseToolInput) {
    signedIn(ctx.viewer);
    allow(isDeveloperMember(ctx.viewer), 'AI_DEVELOPER', 'Only AI developers offer defense tools.');
    const e = input.eligibility;
    return mutate(ctx, 'offerDefenseTool', async (tx) => {
      const m = tx.db;
      const tool = await m.save(
        m.create(DefenseTool, {
          developerId: ctx.viewer.organizationId!,
          name: input.name,
          description: input.description,
          capabilities: [...new Set(input.capabilities)],
          eligibility: {
            recipientTypes: [...new Set(e.recipientTypes ?? [])],
            sectors: [...new Set(e.sectors ?? [])],
            sizeTiers: [...new Set(e.sizeTiers ?? [])],
          },
          seats: input.seats,
        }),
      );
      return { result: tool, subjects: [tool.globalId] };
    });
  },

  async request(ctx: RequestContext, input: RequestToolGrantInput) {
    signedIn(ctx.viewer);
    const toolId = expectGlobalId(input.toolId, 'DefenseTool', 'toolId');
    allow(isRecipientMember(ctx.viewer), 'RECIPIENT', 'Only critical-infrastructure recipients request defense tools.');
    // A recipient sees only the tools it is eligible for: any other tool is NOT_FOUND, like a random id.
    visible(await defenseToolService.byId(ctx, toolId));
    const recipient = (await organizationLoader(ctx).load(ctx.viewer.organizationId!)) as Recipient;
    try {
      return await mutate(ctx, 'requestToolGrant', async (tx) => {
        const m = tx.db;
        const grant = await m.save(
          m.create(ToolGrant, { toolId, recipientId: recipient.id, status: G.REQUESTED, note: input.note ?? null }),
        );
        await grantLifecycle.record(tx, grant.id, 'create', null, G.REQUESTED, { note: input.note });
        return { result: grant, subjects: [grant.globalId] };
      });
    } catch (e) {
      if (isUniqueViolation(e))
        throw new ConflictError('You already have an open grant for this tool.', { field: 'toolId' });
      throw e;
    }
  },

  /** Decisions lock the tool row, so seats are counted and taken one decision at a time: never oversubscribed. */
  async act(ctx: RequestContext, input: ToolGrantActionInput) {
    signedIn(ctx.viewer);
    const grant = await defenseToolService.grantById(ctx, expectGlobalId(input.grantId, 'ToolGrant', 'grantId'));
    assertVisible(grant);
    const tool = await ctx.db.getRepository(DefenseTool).findOneByOrFail({ id: grant.toolId });
    const mayDecide =
      isGovernment(ctx.viewer) || (isDeveloperMember(ctx.viewer) && tool.developerId === ctx.viewer.organizationId);
    allow(mayDecide, 'TOOL_DEVELOPER', "Only the tool's developer (or a government analyst) decides its grants.");
    return transition(ctx, grantLifecycle, {
      id: grant.id,
      action: input.action,
      auditAction: `${input.action.toLowerCase()}ToolGrant`,
      emit: (move) => (move.from === 'REQUESTED' ? 'tool_grant.decided' : null),
      changes: (locked) => ({ note: input.note ?? locked.note }),
      note: input.note,
    });
  },
};
