// The request context every service takes first: who asks, their loaders, the clock, the database.
import type { EntityManager } from 'typeorm';
import type { Clock } from './clock';
import type { Logger } from './logger';
import type { Viewer } from './viewer';
import type { Loaders } from './loaders';
import type { PubSub } from './pubsub';
import type { RateLimitStatus } from './rate-limit';

export interface RequestContext {
  viewer: Viewer;
  requestId: string;
  clock: Clock;
  /**
   * Where queries run: the data source's manager for a request, and inside `mutate()` the transaction's, so the
   * loaders and queries of the work see its writes and share its connection (transaction.ts).
   */
  db: EntityManager;
  log: Logger;
  pubsub: PubSub;
  /** The key of the audit chain's HMAC links and checkpoints. */
  auditKey: string;
  /** The caller's network address (the budget key of anonymous callers). */
  clientAddress: string;
  /** The hourly cost budget after this document was charged; absent when rate limiting is off. */
  rateLimit?: RateLimitStatus;
  /** Per request; a subscription replaces them for every event (core/subscriptions.ts). */
  loaders: Loaders;
}
