// @concord/sdk: the typed client, live subscriptions, and every operation in sdk/documents.
export { createClient, createSubscriptionClient, ConcordRequestError } from './client';
export type {
  ClientOptions,
  ConcordClient,
  ConcordErrorCode,
  ConcordGraphQLError,
  ConcordSubscriptionClient,
  ExecuteOptions,
  SubscriptionClientOptions,
} from './client';
export * from './generated/graphql';
