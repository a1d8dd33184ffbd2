// Rate limits and cost budgets per caller, GitHub's model: a number of requests per window, and query-cost
// points per hour. Counters live in Redis when REDIS_URL is set (shared by every replica), in process otherwise.
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config';
import { ConcordError, ErrorCode } from './errors';
import type { Viewer } from './viewer';

const HOUR = 3600;

/** What the caller may still spend this hour, as `Query.rateLimit` reports it. */
export interface RateLimitStatus {
  /** Cost points per hour. */
  limit: number;
  /** Points this document cost. */
  cost: number;
  used: number;
  remaining: number;
  resetAt: Date;
}

export class RateLimitedError extends ConcordError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    details: Record<string, unknown> = {},
  ) {
    super(ErrorCode.RATE_LIMITED, message, { retryAfter: retryAfterSeconds, ...details });
  }
}

/** The budget key: an API key, a user, or (for anonymous callers) the client address. */
export function budgetKey(viewer: Viewer, address: string): { key: string; signedIn: boolean } {
  if (viewer.apiKeyId) return { key: `key:${viewer.apiKeyId}`, signedIn: true };
  if (viewer.userId) return { key: `user:${viewer.userId}`, signedIn: true };
  return { key: `ip:${address || 'unknown'}`, signedIn: false };
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export class RateLimiter {
  private readonly requests: { anonymous: RateLimiterAbstract; signedIn: RateLimiterAbstract };
  private readonly cost: { anonymous: RateLimiterAbstract; signedIn: RateLimiterAbstract };
  private readonly redis?: Redis;

  constructor(
    private readonly config: Config['rateLimit'],
    redisUrl?: string,
  ) {
    this.redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false }) : undefined;
    const make = (name: string, points: number, duration: number): RateLimiterAbstract => {
      const keyPrefix = `${config.keyPrefix}:rl:${name}`;
      if (!this.redis) return new RateLimiterMemory({ keyPrefix, points, duration });
      // If Redis is briefly unreachable, each replica keeps counting on its own rather than failing requests.
      return new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix,
        points,
        duration,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
      });
    };
    this.requests = {
      anonymous: make('req:anon', config.requests.anonymous, config.windowSeconds),
      signedIn: make('req:user', config.requests.signedIn, config.windowSeconds),
    };
    this.cost = {
      anonymous: make('cost:anon', config.costPerHour.anonymous, HOUR),
      signedIn: make('cost:user', config.costPerHour.signedIn, HOUR),
    };
  }

  /**
   * Resolves once the shared store is connected (at most `timeoutMs`): a replica shares its callers' budgets from
   * its first request instead of counting them alone (the insurance limiter) while Redis connects.
   */
  async ready(timeoutMs = 5_000): Promise<boolean> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(false), timeoutMs);
      const done = (ok: boolean) => {
        clearTimeout(timer);
        redis.off('ready', onReady);
        resolve(ok);
      };
      const onReady = () => done(true);
      redis.on('ready', onReady);
    });
  }

  get enabled() {
    return this.config.enabled;
  }

  /** Counts one request (an HTTP request or a subscribe message); throws RateLimitedError past the window's limit. */
  async chargeRequest(viewer: Viewer, address: string): Promise<void> {
    if (!this.config.enabled) return;
    const { key, signedIn } = budgetKey(viewer, address);
    const limiter = signedIn ? this.requests.signedIn : this.requests.anonymous;
    try {
      await limiter.consume(key, 1);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const retryAfter = seconds(e.msBeforeNext);
      throw new RateLimitedError(
        `Too many requests: the limit is ${limiter.points} per ${limiter.duration} s. Retry after ${retryAfter} s.`,
        retryAfter,
        { limit: limiter.points },
      );
    }
  }

  /** Spends `cost` points of the hourly budget; a document that does not fit is refused and spends nothing. */
  async chargeCost(viewer: Viewer, address: string, cost: number): Promise<RateLimitStatus | undefined> {
    if (!this.config.enabled) return undefined;
    const { key, signedIn } = budgetKey(viewer, address);
    const limiter = signedIn ? this.cost.signedIn : this.cost.anonymous;
    try {
      const res = await limiter.consume(key, cost);
      return {
        limit: limiter.points,
        cost,
        used: res.consumedPoints,
        remaining: res.remainingPoints,
        resetAt: new Date(Date.now() + res.msBeforeNext),
      };
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      // Undo the refused charge: only what ran is spent.
      await limiter.reward(key, cost).catch(() => undefined);
      const retryAfter = seconds(e.msBeforeNext);
      throw new RateLimitedError(
        `This query costs ${cost} points and ${Math.max(0, limiter.points - (e.consumedPoints - cost))} of the hourly budget of ${limiter.points} remain. Retry after ${retryAfter} s.`,
        retryAfter,
        { limit: limiter.points, cost },
      );
    }
  }

  async close() {
    this.redis?.disconnect();
  }
}
