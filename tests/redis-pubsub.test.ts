// Across replicas, subscription events travel through Redis. Runs when TEST_REDIS_URL is set (.ci/run sets it);
// the embedded default needs no Redis.
import Redis from 'ioredis';
import { describe, expect, it, vi } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createPubSub } from '../server/core/pubsub';
import { DAY_MS } from '../server/core/clock';
import { startTestServer, type TestServer } from './support/server';
import { postGraphQL } from './support/transports';

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
          async () =>
            expect(
              Number(((await probe.pubsub('NUMSUB', `concord:events:${topic}`)) as [string, number])[1]),
            ).toBeGreaterThan(0),
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

  it('keeps two deployments on one Redis apart, and gives a replica that starts later the current clock', async () => {
    const tag = randomBytes(4).toString('hex');
    const started: TestServer[] = [];
    const start = async (prefix: string) => {
      const s = await startTestServer({ REDIS_URL: redisUrl!, REDIS_PREFIX: prefix });
      started.push(s);
      return s;
    };
    const offsetDays = (s: TestServer) => Math.round(s.concord.clock.now().getTime() - Date.now()) / DAY_MS;
    try {
      const a1 = await start(`a-${tag}`);
      const b = await start(`b-${tag}`);
      const [org] = await a1.concord.db.query(
        `INSERT INTO organization (kind, name, slug, acronym, capabilities)
         VALUES ('GOVERNMENT_AGENCY', 'Ops', 'ops-${tag}', 'OPS', ARRAY['CLEARINGHOUSE_OPERATOR']::varchar[]) RETURNING id`,
      );
      const [admin] = await a1.concord.db.query(
        `INSERT INTO user_account (organization_id, email, name, roles)
         VALUES ($1, 'clock-admin@ops.gov', 'Clock Admin', ARRAY['PLATFORM_ADMIN','ANALYST']::varchar[]) RETURNING id, email`,
        [org.id],
      );
      const token = await a1.concord.auth.sign(admin.id, admin.email);
      const moved = await postGraphQL(
        a1.url,
        { query: 'mutation { advanceClock(input: { days: 10 }) { now offsetDays } }' },
        { authorization: `Bearer ${token}` },
      );
      expect((moved.body as { data: { advanceClock: { offsetDays: number } } }).data.advanceClock.offsetDays).toBe(10);
      // A replica of deployment A that starts now runs on A's clock at once.
      const a2 = await start(`a-${tag}`);
      expect(offsetDays(a2)).toBeCloseTo(10, 1);
      // Deployment B, on the same Redis, never heard of it: A's event is on A's channel only.
      const sideB = new Redis(redisUrl!);
      try {
        expect(await sideB.get(`b-${tag}:state:clock`)).toBeNull();
        expect(JSON.parse((await sideB.get(`a-${tag}:state:clock`))!)).toMatchObject({ fixed: null });
      } finally {
        sideB.disconnect();
      }
      expect(offsetDays(b)).toBeCloseTo(0, 1);
      // And A's channel carries A's next move to A's replicas, not to B.
      await postGraphQL(
        a1.url,
        { query: 'mutation { advanceClock(input: { days: 5 }) { now } }' },
        { authorization: `Bearer ${token}` },
      );
      await vi.waitFor(() => expect(offsetDays(a2)).toBeCloseTo(15, 1), { timeout: 10_000, interval: 20 });
      expect(offsetDays(b)).toBeCloseTo(0, 1);
    } finally {
      await Promise.all(started.map((s) => s.stop()));
    }
  });
});
