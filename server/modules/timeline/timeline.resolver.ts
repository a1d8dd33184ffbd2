import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { Organization } from '../organizations/organization.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { User } from '../users/user.entity';
import { userLoader } from '../users/user.loaders';
import { TimelineEvent } from '../../core/timeline-event.entity';

export const TimelineEventConnection = connectionType(TimelineEvent, 'TimelineEvent');

@Resolver(() => TimelineEvent)
export class TimelineEventResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who acted (null when you may not see them, or for API keys).' })
  actor(@Root() e: TimelineEvent, @Ctx() ctx: RequestContext) {
    return e.actorUserId ? userLoader(ctx).load(e.actorUserId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the actor acted for.' })
  actorOrganization(@Root() e: TimelineEvent, @Ctx() ctx: RequestContext) {
    return e.actorOrganizationId ? organizationLoader(ctx).load(e.actorOrganizationId) : null;
  }
}
