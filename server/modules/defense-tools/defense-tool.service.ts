import { applyCondition, ConnectionArgs, OrderDirection, paginate } from '../../core/connection';
import { allow, assertVisible, visible } from '../../core/permissions';
import { visibleById } from '../../core/visible';
import type { RequestContext } from '../../core/context';
import { ConflictError, UnauthenticatedError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { Lifecycle } from '../../core/lifecycle';
import type { Condition } from '../../core/policy';
import { mutate } from '../../core/transaction';
import { isDeveloperMember, isGovernment, isRecipientMember, type Viewer } from '../../core/viewer';
import { organizationLoader } from '../organizations/organization.loaders';
import { Recipient } from '../organizations/recipient.entity';
import { DefenseTool } from './defense-tool.entity';
import { GrantAction, OfferDefenseToolInput, RequestToolGrantInput, ToolGrantActionInput } from './defense-tool.inputs';
import { GrantStatus as G, ToolGrant } from './tool-grant.entity';

/** The grant lifecycle; APPROVED and PROVISIONED hold a seat. */
export const grantLifecycle = new Lifecycle('ToolGrant', {
  [GrantAction.APPROVE]: { from: [G.REQUESTED], to: G.APPROVED },
  [GrantAction.DENY]: { from: [G.REQUESTED], to: G.DENIED },
  [GrantAction.PROVISION]: { from: [G.APPROVED], to: G.PROVISIONED },
  [GrantAction.REVOKE]: { from: [G.APPROVED, G.PROVISIONED], to: G.REVOKED },
  [GrantAction.EXPIRE]: { from: [G.PROVISIONED], to: G.EXPIRED },
});

/** Who sees which tools: the government all, a developer its own, a recipient those it is eligible for. */
function toolCondition(viewer: Viewer, alias: string): Condition {
  if (isGovernment(viewer)) return { sql: 'TRUE', params: {} };
  if (isDeveloperMember(viewer)) return { sql: `${alias}.developer_id = :pv_tool_dev`, params: { pv_tool_dev: viewer.organizationId } };
  if (isRecipientMember(viewer)) {
    return {
      sql: `EXISTS (SELECT 1 FROM organization ptr WHERE ptr.id = :pv_tool_rec
        AND (jsonb_array_length(${alias}.eligibility->'recipientTypes') = 0 OR ${alias}.eligibility->'recipientTypes' ? ptr.recipient_type)
        AND (jsonb_array_length(${alias}.eligibility->'sectors') = 0 OR ${alias}.eligibility->'sectors' ? ptr.sector)
        AND (jsonb_array_length(${alias}.eligibility->'sizeTiers') = 0 OR ${alias}.eligibility->'sizeTiers' ? ptr.size_tier))`,
      params: { pv_tool_rec: viewer.organizationId },
    };
  }
  return { sql: 'FALSE', params: {} };
}

/** Grants: the recipient's own, the tool developer's, and all for the government. */
function grantCondition(viewer: Viewer, alias: string): Condition {
  if (isGovernment(viewer)) return { sql: 'TRUE', params: {} };
  if (isRecipientMember(viewer)) return { sql: `${alias}.recipient_id = :pv_grant_org`, params: { pv_grant_org: viewer.organizationId } };
  if (isDeveloperMember(viewer)) return { sql: `EXISTS (SELECT 1 FROM defense_tool pgt WHERE pgt.id = ${alias}.tool_id AND pgt.developer_id = :pv_grant_org)`, params: { pv_grant_org: viewer.organizationId } };
  return { sql: 'FALSE', params: {} };
}

export const defenseToolService = {
  list(ctx: RequestContext, args: ConnectionArgs) {
    const qb = applyCondition(ctx.db.getRepository(DefenseTool).createQueryBuilder('t'), toolCondition(ctx.viewer, 't'));
    return paginate(qb, { args, sort: { expr: 't.created_at', cast: 'timestamptz' }, direction: OrderDirection.DESC, idExpr: 't.id' });
  },

  grants(ctx: RequestContext, toolId: string | undefined, args: ConnectionArgs) {
    const qb = applyCondition(ctx.db.getRepository(ToolGrant).createQueryBuilder('g'), grantCondition(ctx.viewer, 'g'));
    if (toolId) qb.andWhere('g.tool_id = :tid', { tid: expectGlobalId(toolId, 'DefenseTool', 'toolId') });
    return paginate(qb, { args, sort: { expr: 'g.created_at', cast: 'timestamptz' }, direction: OrderDirection.DESC, idExpr: 'g.id' });
  },

  byId(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'toolById', DefenseTool, 't', toolCondition(ctx.viewer, 't')).load(id);
  },

  grantById(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'grantById', ToolGrant, 'g', grantCondition(ctx.viewer, 'g')).load(id);
  },

  seatsTaken(ctx: RequestContext, tool: DefenseTool) {
    return ctx.loaders
      .get<string, number>('toolSeatsTaken', async (ids) => {
        const rows: { tool_id: string; n: string }[] = await ctx.db.query(`SELECT tool_id, count(*) AS n FROM tool_grant WHERE tool_id = ANY($1) AND status IN ('APPROVED', 'PROVISIONED') GROUP BY tool_id`, [[...ids]]);
        return ids.map((i) => Number(rows.find((r) => r.tool_id === i)?.n ?? 0));
      })
      .load(tool.id);
  },

  async offer(ctx: RequestContext, input: OfferDefenseToolInput) {
    if (!ctx.viewer.authenticated) throw new UnauthenticatedError();
    allow(isDeveloperMember(ctx.viewer), 'AI_DEVELOPER', 'Only AI developers offer defense tools.');
    const e = input.eligibility;
    return mutate(ctx, 'offerDefenseTool', async (m) => {
      const tool = await m.save(
        m.create(DefenseTool, {
          developerId: ctx.viewer.organizationId!,
          name: input.name,
          description: input.description,
          capabilities: [...new Set(input.capabilities)],
          eligibility: { recipientTypes: [...new Set(e.recipientTypes ?? [])], sectors: [...new Set(e.sectors ?? [])], sizeTiers: [...new Set(e.sizeTiers ?? [])] },
          seats: input.seats,
        }),
      );
      return { result: tool, subjects: [tool.globalId] };
    });
  },

  async request(ctx: RequestContext, input: RequestToolGrantInput) {
    if (!ctx.viewer.authenticated) throw new UnauthenticatedError();
    const toolId = expectGlobalId(input.toolId, 'DefenseTool', 'toolId');
    allow(isRecipientMember(ctx.viewer), 'RECIPIENT', 'Only critical-infrastructure recipients request defense tools.');
    // A recipient sees only the tools it is eligible for: any other tool is NOT_FOUND, like a random id.
    visible(await defenseToolService.byId(ctx, toolId));
    const recipient = (await organizationLoader(ctx).load(ctx.viewer.organizationId!)) as Recipient;
    try {
      return await mutate(ctx, 'requestToolGrant', async (m) => {
        const grant = await m.save(m.create(ToolGrant, { toolId, recipientId: recipient.id, status: G.REQUESTED, note: input.note ?? null }));
        await grantLifecycle.record(ctx, m, grant.id, 'create', null, G.REQUESTED, { note: input.note });
        return { result: grant, subjects: [grant.globalId] };
      });
    } catch (e) {
      if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') throw new ConflictError('You already have an open grant for this tool.', { field: 'toolId' });
      throw e;
    }
  },

  /** Decisions lock the tool row, so seats are counted and taken one decision at a time: never oversubscribed. */
  async act(ctx: RequestContext, input: ToolGrantActionInput) {
    if (!ctx.viewer.authenticated) throw new UnauthenticatedError();
    const grant = await defenseToolService.grantById(ctx, expectGlobalId(input.grantId, 'ToolGrant', 'grantId'));
    assertVisible(grant);
    const tool = await ctx.db.getRepository(DefenseTool).findOneByOrFail({ id: grant.toolId });
    const mayDecide = isGovernment(ctx.viewer) || (isDeveloperMember(ctx.viewer) && tool.developerId === ctx.viewer.organizationId);
    allow(mayDecide, 'TOOL_DEVELOPER', "Only the tool's developer (or a government analyst) decides its grants.");
    return mutate(ctx, `${input.action.toLowerCase()}ToolGrant`, async (m) => {
      await m.query('SELECT id FROM defense_tool WHERE id = $1 FOR UPDATE', [tool.id]);
      const locked = await m.findOneByOrFail(ToolGrant, { id: grant.id });
      const to = grantLifecycle.next(locked.status, input.action);
      if (input.action === GrantAction.APPROVE) {
        const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM tool_grant WHERE tool_id = $1 AND status IN ('APPROVED', 'PROVISIONED')`, [tool.id]);
        if (n >= tool.seats) throw new ConflictError(`All ${tool.seats} seats of ${tool.name} are taken.`, { seats: tool.seats });
      }
      await m.update(ToolGrant, { id: grant.id }, { status: to, note: input.note ?? locked.note, version: () => 'version + 1' } as never);
      await grantLifecycle.record(ctx, m, grant.id, input.action, locked.status, to, { note: input.note });
      const updated = await m.findOneByOrFail(ToolGrant, { id: grant.id });
      return { result: updated, subjects: [updated.globalId] };
    });
  },
};
