// Subscriptions deliver only what the subscriber may see: each event is loaded again through the same
// visibility-checked loader a query would use, with fresh loaders so nothing is served from a stale cache.
import type { RequestContext } from './context';
import { Loaders } from './loaders';

export async function* visibleEvents<T>(
  ctx: RequestContext,
  topic: string,
  load: (ctx: RequestContext, payload: Record<string, unknown>) => Promise<T | null>,
): AsyncGenerator<T> {
  for await (const payload of ctx.pubsub.subscribe(topic)) {
    // One subscription lives long: every event gets its own loaders (field resolvers read ctx.loaders).
    ctx.loaders = new Loaders();
    const visible = await load(ctx, payload);
    if (visible) yield visible;
  }
}
