// Subscriptions deliver only what the subscriber may see: each event is loaded again through the same
// visibility-checked loader a query would use, with fresh loaders so nothing is served from a stale cache.
import type { RequestContext } from './context';
import { Loaders } from './loaders';

let active = 0;

/** Subscriptions listening in this process (the `concord_subscriptions_active` gauge; tests wait on it). */
export const activeSubscriptions = () => active;

export async function* visibleEvents<T>(
  ctx: RequestContext,
  topic: string,
  load: (ctx: RequestContext, payload: Record<string, unknown>) => Promise<T | null>,
): AsyncGenerator<T> {
  const events = ctx.pubsub.subscribe(topic)[Symbol.asyncIterator]();
  // The first next() registers the listener; from here on no event is missed, so the subscription counts.
  let next = events.next();
  active++;
  try {
    for (;;) {
      const { value: payload, done } = await next;
      if (done) return;
      // One subscription lives long: every event gets its own loaders (field resolvers read ctx.loaders).
      ctx.loaders = new Loaders();
      const visible = await load(ctx, payload);
      if (visible) yield visible;
      next = events.next();
    }
  } finally {
    active--;
    await events.return?.();
  }
}
