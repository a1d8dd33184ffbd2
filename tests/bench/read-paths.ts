// The read-path report of `npm run bench`: every list (connection) field of the schema, and whether a query that
// reads it can be answered by one compiled statement (graphql/compiled-reads.ts) or falls back to the resolvers;
// then every query document the SDK ships, as a signed-in caller would send it, with the reason when it falls back.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  Kind,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import type { Concord } from '../../server/concord';
import { createRequestContext } from '../../server/core/context';
import { toGlobalId } from '../../server/core/ids';
import { CompiledReads } from '../../server/graphql/compiled-reads';
import { getSchema } from '../../server/graphql/schema';
import { MODULES } from '../../server/modules';

export interface ReadPathReport {
  lists: { field: string; path: 'compiled' | 'resolvers'; reason?: string }[];
  documents: { operation: string; file: string; path: 'compiled' | 'resolvers'; reason?: string }[];
  /** Share of the SDK's query documents that fall back to the resolvers. */
  fallbackRate: number;
}

/** A value of `type` for a variable the document requires (the report asks about shape, not data). */
function placeholder(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [placeholder(t.ofType)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields()))
      if (f.type.toString().endsWith('!') && f.defaultValue === undefined) out[f.name] = placeholder(f.type);
    return out;
  }
  switch (getNamedType(t).name) {
    case 'ID':
      return toGlobalId('Developer', randomUUID());
    case 'Int':
    case 'Float':
      return 10;
    case 'Boolean':
      return true;
    case 'DateTimeISO':
      return new Date().toISOString();
    default:
      return 'x';
  }
}

export async function readPathReport(
  concord: Concord,
  viewerUserId: string,
  documentsDir: string,
): Promise<ReadPathReport> {
  const schema = await getSchema();
  const reads = new CompiledReads(schema, concord.db, MODULES);
  const declared = reads.declaredLists();
  const lists: ReadPathReport['lists'] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Mutation' || type.name === 'Subscription')
      continue;
    for (const field of Object.values(type.getFields())) {
      if (!getNamedType(field.type).name.endsWith('Connection')) continue;
      const key = `${type.name}.${field.name}`;
      lists.push(
        declared.has(key)
          ? { field: key, path: 'compiled' }
          : { field: key, path: 'resolvers', reason: 'no list source declared by its module' },
      );
    }
  }
  lists.sort((a, b) => a.path.localeCompare(b.path) || a.field.localeCompare(b.field));

  const token = await concord.auth.sign(viewerUserId, 'bench-analyst@nsa.gov');
  const viewer = await concord.auth.viewerFor(`Bearer ${token}`, new Date());
  const deps = {
    db: concord.db,
    clock: concord.clock,
    log: concord.log,
    pubsub: undefined as never,
    auditKey: concord.config.audit.hmacKey,
  };
  const files = fs
    .readdirSync(documentsDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  const sources = files.map((file) => ({
    file,
    document: parse(fs.readFileSync(path.join(documentsDir, file), 'utf8')),
  }));
  const fragments = sources.flatMap((s) => s.document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION));
  const documents: ReadPathReport['documents'] = [];
  for (const { file, document } of sources) {
    for (const op of document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query',
    )) {
      const doc: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op, ...fragments] };
      const variables: Record<string, unknown> = {};
      for (const v of op.variableDefinitions ?? []) {
        const type = typeFromAST(schema, v.type as never) as GraphQLInputType | undefined;
        if (type && v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
          variables[v.variable.name.value] = placeholder(type);
      }
      const outcome = reads.explain(createRequestContext(deps, viewer), doc, op.name?.value, variables);
      documents.push({
        operation: op.name?.value ?? '(anonymous)',
        file,
        ...(outcome.compiled ? { path: 'compiled' as const } : { path: 'resolvers' as const, reason: outcome.reason }),
      });
    }
  }
  const fallbacks = documents.filter((d) => d.path === 'resolvers').length;
  return { lists, documents, fallbackRate: documents.length ? Number((fallbacks / documents.length).toFixed(2)) : 0 };
}
