import { Arg, Args, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, connectionType, OrderDirection } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { toGlobalId } from '../../core/ids';
import { Organization } from '../organizations/organization.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { User } from '../users/user.entity';
import { userLoader } from '../users/user.loaders';
import { AuditEvent } from './audit-event.entity';
import { auditService } from './audit.service';

export const AuditEventConnection = connectionType(AuditEvent, 'AuditEvent');

@ObjectType({ description: 'The result of checking the audit hash chain.' })
export class AuditChainVerification {
  @Field({ description: 'True when every link recomputes.' })
  valid!: boolean;

  @Field(() => Int, { description: 'How many links were checked before stopping.' })
  checked!: number;

  @Field(() => Int, { nullable: true, description: 'Sequence number of the first broken link, if any.' })
  firstBrokenSeq!: number | null;

  @Field(() => String, { nullable: true, description: 'Id of the first broken event, if any.' })
  firstBrokenEventId!: string | null;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit trail, in chain order (government analysts and platform admins).' })
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('direction', () => OrderDirection, { nullable: true, description: 'ASC (oldest first, default) or DESC.' }) direction?: OrderDirection,
  ) {
    return auditService.events(ctx, args, direction ?? OrderDirection.ASC);
  }

  @Query(() => AuditChainVerification, { description: 'Recomputes the whole hash chain and reports the first broken link.' })
  verifyAuditChain(@Ctx() ctx: RequestContext) {
    return auditService.verify(ctx);
  }

  @FieldResolver(() => Int, { description: 'Position in the chain (1 for the first event).' })
  seq(@Root() e: AuditEvent) {
    return Number(e.seq);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The user who made the change (null for API keys).' })
  actor(@Root() e: AuditEvent, @Ctx() ctx: RequestContext) {
    return e.actorUserId ? userLoader(ctx).load(e.actorUserId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Id of the API key that made the change, if one did.' })
  actorApiKeyId(@Root() e: AuditEvent) {
    return e.actorApiKeyId ? toGlobalId('ApiKey', e.actorApiKeyId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the actor acted for.' })
  organization(@Root() e: AuditEvent, @Ctx() ctx: RequestContext) {
    return e.organizationId ? organizationLoader(ctx).load(e.organizationId) : null;
  }
}
