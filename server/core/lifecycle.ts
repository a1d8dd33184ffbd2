// Lifecycles as data, and the one way to change state. A lifecycle is a table of actions with the states they
// may start from and the state they lead to, plus hooks that run when an object enters or leaves a state (the
// side effects: publishing inserts deliveries, issuing inserts reports). `transition()` is the only code that
// locks a row, checks its version, moves it, writes the timeline and the audit link, and reloads it; services
// describe what changes. Vendure's state machines are the model.
import { emit } from './outbox';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { TimelineEvent } from './timeline-event.entity';
import type { RequestContext } from './context';
import { InvalidTransitionError, StaleVersionError } from './errors';
import { mutate } from './transaction';

export interface Transition<S extends string> {
  from: readonly S[];
  /** The resulting state; `null` keeps the current one (e.g. a response that changes no status). */
  to: S | null;
}

/** Where a move goes, for hooks. */
export interface Move<S extends string, A extends string> {
  from: S;
  to: S;
  action: A;
}

/** What a hook did: more objects it touched (for the audit chain) and a note for the move's timeline event. */
export interface HookResult {
  subjects?: string[];
  note?: string;
}

/** A side effect of entering or leaving a state; runs in the transaction (throw to refuse the move). */
export type Hook<E, S extends string, A extends string> = (
  tx: RequestContext,
  row: E,
  move: Move<S, A>,
) => Promise<HookResult | string[] | void>;

const asResult = (r: HookResult | string[] | void): HookResult => (Array.isArray(r) ? { subjects: r } : (r ?? {}));

export interface LifecycleOptions<E, S extends string, A extends string> {
  /** The entity whose rows move (a thunk, so lifecycles and entities may import each other). */
  entity?: () => EntityTarget<E>;
  /** Every state (the enum object), and where objects start: the lifecycle test checks each is reachable. */
  states?: Record<string, S>;
  initial?: readonly S[];
  /** The state of a row when it has no status column (e.g. a milestone is COMPLETE once completedAt is set). */
  stateOf?: (row: E) => S;
  /** Whether rows carry a `version` that every move increments (default true). */
  versioned?: boolean;
  enter?: Partial<Record<S, Hook<E, S, A>>>;
  exit?: Partial<Record<S, Hook<E, S, A>>>;
}

/** Every lifecycle, for the test that checks them all. */
export const LIFECYCLES: Lifecycle<string, string, ObjectLiteral>[] = [];

export class Lifecycle<S extends string, A extends string, E extends ObjectLiteral = ObjectLiteral> {
  constructor(
    readonly subjectType: string,
    readonly transitions: Readonly<Record<A, Transition<S>>>,
    readonly options: LifecycleOptions<E, S, A> = {},
  ) {
    LIFECYCLES.push(this as unknown as Lifecycle<string, string, ObjectLiteral>);
  }

  /** The state `action` leads to from `from`, or INVALID_TRANSITION. */
  next(from: S, action: A): S {
    const t = this.transitions[action];
    if (!t || !t.from.includes(from)) {
      throw new InvalidTransitionError(from, action, `Cannot ${action} a ${this.subjectType} that is ${from}.`, {
        allowedFrom: t ? [...t.from] : [],
      });
    }
    return t.to ?? from;
  }

  can(from: S, action: A): boolean {
    return this.transitions[action]?.from.includes(from) ?? false;
  }

  stateOf(row: E): S {
    return this.options.stateOf ? this.options.stateOf(row) : (row as unknown as { status: S }).status;
  }

  /** A timeline event for `subjectId`, in the caller's transaction. */
  async record(
    tx: RequestContext,
    subjectId: string,
    action: A | 'create',
    from: S | null,
    to: S,
    opts: { note?: string | null; governmentOnly?: boolean } = {},
  ): Promise<TimelineEvent> {
    return tx.db.save(
      tx.db.create(TimelineEvent, {
        subjectType: this.subjectType,
        subjectId,
        at: tx.clock.now(),
        actorUserId: tx.viewer.userId ?? null,
        actorOrganizationId: tx.viewer.organizationId ?? null,
        action,
        fromStatus: from,
        toStatus: to,
        note: opts.note ?? null,
        governmentOnly: opts.governmentOnly ?? false,
      }),
    );
  }
}

