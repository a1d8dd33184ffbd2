// The demo clock: outside production a platform administrator moves the server's clock forward to walk time
// (a response window lapsing, a reassessment opening after 180 days) and back to real time. In production the
// resolver is not part of the schema at all (graphql/schema.ts), so the fields do not exist.
import { Arg, Ctx, Field, Float, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { AdjustableClock, CLOCK_CHANGED, DAY_MS } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { BadInputError } from '../../core/errors';
import { allow, signedIn } from '../../core/permissions';
import { mutate } from '../../core/transaction';
import { isPlatformAdmin } from '../../core/viewer';

const MAX_DAYS = 3650;

@InputType({ description: 'How far to move the demo clock forward (days and hours add up; at least one hour in all).' })
export class AdvanceClockInput {
  @Field(() => Int, { nullable: true, description: `Days (0 to ${MAX_DAYS}).` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_DAYS)
  days?: number;

  @Field(() => Int, { nullable: true, description: 'Hours (0 to 240).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  hours?: number;

  @Field({ nullable: true, description: 'Why, for the audit trail.' })
  @IsOptional()
  @Length(1, 400)
  note?: string;
}

@InputType({ description: 'Return the demo clock to real time.' })
export class ResetClockInput {
  @Field({ nullable: true, description: 'Why, for the audit trail.' })
  @IsOptional()
  @Length(1, 400)
  note?: string;
}

@ObjectType('ClockPayload', { simpleResolvers: true, description: "The server's clock after a move." })
export class ClockPayload {
  @Field({ description: 'What the server now takes as the current time.' })
  now!: Date;

  @Field(() => Float, { description: 'How far ahead of real time it is, in days.' })
  offsetDays!: number;
}

function clockOf(ctx: RequestContext): AdjustableClock {
  if (!(ctx.clock instanceof AdjustableClock))
    throw new BadInputError('This server runs on the system clock.', { input: 'no demo clock' });
  return ctx.clock;
}

async function moveClock(
  ctx: RequestContext,
  action: string,
  change: (clock: AdjustableClock) => void,
): Promise<ClockPayload> {
  signedIn(ctx.viewer);
  allow(isPlatformAdmin(ctx.viewer), 'PLATFORM_ADMIN', 'Only platform administrators move the demo clock.');
  const clock = clockOf(ctx);
  change(clock);
  // Audited at the new time, and shared with every replica through the pubsub.
  await mutate(ctx, action, async () => ({ result: null, subjects: [] }));
  ctx.pubsub.publish(CLOCK_CHANGED, clock.state() as never);
  return { now: clock.now(), offsetDays: Math.round((clock.offset() / DAY_MS) * 1000) / 1000 };
}

@Resolver()
export class DemoClockResolver {
  @Mutation(() => ClockPayload, {
    description:
      "Demo and test servers only (absent in production): move the server's clock forward, e.g. to watch a 14-day response window lapse (platform administrators).",
  })
  advanceClock(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AdvanceClockInput, { description: 'How far.' }) input: AdvanceClockInput,
  ) {
    const ms = (input.days ?? 0) * DAY_MS + (input.hours ?? 0) * 3600_000;
    if (ms <= 0)
      throw new BadInputError('Move the clock forward by at least one hour.', {
        days: 'days or hours must be positive',
      });
    return moveClock(ctx, 'advanceClock', (clock) => clock.advance(ms));
  }

  @Mutation(() => ClockPayload, {
    description:
      'Demo and test servers only (absent in production): return the clock to real time (platform administrators).',
  })
  resetClock(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResetClockInput, { nullable: true, description: 'Why.' }) _input?: ResetClockInput,
  ) {
    return moveClock(ctx, 'resetClock', (clock) => clock.reset());
  }
}
