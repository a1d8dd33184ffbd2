// @concord/sdk: the typed client, live subscriptions, cache helpers and every operation in sdk/documents.
export { createClient, createSubscriptionClient, ConcordRequestError, documentId } from './client.js';
export type {
  ClientOptions,
  ConcordClient,
  ConcordClientErrorCode,
  ConcordDocument,
  ConcordErrorCode,
  ConcordGraphQLError,
  ConcordServerErrorCode,
  ConcordSubscriptionClient,
  ExecuteOptions,
  SubscriptionClientOptions,
} from './client.js';
export { possibleTypes, connectionFieldPolicy, concordTypePolicies, CONNECTION_FIELDS } from './cache.js';
export * from './generated/graphql.js';
