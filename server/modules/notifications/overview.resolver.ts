import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { isPlatformAdmin } from '../../core/viewer';
import { Overview } from '../overview/overview.resolver';
import { queueState, type ChannelState } from './queue-state';

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
    const { channels, outboxLagSeconds } = await queueState(ctx.db);
    const sum = (f: (c: ChannelState) => number) => channels.reduce((n, c) => n + f(c), 0);
    return {
      outboxLagSeconds,
      pending: sum((c) => c.pending),
      retrying: sum((c) => c.retrying),
      dead: sum((c) => c.dead),
      oldestPendingSeconds: Math.max(0, ...channels.map((c) => c.oldestPendingSeconds)),
    };
  }
}
