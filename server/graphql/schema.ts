import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import type { GraphQLSchema } from 'graphql';
import { NodeResolver } from './node.resolver';
import { MODULES } from '../modules';
import type { ClassRef } from '../core/module';

/** The schema's resolvers: node(id) and viewer, then every module's (modules/index.ts). */
export function resolversFor(demo: boolean) {
  return [NodeResolver, ...MODULES.filter((m) => demo || !m.demoOnly).flatMap((m) => m.resolvers ?? [])] as [
    ClassRef,
    ...ClassRef[],
  ];
}

const cached = new Map<boolean, Promise<GraphQLSchema>>();

export interface SchemaOptions {
  /**
   * Outside production the schema also carries the demo clock (`advanceClock`, `resetClock`). The committed
   * schema/schema.graphql, the SDK and production are without it.
   */
  demoClock?: boolean;
}

/** Builds each variant of the schema once per process (type-graphql's metadata is global). */
export function getSchema(opts: SchemaOptions = {}): Promise<GraphQLSchema> {
  const demo = Boolean(opts.demoClock);
  if (!cached.has(demo)) cached.set(demo, build(demo));
  return cached.get(demo)!;
}

function build(demo: boolean): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolversFor(demo),
    orphanedTypes: MODULES.flatMap((m) => m.orphanedTypes ?? []),
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
    // type-graphql insists on a PubSub; Concord's subscriptions never use it: each subscribes through its
    // request context's pubsub (in process, or Redis across replicas) and filters by visibility.
    pubSub: createPubSub(),
  }).then(describeRootTypes);
}

// type-graphql gives the root types no description; every type in Concord's schema has one.
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const describe = (type: { description?: string | null } | null | undefined, text: string) => {
    if (type) type.description = text;
  };
  describe(
    schema.getQueryType(),
    'Everything you can read from Concord; every list is a paginated connection filtered by what you may see.',
  );
  describe(
    schema.getMutationType(),
    'Every change to Concord; each takes one `input`, returns a payload and is recorded in the audit chain.',
  );
  describe(schema.getSubscriptionType(), 'Live updates over graphql-ws on /graphql, filtered by what you may see.');
  return schema;
}
