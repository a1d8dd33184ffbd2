// Compiled reads: a query that SQL can answer whole is answered by ONE statement that builds the response's
// JSON in PostgreSQL (as PostGraphile and Hasura do), instead of resolvers hydrating entities row by row.
//
// SQL answers: the lists services declare (core/reads.ts) paged forward with `first`, `after` and `orderBy`;
// the plain column fields of their node types (a TypeORM column of the same name and no resolver); the computed
// fields modules declare; `id`; `__typename`; `totalCount`; `edges` with their cursors; and `pageInfo`. Anything
// else (backward paging, filters, other fields, fragments on other types, directives, mutations) runs through the
// resolvers, as does an operation whose statement fails. Visibility, order and counts come from the same base
// queries and policy conditions the resolvers page; tests/compiled-reads.test.ts compares both paths as every
// demo user, and tests/responses-snapshot.test.ts holds every SDK document's answer.
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  GraphQLList,
  GraphQLObjectType,
  GraphQLScalarType,
  Kind,
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { DataSource, EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { afterCursor, cursorBinding, cursorSql, orderKeys, validatePageArgs } from '../core/connection';
import type { RequestContext } from '../core/context';
import type { ConcordModule } from '../core/module';
import type { DerivedField, ListSource } from '../core/reads';
import { readQuery } from '../core/sql';
import { DocumentCache } from './document-cache';

/** How a column's value reaches the JSON: as PostgreSQL writes it, or as JavaScript's Date#toISOString would. */
type Format = 'value' | 'timestamp';

interface ColumnRead {
  column: string;
  format: Format;
}

export interface CompiledRead {
  sql: string;
  params: Record<string, unknown>;
}

/** Thrown while compiling: this operation is for the resolvers. */
class Unsupported extends Error {}

/** Unsupported because of an argument's value this time (a filter, a cursor): the same document may compile later. */
class UnsupportedValue extends Unsupported {}

const unsupported = (why: string): never => {
  throw new Unsupported(why);
};

/** The page arguments SQL takes; any other argument with a value sends the operation to the resolvers. */
const COMPILED_ARGS = new Set(['first', 'after', 'orderBy']);

/** json_build_object takes at most 100 arguments. */
const MAX_KEYS = 50;

/** The global id (core/ids.ts toGlobalId) in SQL: base64url of `<Type>:<uuid>`. */
const globalIdSql = (type: string, idExpr: string) =>
  `rtrim(translate(encode(convert_to('${type}:' || ${idExpr}, 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;

/**
 * A timestamp as the resolvers send it: node-postgres parses it to a Date (milliseconds, truncated after a
 * floating-point multiply), which serializes with toISOString. The same arithmetic in SQL gives the same text.
 */
const timestampSql = (expr: string) =>
  `(to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || '.' || lpad(trunc(1000 * (mod(extract(microseconds FROM ${expr})::bigint, 1000000)::float8 / 1000000))::text, 3, '0') || 'Z')`;

export class CompiledReads {
  private readonly lists = new Map<string, ListSource>();
  private readonly derived = new Map<string, DerivedField>();
  private readonly columns = new Map<string, Map<string, ColumnRead>>();
  /** Documents (Apollo keeps each parsed document) whose shape SQL cannot answer, by operation name. */
  private readonly refused = new WeakMap<DocumentNode, Set<string>>();
  /** Statements compiled for a document, by operation, variables and viewer (see compile()). */
  private readonly statements = new DocumentCache<CompiledRead & { nowKeys: string[] }>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly dataSource: DataSource,
    modules: readonly ConcordModule[],
  ) {
    for (const m of modules) {
      for (const [key, source] of Object.entries(m.reads?.lists ?? {})) this.lists.set(key, source);
      for (const [key, field] of Object.entries(m.reads?.derived ?? {})) this.derived.set(key, field);
    }
  }

  /** The statement answering this operation, or undefined when it is for the resolvers. */
  compile(
    ctx: RequestContext,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): CompiledRead | undefined {
    const opKey = operationName ?? '';
    if (this.refused.get(document)?.has(opKey)) return undefined;
    // The same document, variables and viewer compile to the same statement; only the clock's "now" moves.
    const key = JSON.stringify([opKey, variables ?? {}, ctx.viewer]);
    const now = ctx.clock.now();
    const hit = this.statements.get(document, key);
    if (hit)
      return { sql: hit.sql, params: { ...hit.params, ...Object.fromEntries(hit.nowKeys.map((k) => [k, now])) } };
    // Compiled against a clock that always answers this one Date object, so the parameters that are "now" can be
    // told apart (by identity) and renewed on a hit.
    const pinned: RequestContext = { ...ctx, clock: { now: () => now } };
    const outcome = this.attempt(pinned, document, operationName, variables);
    // Argument values (a filter, a cursor) vary per request; the shape of the document does not.
    if ('reason' in outcome && outcome.byShape) this.refuse(document, opKey);
    if (!('read' in outcome)) return undefined;
    const dates = Object.entries(outcome.read.params).filter(([, v]) => v instanceof Date);
    // A time computed from "now" (a milestone's "due soon" horizon) cannot be renewed this way: not kept.
    if (dates.every(([, v]) => v === now))
      this.statements.set(document, key, { ...outcome.read, nowKeys: dates.map(([k]) => k) });
    return outcome.read;
  }

  /** Whether SQL answers this operation, and if not, why (the read-path report in `npm run bench`). */
  explain(
    ctx: RequestContext,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): { compiled: true } | { compiled: false; reason: string } {
    const outcome = this.attempt(ctx, document, operationName, variables);
    return 'read' in outcome ? { compiled: true } : { compiled: false, reason: outcome.reason };
  }

  private attempt(
    ctx: RequestContext,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): { read: CompiledRead } | { reason: string; byShape: boolean } {
    const op = getOperationAST(document, operationName);
    if (!op || op.operation !== 'query')
      return { reason: op ? `a ${op.operation}` : 'no single operation', byShape: true };
    const coerced = getVariableValues(this.schema, op.variableDefinitions ?? [], variables ?? {});
    if (coerced.errors) return { reason: 'variables that do not coerce', byShape: false };
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const compilation = new Compilation(this, ctx, coerced.coerced, fragments);
    try {
      const data = compilation.object(this.schema.getQueryType()!, op.selectionSet, undefined, []);
      return { read: { sql: `SELECT ${data} AS data`, params: compilation.params } };
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      return { reason: e.message, byShape: !(e instanceof UnsupportedValue) };
    }
  }

  /** Runs a compiled statement: the operation's `data`. */
  async run(ctx: RequestContext, read: CompiledRead): Promise<Record<string, unknown>> {
    const rows = await readQuery<{ data: unknown }>(ctx.db, read.sql, read.params);
    const data = rows[0].data;
    return (typeof data === 'string' ? JSON.parse(data) : data) as Record<string, unknown>;
  }

  /** What SQL answers on a node type: its scalar fields (id, columns, computed) and its lists. For tests and docs. */
  answerable(type: GraphQLObjectType): { scalars: string[]; lists: string[] } {
    const fields = Object.keys(type.getFields());
    const isNode = type.getInterfaces().some((i) => i.name === 'Node');
    return {
      scalars: fields.filter(
        (f) => (f === 'id' && isNode) || this.derived.has(`${type.name}.${f}`) || this.columnsOf(type).has(f),
      ),
      lists: fields.filter((f) => this.lists.has(`${type.name}.${f}`)),
    };
  }

  /** The declared lists, keyed `Parent.field`. */
  declaredLists(): ReadonlyMap<string, ListSource> {
    return this.lists;
  }

  list(key: string): ListSource | undefined {
    return this.lists.get(key);
  }

  derivedField(key: string): DerivedField | undefined {
    return this.derived.get(key);
  }

  /** The plain column fields of a node type: a column of the field's name, no resolver, a type SQL writes alike. */
  columnsOf(type: GraphQLObjectType): Map<string, ColumnRead> {
    let found = this.columns.get(type.name);
    if (found) return found;
    found = new Map();
    const meta = this.dataSource.entityMetadatas.find(
      (m) => typeof m.target === 'function' && m.target.name === type.name,
    );
    if (meta) {
      for (const [name, field] of Object.entries(type.getFields())) {
        if (field.args.length || this.computed(type, meta, name)) continue;
        const column = meta.findColumnWithPropertyName(name);
        if (!column || column.transformer || column.relationMetadata) continue;
        const format = this.formatOf(column, field.type);
        if (format) found.set(name, { column: column.databaseName, format });
      }
    }
    this.columns.set(type.name, found);
    return found;
  }

  /** Whether type-graphql computes the field: a field resolver, middleware or auth rule on it, its class or an interface. */
  private computed(type: GraphQLObjectType, meta: EntityMetadata, name: string): boolean {
    const owners = new Set([type.name, ...type.getInterfaces().map((i) => i.name)]);
    for (let c = meta.target as { name?: string } | null; c && c.name; c = Object.getPrototypeOf(c)) owners.add(c.name);
    const storage = getMetadataStorage();
    return (
      storage.fieldResolvers.some((r) => r.schemaName === name && owners.has(r.getObjectType?.().name ?? '')) ||
      storage.fields.some(
        (f) =>
          f.schemaName === name &&
          owners.has(f.target.name) &&
          ((f.middlewares?.length ?? 0) > 0 || (f.roles?.length ?? 0) > 0),
      )
    );
  }

  private formatOf(column: ColumnMetadata, type: GraphQLOutputType): Format | undefined {
    const sqlType = this.dataSource.driver.normalizeType(column);
    const nullable = getNullableType(type);
    const named = getNamedType(type);
    const text = ['character varying', 'varchar', 'text', 'enum', 'simple-enum'].includes(sqlType);
    const enumAsNamed = named instanceof GraphQLEnumType && named.getValues().every((v) => v.value === v.name);
    if (nullable instanceof GraphQLList) {
      const inner = getNullableType(nullable.ofType);
      return column.isArray &&
        text &&
        (inner === this.schema.getType('String') || (inner instanceof GraphQLEnumType && enumAsNamed))
        ? 'value'
        : undefined;
    }
    if (column.isArray || !(named instanceof GraphQLScalarType || named instanceof GraphQLEnumType)) return undefined;
    if (named instanceof GraphQLEnumType) return text && enumAsNamed ? 'value' : undefined;
    switch (named.name) {
      case 'String':
        return text ? 'value' : undefined;
      case 'Int':
        return ['integer', 'int', 'int4', 'smallint', 'int2'].includes(sqlType) ? 'value' : undefined;
      case 'Float':
        return ['double precision', 'float8', 'real', 'float4'].includes(sqlType) ? 'value' : undefined;
      case 'Boolean':
        return ['boolean', 'bool'].includes(sqlType) ? 'value' : undefined;
      case 'DateTimeISO':
        return ['timestamp with time zone', 'timestamptz'].includes(sqlType) ? 'timestamp' : undefined;
      default:
        return undefined;
    }
  }

  private refuse(document: DocumentNode, opKey: string): undefined {
    const set = this.refused.get(document) ?? new Set<string>();
    set.add(opKey);
    this.refused.set(document, set);
    return undefined;
  }
}

/** One operation's compilation: the SQL text and its named parameters. */
class Compilation {
  readonly params: Record<string, unknown> = {};
  /** Lists compiled so far, to name each one's cursor parameters apart. */
  private lists = 0;

  constructor(
    private readonly reads: CompiledReads,
    private readonly ctx: RequestContext,
    private readonly variables: Record<string, unknown>,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
  ) {}

  /** The selected fields of a selection set on `type`, by response key, in document order. */
  private fieldsOf(
    type: GraphQLObjectType,
    set: SelectionSetNode,
    out = new Map<string, FieldNode>(),
  ): Map<string, FieldNode> {
    for (const s of set.selections) {
      if (s.directives?.length) unsupported('directives');
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        if (out.has(key)) unsupported('a response key selected twice');
        out.set(key, s);
      } else {
        const fragment = s.kind === Kind.FRAGMENT_SPREAD ? this.fragments.get(s.name.value) : s;
        if (!fragment) unsupported('unknown fragment');
        if (fragment!.typeCondition && fragment!.typeCondition.name.value !== type.name)
          unsupported('a fragment on another type');
        if (fragment!.directives?.length) unsupported('directives');
        this.fieldsOf(type, fragment!.selectionSet, out);
      }
    }
    return out;
  }

  private addParams(params: Record<string, unknown>) {
    for (const [k, v] of Object.entries(params)) {
      if (k in this.params && JSON.stringify(this.params[k]) !== JSON.stringify(v))
        throw new UnsupportedValue(`parameter ${k} bound to two values`);
      this.params[k] = v;
    }
  }

  private pairs(entries: [string, string][]): string {
    if (entries.length > MAX_KEYS) unsupported('too many fields for one JSON object');
    return `json_build_object(${entries.map(([k, v]) => `'${k}', ${v}`).join(', ')})`;
  }

  /** An object's JSON: the root (no alias) or a row of `alias`. */
  object(type: GraphQLObjectType, set: SelectionSetNode, alias: string | undefined, ancestors: string[]): string {
    const entries: [string, string][] = [];
    const isNode = type.getInterfaces().some((i) => i.name === 'Node');
    for (const [key, node] of this.fieldsOf(type, set)) {
      const name = node.name.value;
      if (name === '__typename') {
        entries.push([key, `'${type.name}'`]);
        continue;
      }
      const field = type.getFields()[name];
      if (!field) unsupported(`unknown field ${name}`);
      const list = this.reads.list(`${type.name}.${name}`);
      if (list) {
        entries.push([key, this.connection(list, field, node, alias, ancestors)]);
        continue;
      }
      if (alias === undefined || node.arguments?.length) unsupported(`${type.name}.${name}`);
      if (name === 'id' && isNode) {
        entries.push([key, globalIdSql(type.name, `${alias}.id`)]);
        continue;
      }
      const derived = this.reads.derivedField(`${type.name}.${name}`);
      if (derived) {
        const c = derived(this.ctx, alias!);
        this.addParams(c.params);
        entries.push([key, `(${c.sql})`]);
        continue;
      }
      const column = this.reads.columnsOf(type).get(name);
      if (!column) unsupported(`${type.name}.${name}`);
      const expr = `${alias}."${column!.column}"`;
      entries.push([key, column!.format === 'timestamp' ? timestampSql(expr) : expr]);
    }
    return this.pairs(entries);
  }

  /** Whether a connection's selection reads cursors (an edge's, or the page's first or last). */
  private readsCursors(connType: GraphQLObjectType, set: SelectionSetNode): boolean {
    for (const sub of this.fieldsOf(connType, set).values()) {
      const name = sub.name.value;
      if (name !== 'edges' && name !== 'pageInfo') continue;
      const type = getNamedType(connType.getFields()[name]?.type);
      if (!(type instanceof GraphQLObjectType) || !sub.selectionSet) continue;
      for (const f of this.fieldsOf(type, sub.selectionSet).values())
        if (['cursor', 'startCursor', 'endCursor'].includes(f.name.value)) return true;
    }
    return false;
  }

  /** A connection's JSON: one page of the list (under the parent row `parentAlias`), its count and flags. */
  private connection(
    source: ListSource,
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    parentAlias: string | undefined,
    ancestors: string[],
  ): string {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, this.variables);
    } catch {
      throw new UnsupportedValue('arguments');
    }
    for (const [k, v] of Object.entries(args))
      if (!COMPILED_ARGS.has(k) && v !== null && v !== undefined) throw new UnsupportedValue(`argument ${k}`);
    let limit: number;
    try {
      limit = validatePageArgs(args).limit;
    } catch {
      throw new UnsupportedValue('page arguments');
    }
    if (limit === 0) throw new UnsupportedValue('an empty page');
    const { alias } = source;
    if (ancestors.includes(alias) || alias === parentAlias) unsupported('a list nested in a list of the same alias');
    if (source.parentExpr && !parentAlias) unsupported('a nested list at the root');

    const connType = getNullableType(field.type);
    if (!(connType instanceof GraphQLObjectType)) return unsupported('not a connection');
    const nodeType = getNamedType(connType.getFields().nodes?.type);
    if (!(nodeType instanceof GraphQLObjectType)) return unsupported('nodes of an interface');
    const { sort, direction } = source.order.resolve((args.orderBy ?? source.defaultOrder) as never);
    const keys = orderKeys(sort, direction);

    const qb = source.base(this.ctx);
    // The link names the parent's row by its alias: the child's query may not use that alias itself (a join).
    if (parentAlias && qb.expressionMap.aliases.some((a) => a.name === parentAlias))
      unsupported('a join named like the parent');
    // Cursors are bound to the list's query without its parent (as paginate() and paginateByParent() bind them);
    // the binding costs a hash of the query, made only when the document reads or sends a cursor.
    const after = args.after as string | null | undefined;
    const binding = after || this.readsCursors(connType, node.selectionSet!) ? cursorBinding(sort, direction, qb) : '';
    if (source.parentExpr) qb.andWhere(`${source.parentExpr} = ${parentAlias}.id`);
    this.addParams(qb.getParameters());
    // Counted without the cursor: totalCount is the whole list's.
    const count = `(SELECT count(*) FROM (${qb.clone().select(`${alias}.id`).getQuery()}) AS cr_count)`;
    if (after) {
      let c: { sql: string; params: Record<string, unknown> };
      try {
        c = afterCursor(sort, direction, `${alias}.id`, binding, after, `cr${++this.lists}_after`);
      } catch {
        throw new UnsupportedValue('a cursor the resolvers refuse');
      }
      qb.andWhere(c.sql);
      this.addParams(c.params);
    }
    // A row's cursor, over the numbered page's sort keys (the same text paginate() reads).
    const cursor = () =>
      cursorSql(
        binding,
        keys.exprs.map((_e, i) => `(${alias}.cr_k${i})::text`),
        `(${alias}.id)::text`,
      );

    const entries: [string, string][] = [];
    let more = false;
    // Whether the page's rows are read: for nodes, or to count them for hasNextPage. Without either, no FROM:
    // an object of constants and counts is one row, however many rows the page has (or none).
    let rows = false;
    for (const [key, sub] of this.fieldsOf(connType, node.selectionSet!)) {
      switch (sub.name.value) {
        case '__typename':
          entries.push([key, `'${connType.name}'`]);
          break;
        case 'totalCount':
          entries.push([key, count]);
          break;
        case 'nodes': {
          rows = true;
          const obj = this.object(nodeType, sub.selectionSet!, alias, [
            ...ancestors,
            ...(parentAlias ? [parentAlias] : []),
          ]);
          entries.push([
            key,
            `COALESCE(json_agg(${obj} ORDER BY ${alias}.cr_ord) FILTER (WHERE ${alias}.cr_ord <= ${limit}), CAST('[]' AS json))`,
          ]);
          break;
        }
        case 'edges': {
          rows = true;
          const edgeType = getNamedType(connType.getFields().edges.type) as GraphQLObjectType;
          const edge: [string, string][] = [];
          for (const [k, f] of this.fieldsOf(edgeType, sub.selectionSet!)) {
            if (f.name.value === '__typename') edge.push([k, `'${edgeType.name}'`]);
            else if (f.name.value === 'cursor') edge.push([k, cursor()]);
            else if (f.name.value === 'node')
              edge.push([
                k,
                this.object(nodeType, f.selectionSet!, alias, [...ancestors, ...(parentAlias ? [parentAlias] : [])]),
              ]);
            else unsupported(`${edgeType.name}.${f.name.value}`);
          }
          entries.push([
            key,
            `COALESCE(json_agg(${this.pairs(edge)} ORDER BY ${alias}.cr_ord) FILTER (WHERE ${alias}.cr_ord <= ${limit}), CAST('[]' AS json))`,
          ]);
          break;
        }
        case 'pageInfo': {
          const info = getNamedType(connType.getFields().pageInfo.type) as GraphQLObjectType;
          const flags: [string, string][] = [];
          for (const [k, f] of this.fieldsOf(info, sub.selectionSet!)) {
            const name = f.name.value;
            if (name === '__typename') flags.push([k, `'${info.name}'`]);
            else if (name === 'hasNextPage') {
              // One row past the page says whether more follow.
              more = rows = true;
              flags.push([k, `count(*) > ${limit}`]);
            }
            // Paging forward: rows precede the page exactly when it starts after a cursor (as paginate() says).
            else if (name === 'hasPreviousPage') flags.push([k, after ? 'true' : 'false']);
            else if (name === 'startCursor' || name === 'endCursor') {
              rows = true;
              const last = name === 'endCursor';
              flags.push([
                k,
                `(array_agg(${cursor()} ORDER BY ${alias}.cr_ord${last ? ' DESC' : ''}) FILTER (WHERE ${alias}.cr_ord <= ${limit}))[1]`,
              ]);
            } else unsupported(`PageInfo.${name}`);
          }
          entries.push([key, this.pairs(flags)]);
          break;
        }
        default:
          unsupported(`${connType.name}.${sub.name.value}`);
      }
    }
    // The page: the rows and their sort keys (which may come from a join), ordered and limited where the
    // indexes serve it; then numbered, so the JSON keeps the order and leaves out the row that only says "more".
    if (!rows) return `(SELECT ${this.pairs(entries)})`;
    const page = qb.clone().select(`${alias}.*`);
    keys.exprs.forEach((expr, i) => page.addSelect(`(${expr})`, `cr_k${i}`));
    const sortKeys = keys.exprs.map((_e, i) => `cr_page.cr_k${i}`);
    const pageSql = `${page.getQuery()} ORDER BY ${keys.orderBy(keys.exprs, `${alias}.id`)} LIMIT ${more ? limit + 1 : limit}`;
    const numbered = `SELECT cr_page.*, row_number() OVER (ORDER BY ${keys.orderBy(sortKeys, 'cr_page.id')}) AS cr_ord FROM (${pageSql}) AS cr_page`;
    return `(SELECT ${this.pairs(entries)} FROM (${numbered}) AS ${alias})`;
  }
}
