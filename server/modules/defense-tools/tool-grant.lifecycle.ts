// A grant's lifecycle: APPROVED and PROVISIONED hold a seat. Entering APPROVED takes a seat under the tool's row
// lock, so concurrent approvals never oversubscribe a tool.
import { ConflictError } from '../../core/errors';
import { Lifecycle } from '../../core/lifecycle';
import { lockRow } from '../../core/sql';
import { DefenseTool } from './defense-tool.entity';
import { GrantAction } from './defense-tool.inputs';
import { GrantStatus as G, SEAT_HOLDING_STATUSES, ToolGrant } from './tool-grant.entity';

export const grantLifecycle = new Lifecycle(
  'ToolGrant',
  {
    [GrantAction.APPROVE]: { from: [G.REQUESTED], to: G.APPROVED },
    [GrantAction.DENY]: { from: [G.REQUESTED], to: G.DENIED },
    [GrantAction.PROVISION]: { from: [G.APPROVED], to: G.PROVISIONED },
    [GrantAction.REVOKE]: { from: [G.APPROVED, G.PROVISIONED], to: G.REVOKED },
    [GrantAction.EXPIRE]: { from: [G.PROVISIONED], to: G.EXPIRED },
  },
  {
    entity: () => ToolGrant,
    states: G,
    initial: [G.REQUESTED],
    enter: {
      [G.APPROVED]: async (tx, grant) => {
        await lockRow(tx.db, 'defense_tool', grant.toolId);
        const tool = await tx.db.findOneByOrFail(DefenseTool, { id: grant.toolId });
        const [{ n }] = await tx.db.query(
          `SELECT count(*)::int AS n FROM tool_grant WHERE tool_id = $1 AND status = ANY($2)`,
          [tool.id, [...SEAT_HOLDING_STATUSES]],
        );
        if (n > tool.seats)
          throw new ConflictError(`All ${tool.seats} seats of ${tool.name} are taken.`, { seats: tool.seats });
      },
    },
  },
);
