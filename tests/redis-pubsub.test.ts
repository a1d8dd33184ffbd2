// Across replicas, subscription events travel through Redis. Runs when TEST_REDIS_URL is set (.ci/run sets it);
// the embedded default needs no Redis.
import Redis from 'ioredis';
import { describe, expect, it, vi } from 'vitest';
import { createPubSub } from '../server/core/pubsub';

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)('pubsub through Redis', () => {
  it('an event published on one replica reaches a subscriber on another', async () => {
    const a = createPubSub(redisUrl);
    const b = createPubSub(redisUrl);
    const topic = `designationUpdated-test-${Date.now()}`;
    try {
      const iterator = b.pubsub.subscribe(topic)[Symbol.asyncIterator]();
      const next = iterator.next();
      // Publish once Redis counts the subscription (PUBSUB NUMSUB), not after a fixed time.
      const probe = new Redis(redisUrl!);
      try {
        await vi.waitFor(
          async () => expect(Number(((await probe.pubsub('NUMSUB', topic)) as [string, number])[1])).toBeGreaterThan(0),
          { timeout: 30_000, interval: 20 },
        );
      } finally {
        probe.disconnect();
      }
      a.pubsub.publish(topic, { designationId: 'd-1' });
      const received = await Promise.race([
        next,
        new Promise((_r, reject) => setTimeout(() => reject(new Error('no event within 5 s')), 5000)),
      ]);
      expect(received).toEqual({ done: false, value: { designationId: 'd-1' } });
      await iterator.return?.();
    } finally {
      await a.close();
      await b.close();
    }
  });
});
