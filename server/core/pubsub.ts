// Domain events for subscriptions: in process by default, through Redis across replicas when REDIS_URL is set.
import { createPubSub as createYogaPubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import Redis from 'ioredis';

/** Topic name -> payload. Modules add their topics here. */
export type PubSubTopics = {
  [topic: string]: [payload: Record<string, unknown>];
};

/**
 * Published when a credential may no longer hold what it held (a key revoked, a user deactivated or given other
 * roles, an organization's capabilities changed): every replica re-checks its open sockets at once.
 */
export const CREDENTIALS_CHANGED = 'credentialsChanged';

export type PubSub = ReturnType<typeof createYogaPubSub<PubSubTopics>>;

export interface PubSubHandle {
  pubsub: PubSub;
  close(): Promise<void>;
}

export function createPubSub(redisUrl?: string): PubSubHandle {
  if (!redisUrl) return { pubsub: createYogaPubSub<PubSubTopics>(), close: async () => {} };
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubsub: createYogaPubSub<PubSubTopics>({ eventTarget }),
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