export interface TransitionRequest<E, S extends string, A extends string> {
  id: string;
  action: A;
  /** The audit chain's name for it (default: the action). */
  auditAction?: string;
  /** A stale version is CONFLICT with the current one. */
  expectedVersion?: number;
  /** What else changes, from the locked row; runs in the transaction. */
  changes?: (locked: E, tx: RequestContext) => Partial<E> | Promise<Partial<E>>;
  note?: string | null;
  governmentOnly?: boolean;
  /** Repeating the current state is accepted and changes nothing (e.g. a delivery reported PATCHED twice). */
  repeatable?: boolean;
  /** Refuses the move on the locked row (e.g. a withdrawn delivery takes no report); throw to refuse. */
  guard?: (locked: E, move: Move<S, A>) => void;
  /** The notification kind this move raises (an outbox row in the same transaction, core/outbox.ts). */
  emit?: string | ((move: Move<S, A>, row: E) => string | null);
}

export interface TransitionResult<E> {
  row: E;
  /** Global ids of everything the move touched, for the audit chain. */
  subjects: string[];
}

/**
 * One move inside the caller's transaction: lock the row, check the version, leave the old state (exit hook),
 * update with the changes and the new state, enter the new one (enter hook), write the timeline, reload.
 */
export async function transitionIn<
  E extends ObjectLiteral & { id: string; globalId: string },
  S extends string,
  A extends string,
>(tx: RequestContext, lifecycle: Lifecycle<S, A, E>, req: TransitionRequest<E, S, A>): Promise<TransitionResult<E>> {
  const entity = lifecycle.options.entity?.();
  if (!entity) throw new Error(`${lifecycle.subjectType}'s lifecycle names no entity`);
  const locked = await tx.db
    .getRepository(entity)
    .createQueryBuilder('row')
    .setLock('pessimistic_write')
    .where('row.id = :id', { id: req.id })
    .getOneOrFail();
  if (req.expectedVersion !== undefined && locked.version !== req.expectedVersion)
    throw new StaleVersionError(req.expectedVersion, locked.version);
  const from = lifecycle.stateOf(locked);
  const transition = lifecycle.transitions[req.action];
  if (req.repeatable && transition?.to === from) return { row: locked, subjects: [locked.globalId] };
  const to = lifecycle.next(from, req.action);
  const move: Move<S, A> = { from, to, action: req.action };
  req.guard?.(locked, move);
  const subjects = [locked.globalId];
  const notes: string[] = [];
  const collect = (r: HookResult) => {
    subjects.push(...(r.subjects ?? []));
    if (r.note) notes.push(r.note);
  };
  const changed = to !== from;
  if (changed) collect(asResult(await lifecycle.options.exit?.[from]?.(tx, locked, move)));
  const values = req.changes ? await req.changes(locked, tx) : {};
  const status = lifecycle.options.stateOf ? {} : { status: to };
  const version = lifecycle.options.versioned === false ? {} : { version: () => 'version + 1' };
  await tx.db.update(entity, { id: req.id }, { ...values, ...status, ...version } as never);
  let row = await tx.db.findOneByOrFail(entity, { id: req.id } as never);
  const enter = changed ? lifecycle.options.enter?.[to] : undefined;
  if (enter) {
    collect(asResult(await enter(tx, row, move)));
    row = await tx.db.findOneByOrFail(entity, { id: req.id } as never);
  }
  const note = [req.note, ...notes].filter(Boolean).join(' ') || null;
  await lifecycle.record(tx, req.id, req.action, from, to, { note, governmentOnly: req.governmentOnly });
  const kind = typeof req.emit === 'function' ? req.emit(move, row) : req.emit;
  if (kind)
    await emit(tx, {
      kind,
      subjectType: lifecycle.subjectType,
      subjectId: req.id,
      data: { action: req.action, from, to },
    });
  return { row, subjects: [...new Set(subjects)] };
}

/** One move in its own transaction with its audit link (see transitionIn). */
export async function transition<
  E extends ObjectLiteral & { id: string; globalId: string },
  S extends string,
  A extends string,
>(ctx: RequestContext, lifecycle: Lifecycle<S, A, E>, req: TransitionRequest<E, S, A>): Promise<E> {
  return mutate(ctx, req.auditAction ?? req.action, async (tx) => {
    const { row, subjects } = await transitionIn(tx, lifecycle, req);
    return { result: row, subjects };
  });
}
