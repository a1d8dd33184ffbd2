// Across replicas, subscription events travel through Redis. Runs when TEST_REDIS_URL is set (.ci/run sets it);
// the embedded default needs no Redis.
import { describe, expect, it } from 'vitest';
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
      // Let the subscription reach Redis before publishing.
      await new Promise((r) => setTimeout(r, 300));
      await a.pubsub.publish(topic, { designationId: 'd-1' });
      const received = await Promise.race([next, new Promise((_r, reject) => setTimeout(() => reject(new Error('no event within 5 s')), 5000))]);
      expect(received).toEqual({ done: false, value: { designationId: 'd-1' } });
      await iterator.return?.();
    } finally {
      await a.close();
      await b.close();
    }
  });
});
