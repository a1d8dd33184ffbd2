// What one HTTP request carries through its async work, for its access-log line and its error lines: the request
// id, who asked, the operation, and how many SQL statements it sent.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestScope {
  requestId: string;
  viewer?: string;
  operation?: string;
  statements: number;
  /** Whether this request's reads may go to a read replica (see db/read-routing.ts). */
  readReplica?: boolean;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
