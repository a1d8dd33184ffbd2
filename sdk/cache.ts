// Helpers for normalized GraphQL caches (Apollo Client, urql's graphcache), without depending on either.
import introspection from './generated/possible-types.js';

/**
 * Which concrete types implement each interface (`Organization`, `Node`), for Apollo Client's
 * `new InMemoryCache({ possibleTypes })`: without it a fragment on `Organization` silently loses its fields.
 */
export const possibleTypes: Record<string, string[]> = introspection.possibleTypes;

interface Edge {
  cursor: string;
  node?: unknown;
  [key: string]: unknown;
}

interface ConnectionPage {
  edges?: Edge[];
  nodes?: unknown[];
  pageInfo?: {
    hasNextPage?: boolean;
    hasPreviousPage?: boolean;
    startCursor?: string | null;
    endCursor?: string | null;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/**
 * A field policy for one Relay connection (`keyArgs` are the arguments that make a different list, by default
 * `filter`, `orderBy` and `search`): pages fetched with `after` are appended, with `before` prepended, so
 * `fetchMore` grows one list. Equivalent to Apollo's `relayStylePagination`, which you may use instead.
 */
export function connectionFieldPolicy(keyArgs: string[] = ['filter', 'orderBy', 'search']) {
  return {
    keyArgs,
    merge(
      existing: ConnectionPage | undefined,
      incoming: ConnectionPage,
      { args }: { args: Record<string, unknown> | null },
    ): ConnectionPage {
      if (!existing || (!args?.after && !args?.before)) return incoming;
      const edges = args.after
        ? [...(existing.edges ?? []), ...(incoming.edges ?? [])]
        : [...(incoming.edges ?? []), ...(existing.edges ?? [])];
      const nodes = args.after
        ? [...(existing.nodes ?? []), ...(incoming.nodes ?? [])]
        : [...(incoming.nodes ?? []), ...(existing.nodes ?? [])];
      const pageInfo = {
        ...existing.pageInfo,
        ...(args.after
          ? { hasNextPage: incoming.pageInfo?.hasNextPage, endCursor: incoming.pageInfo?.endCursor }
          : { hasPreviousPage: incoming.pageInfo?.hasPreviousPage, startCursor: incoming.pageInfo?.startCursor }),
      };
      return { ...incoming, edges, nodes, pageInfo };
    },
  };
}

/** The Query connections of Concord's schema that page, for `typePolicies: { Query: { fields: ... } }`. */
export const CONNECTION_FIELDS = [
  'advisories',
  'agencies',
  'apiKeys',
  'auditEvents',
  'clearinghouseEntries',
  'complianceReports',
  'coveredModels',
  'defenseTools',
  'deliveries',
  'designations',
  'developers',
  'directives',
  'frontierModels',
  'milestones',
  'myAdvisories',
  'organizations',
  'recipients',
  'reviewWindows',
  'scanClaims',
  'toolGrants',
  'users',
] as const;

/** Type policies for Apollo Client's InMemoryCache: every paging Query connection merges its pages. */
export function concordTypePolicies(): { Query: { fields: Record<string, ReturnType<typeof connectionFieldPolicy>> } } {
  return { Query: { fields: Object.fromEntries(CONNECTION_FIELDS.map((f) => [f, connectionFieldPolicy()])) } };
}
