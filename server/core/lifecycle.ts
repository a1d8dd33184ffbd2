// Lifecycles as data: each is a table of actions with the states they may start from and the state they lead
// to. Services ask `next()` (an illegal move is INVALID_TRANSITION) and `record()` a timeline event.
import type { EntityManager } from 'typeorm';
import { TimelineEvent } from '../modules/timeline/timeline-event.entity';
import type { RequestContext } from './context';
import { InvalidTransitionError } from './errors';

export interface Transition<S extends string> {
  from: readonly S[];
  /** The resulting state; `null` keeps the current one (e.g. a response that changes no status). */
  to: S | null;
}

export class Lifecycle<S extends string, A extends string> {
  constructor(
    readonly subjectType: string,
    readonly transitions: Readonly<Record<A, Transition<S>>>,
  ) {}

  /** The state `action` leads to from `from`, or INVALID_TRANSITION. */
  next(from: S, action: A): S {
    const t = this.transitions[action];
    if (!t || !t.from.includes(from)) {
      throw new InvalidTransitionError(from, action, `Cannot ${action} a ${this.subjectType} that is ${from}.`, { allowedFrom: t ? [...t.from] : [] });
    }
    return t.to ?? from;
  }

  can(from: S, action: A): boolean {
    return this.transitions[action]?.from.includes(from) ?? false;
  }

  async record(
    ctx: RequestContext,
    manager: EntityManager,
    subjectId: string,
    action: A | 'create',
    from: S | null,
    to: S,
    opts: { note?: string | null; governmentOnly?: boolean } = {},
  ): Promise<TimelineEvent> {
    return manager.save(
      manager.create(TimelineEvent, {
        subjectType: this.subjectType,
        subjectId,
        at: ctx.clock.now(),
        actorUserId: ctx.viewer.userId ?? null,
        actorOrganizationId: ctx.viewer.organizationId ?? null,
        action,
        fromStatus: from,
        toStatus: to,
        note: opts.note ?? null,
        governmentOnly: opts.governmentOnly ?? false,
      }),
    );
  }
}
