// @concord/sdk: the typed client and every operation in sdk/documents.
export { createClient, ConcordRequestError } from './client';
export type { ClientOptions, ConcordClient, ConcordErrorCode, ConcordGraphQLError, ExecuteOptions } from './client';
export * from './generated/graphql';
