import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Clock } from '../core/clock';
import type { RequestContext } from '../core/context';
import type { Logger } from '../core/logger';
import type { PubSub } from '../core/pubsub';
import type { Viewer } from '../core/viewer';
import { Loaders } from '../core/loaders';

export interface ContextDeps {
  db: DataSource;
  clock: Clock;
  log: Logger;
  pubsub: PubSub;
  auditKey: string;
}

/** A fresh context (and fresh DataLoaders) for one request or one subscription event. */
export function createRequestContext(deps: ContextDeps, viewer: Viewer, requestId: string = randomUUID(), clientAddress = 'local'): RequestContext {
  return { clock: deps.clock, log: deps.log.child({ requestId }), pubsub: deps.pubsub, auditKey: deps.auditKey, db: deps.db.manager, viewer, requestId, clientAddress, loaders: new Loaders() };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Honours a sane incoming x-request-id, otherwise makes one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}
