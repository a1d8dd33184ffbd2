// Hook points: how the module that owns a change lets the modules that depend on it act on that change, inside the
// same transaction. A model released closes its review windows; an agency given a capability is assigned the
// directives in force. The owner declares the point and runs it; a dependent module subscribes in its manifest
// (`hooks: [point.handle(...)]`), and modules/index.ts installs every subscription once. Dependencies between
// modules stay one-way: the owner never imports the modules that react to it (tests/module-graph.test.ts).
import type { RequestContext } from './context';

/** A subscriber's work: returns the global ids it changed (they join the mutation's audit subjects). */
export type HookHandler<P> = (tx: RequestContext, payload: P) => Promise<readonly string[] | void>;

/** A subscription, as a module's manifest lists it. */
export interface HookSubscription {
  point: HookPoint<never>;
  handler: HookHandler<never>;
}

export class HookPoint<P> {
  private readonly handlers: HookHandler<P>[] = [];

  constructor(readonly name: string) {}

  /** A subscription for a module's manifest. */
  handle(handler: HookHandler<P>): HookSubscription {
    return { point: this as unknown as HookPoint<never>, handler: handler as HookHandler<never> };
  }

  /** Adds a handler once (modules/index.ts, when the module list is assembled). */
  install(handler: HookHandler<P>): void {
    if (!this.handlers.includes(handler)) this.handlers.push(handler);
  }

  /** Runs every handler in the caller's transaction, one after another; returns what they changed. */
  async run(tx: RequestContext, payload: P): Promise<string[]> {
    const subjects: string[] = [];
    for (const handler of this.handlers) subjects.push(...((await handler(tx, payload)) ?? []));
    return subjects;
  }
}

/** Installs the subscriptions of a module list (idempotent). */
export function installHooks(modules: readonly { hooks?: readonly HookSubscription[] }[]): void {
  for (const m of modules) for (const s of m.hooks ?? []) s.point.install(s.handler);
}
