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
  /** Keeps a small shared state (e.g. the demo clock) for replicas that start later; in process, nothing to share. */
  saveState(name: string, value: string): void;
  loadState(name: string): Promise<string | null>;
  close(): Promise<void>;
}

export interface PubSubOptions {
  /**
   * Prefix of every channel and key in Redis (REDIS_PREFIX): deployments that share a Redis server never hear
   * each other's events. Channels are `<prefix>:events:<topic>`, kept state `<prefix>:state:<name>`.
   */
  prefix?: string;
  onError?: (e: Error) => void;
}

/**
 * In process, or through Redis when `redisUrl` is set. The Redis event target calls `publish`, `subscribe` and
 * `unsubscribe` without handling their promises: a Redis that stays down past ioredis's retries would reject
 * them unhandled, and Node ends the process on an unhandled rejection. The clients it gets here report such a
 * failure to `onError` instead (the event is lost, as it would be on a dropped connection; the mutation stands).
 */
export function createPubSub(redisUrl?: string, options: PubSubOptions = {}): PubSubHandle {
  const onError = options.onError ?? (() => {});
  if (!redisUrl)
    return {
      pubsub: createYogaPubSub<PubSubTopics>(),
      saveState: () => {},
      loadState: async () => null,
      close: async () => {},
    };
  const channels = `${options.prefix ?? 'concord'}:events:`;
  const stateKey = (name: string) => `${options.prefix ?? 'concord'}:state:${name}`;
  const publisher = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  // ioredis also reports every failed reconnect; without an 'error' listener it prints the stack to stderr, around
  // the structured log. With one, the failures go to the log as one line each.
  publisher.on('error', onError);
  subscriber.on('error', onError);
  const reported = (p: Promise<unknown>) => void p.catch(onError);
  const publishClient = {
    publish: (topic: string, message: string) => reported(publisher.publish(channels + topic, message)),
  };
  const subscribeClient = {
    on: (event: 'message', listener: (topic: string, message: string) => void) =>
      subscriber.on(event, (channel: string, message: string) => {
        if (channel.startsWith(channels)) listener(channel.slice(channels.length), message);
      }),
    subscribe: (topic: string) => reported(subscriber.subscribe(channels + topic)),
    unsubscribe: (topic: string) => reported(subscriber.unsubscribe(channels + topic)),
  };
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient } as unknown as Parameters<
    typeof createRedisEventTarget
  >[0]);
  return {
    pubsub: createYogaPubSub<PubSubTopics>({ eventTarget }),
    saveState: (name, value) => reported(publisher.set(stateKey(name), value)),
    loadState: async (name) => {
      try {
        return await publisher.get(stateKey(name));
      } catch (e) {
        onError(e as Error);
        return null;
      }
    },
    async close() {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
