import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { isPlatformAdmin } from '../../core/viewer';
import { Overview } from '../overview/overview.resolver';

@ObjectType('NotificationQueue', { description: 'How far behind the notifications are (platform admins).' })
export class NotificationQueue {
  @Field(() => Float, { description: 'Age in seconds of the oldest change not yet relayed to its notifications.' })
  outboxLagSeconds!: number;

  @Field(() => Int, { description: 'Notifications queued, being sent or retrying.' })
  pending!: number;

  @Field(() => Int, { description: 'Of those, retrying after a failure.' })
  retrying!: number;

  @Field(() => Float, { description: 'Age in seconds of the oldest notification not yet delivered.' })
  oldestPendingSeconds!: number;

  @Field(() => Int, { description: 'Dead letters: notifications that failed for over a day.' })
  dead!: number;
}

@Resolver(() => Overview)
export class OverviewNotificationsResolver {
  @FieldResolver(() => NotificationQueue, {
    nullable: true,
    description: 'The notification queue and the outbox lag (platform admins; null for everyone else).',
  })
  async notifications(@Ctx() ctx: RequestContext): Promise<NotificationQueue | null> {
    if (!isPlatformAdmin(ctx.viewer)) return null;
    const [[q], [o]] = await Promise.all([
      ctx.db.query(
        `SELECT count(*) FILTER (WHERE status IN ('PENDING', 'SENDING', 'RETRYING'))::int AS pending,
                count(*) FILTER (WHERE status = 'RETRYING')::int AS retrying,
                count(*) FILTER (WHERE status = 'DEAD')::int AS dead,
                COALESCE(extract(epoch FROM now() - min(created_at) FILTER (WHERE status IN ('PENDING', 'SENDING', 'RETRYING'))), 0)::float AS oldest
           FROM notification WHERE status IN ('PENDING', 'SENDING', 'RETRYING', 'DEAD')`,
      ),
      ctx.db.query(
        `SELECT COALESCE(extract(epoch FROM now() - min(created_at)), 0)::float AS lag FROM outbox_event WHERE dispatched_at IS NULL`,
      ),
    ]);
    return {
      outboxLagSeconds: o.lag,
      pending: q.pending,
      retrying: q.retrying,
      oldestPendingSeconds: q.oldest,
      dead: q.dead,
    };
  }
}
