// What a module contributes, declared once in its `<name>.module.ts`: its entities (the data source's list), its
// resolvers (the schema), and its node types with their loaders (node(id)). server/modules/index.ts lists the
// modules; the schema, the node registry and the entity list derive from that list.
import type { RequestContext } from './context';
import type { Node } from './node';
import type { HookSubscription } from './hooks';
import type { Condition } from './policy';
import type { ReadDeclarations } from './reads';

/** Loads one node type by uuid under the viewer's visibility (null when missing or hidden). */
export type NodeLoad = (
  ctx: RequestContext,
  id: string,
  resolve: (type: string, id: string) => Promise<Node | null>,
) => Promise<Node | null>;

export interface NodeType {
  /** The GraphQL type name, as in its global ids. */
  type: string;
  load: NodeLoad;
}

/**
 * An entity, resolver or object-type class. TypeORM's and type-graphql's own signatures take classes as `Function`,
 * so this is that type, named once.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the libraries' own type for a class
export type ClassRef = Function;

export interface ConcordModule {
  name: string;
  entities?: ClassRef[];
  resolvers?: ClassRef[];
  /** Types only reachable through an interface (e.g. Developer through Organization). */
  orphanedTypes?: ClassRef[];
  nodes?: NodeType[];
  /** Lists and computed fields that compiled reads may answer in SQL (core/reads.ts). */
  reads?: ReadDeclarations;
  /** Its visibility rules (core/policy.ts), by name; installed for every module to use through `policy`. */
  policy?: Record<string, (...args: never[]) => Condition>;
  /** What it does when another module's hook point runs (core/hooks.ts). */
  hooks?: readonly HookSubscription[];
  /** Only outside production (the demo clock). */
  demoOnly?: boolean;
}

export const defineModule = (m: ConcordModule): ConcordModule => m;
