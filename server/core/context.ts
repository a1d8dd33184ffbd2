// The request context every service takes first (who asks, their loaders, the clock, the database) and how one
// is made for a request, a subscription event or a command.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from './clock';
import type { Logger } from './logger';
import type { Viewer } from './viewer';
import { Loaders } from './loaders';
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

export interface ContextDeps {
  db: DataSource;
  clock: Clock;
  log: Logger;
  pubsub: PubSub;
  auditKey: string;
}

/** A fresh context (and fresh DataLoaders) for one request or one subscription event. */
export function createRequestContext(
  deps: ContextDeps,
  viewer: Viewer,
  requestId: string = randomUUID(),
  clientAddress = 'local',
): RequestContext {
  return {
    clock: deps.clock,
    log: deps.log.child({ requestId }),
    pubsub: deps.pubsub,
    auditKey: deps.auditKey,
    db: deps.db.manager,
    viewer,
    requestId,
    clientAddress,
    loaders: new Loaders(),
  };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Honours a sane incoming x-request-id, otherwise makes one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}
