// `Query.rateLimit`: the caller's hourly cost budget and what the current document cost, as GitHub reports it.
import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context';

@ObjectType('RateLimit', {
  simpleResolvers: true,
  description:
    'Your hourly query-cost budget. Each document costs 1 per field, multiplied by the page sizes of the connections around it.',
})
export class RateLimit {
  @Field(() => Int, { description: 'Cost points you may spend per hour.' })
  limit!: number;

  @Field(() => Int, { description: 'What this document cost.' })
  cost!: number;

  @Field(() => Int, { description: 'Points spent in the current hour, this document included.' })
  used!: number;

  @Field(() => Int, { description: 'Points left in the current hour.' })
  remaining!: number;

  @Field({ description: 'When the budget is full again.' })
  resetAt!: Date;
}

@Resolver()
export class RateLimitResolver {
  @Query(() => RateLimit, {
    nullable: true,
    description: 'Your rate-limit budget after this document; null when the server runs without rate limits.',
  })
  rateLimit(@Ctx() ctx: RequestContext): RateLimit | null {
    return ctx.rateLimit ?? null;
  }
}
