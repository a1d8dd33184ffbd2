import { Arg, Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { Organization } from '../organizations/organization.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { User } from '../users/user.entity';
import { userLoader } from '../users/user.loaders';
import { TimelineEvent } from '../../core/timeline-event.entity';
import { timelineService, TimelineEventOrder, type TimelineOrderValue } from './timeline.service';

export const TimelineEventConnection = connectionType(TimelineEvent, 'TimelineEvent');

@Resolver(() => TimelineEvent)
export class TimelineEventResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who acted (null when you may not see them, or for API keys).',
  })
  actor(@Root() e: TimelineEvent, @Ctx() ctx: RequestContext) {
    return e.actorUserId ? userLoader(ctx).load(e.actorUserId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the actor acted for.' })
  actorOrganization(@Root() e: TimelineEvent, @Ctx() ctx: RequestContext) {
    return e.actorOrganizationId ? organizationLoader(ctx).load(e.actorOrganizationId) : null;
  }
}

/**
 * `events` on a type with a lifecycle: its timeline, oldest first by default, with government-only steps for the
 * government. One resolver class per type, made here; each module lists the ones it needs in its manifest.
 */
export function timelineOf<T extends { id: string }>(type: ClassType<T>, description: string) {
  @Resolver(() => type)
  class TimelineFieldResolver {
    @FieldResolver(() => TimelineEventConnection, { description })
    events(
      @Root() subject: T,
      @Ctx() ctx: RequestContext,
      @Args() args: ConnectionArgs,
      @Arg('orderBy', () => TimelineEventOrder.Input, TimelineEventOrder.arg) orderBy?: TimelineOrderValue,
    ) {
      return timelineService.eventsOf(ctx, subject.id, args, orderBy);
    }
  }
  Object.defineProperty(TimelineFieldResolver, 'name', { value: `${type.name}TimelineResolver` });
  return TimelineFieldResolver;
}
