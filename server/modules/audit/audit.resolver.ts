import { Arg, Args, Ctx, Field, FieldResolver, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, connectionType, OrderDirection } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { toGlobalId } from '../../core/ids';
import { Organization } from '../organizations/organization.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { User } from '../users/user.entity';
import { userLoader } from '../users/user.loaders';
import { AuditEvent } from '../../core/audit-event.entity';
import { AuditEventOrder, auditService, type AuditEventOrderValue } from './audit.service';

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

// One class for the checkpoint a client reads and the one it hands back.
@ObjectType('AuditCheckpoint', {
  simpleResolvers: true,
  description:
    'A signed checkpoint of the audit chain head. Keep it outside Concord; pass it back to verifyAuditChain to prove nothing after it was removed or rewritten.',
})
@InputType('AuditCheckpointInput', { description: 'A checkpoint you kept from auditCheckpoint.' })
export class AuditCheckpoint {
  @Field(() => Int, { description: 'Sequence number of the head link.' })
  seq!: number;

  @Field({ description: 'Hash of the head link.' })
  hash!: string;

  @Field({ description: 'True for the seal over links written before keyed hashing.' })
  legacy!: boolean;

  @Field({ description: "HMAC signature by Concord's audit key." })
  signature!: string;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description: 'The audit trail, in chain order (government analysts and platform admins).',
  })
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('direction', () => OrderDirection, {
      nullable: true,
      deprecationReason: 'Use orderBy.',
      description: 'ASC (oldest first) or DESC; overrides orderBy.direction.',
    })
    direction?: OrderDirection,
    @Arg('orderBy', () => AuditEventOrder.Input, AuditEventOrder.arg) orderBy?: AuditEventOrderValue,
  ) {
    return auditService.events(ctx, args, direction ? { field: 'SEQUENCE', direction } : orderBy);
  }

  @Query(() => AuditChainVerification, {
    description:
      'Recomputes the whole keyed hash chain, checks every signed checkpoint (and the one you pass), and reports the first broken link.',
  })
  verifyAuditChain(
    @Ctx() ctx: RequestContext,
    @Arg('checkpoint', () => AuditCheckpoint, {
      nullable: true,
      description: 'A checkpoint you kept from auditCheckpoint: a tail removed after it is reported.',
    })
    checkpoint?: AuditCheckpoint,
  ) {
    return auditService.verify(ctx, checkpoint);
  }

  @Query(() => AuditCheckpoint, {
    nullable: true,
    description:
      'The latest signed checkpoint of the chain head, to keep outside Concord (null before the first event).',
  })
  auditCheckpoint(@Ctx() ctx: RequestContext) {
    return auditService.checkpoint(ctx);
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
