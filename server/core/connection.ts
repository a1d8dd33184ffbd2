// Relay connections with keyset pagination (never OFFSET). A connection orders by its sort keys (one or more SQL
// expressions) and then the primary key as tie-breaker; the cursor holds the keys' values and the id, bound to the
// order it was made for (a cursor from another order, or edited, is BAD_USER_INPUT naming `after`/`before`), so
// rows with equal sort keys page exactly once. `paginate` pages one list; `paginateByParent` pages the same list
// under many parents in one statement (a nested connection, through a DataLoader).
import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { createHash } from 'node:crypto';
import { BadInputError } from './errors';
import { Condition } from './policy';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: { ASC: { description: 'Ascending (A to Z, oldest first).' }, DESC: { description: 'Descending.' } },
});

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first n items after \`after\` (default ${DEFAULT_PAGE_SIZE}, max ${MAX_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Return the last n items before \`before\` (max ${MAX_PAGE_SIZE}).`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}

@ObjectType('PageInfo', { simpleResolvers: true, description: 'Where a page sits in a connection.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow the last one of this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede the first one of this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: Promise<number> | number;
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function connectionType<T extends object>(
  node: ClassType<T> | (abstract new (...args: never[]) => T),
  name: string,
) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `An edge to a ${name}.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge, for `after` and `before`.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name} at this edge.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} objects.` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: 'The edges of this page.' })
    edges!: Edge<T>[];

    @Field(() => [node], { description: 'The nodes of this page (the edges without cursors).' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages (only counted when asked for).' })
    totalCount!: Promise<number> | number;
  }
  return ConnectionType;
}

/**
 * A sortable field: the SQL expression (never NULL) and the SQL type its cursor value is cast back to. In a
 * composite order, `reverse` runs one key against the order's direction (e.g. most urgent first, then the
 * nearest deadline first).
 */
export interface SortKey {
  expr: string;
  cast: 'text' | 'timestamptz' | 'int' | 'numeric' | 'real' | 'float8' | 'uuid' | 'boolean';
  reverse?: boolean;
}

/** One key or several (a composite order); the primary key always breaks the remaining ties. */
export type Sort = SortKey | readonly SortKey[];

const keysOf = (sort: Sort): readonly SortKey[] => (Array.isArray(sort) ? sort : [sort as SortKey]);

export interface PageRequest {
  args: ConnectionArgs;
  sort: Sort;
  direction: OrderDirection;
  /** The primary-key expression used as tie-breaker, e.g. `m.id`. */
  idExpr: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a cursor is bound to: the ordering (expression, type, direction) and the query's filters (its SQL and
 * parameter values, leaving out times, which move with the clock). A cursor used with another order or
 * filter, or edited, no longer matches and is BAD_USER_INPUT naming the argument.
 */
export function cursorBinding(sort: Sort, direction: OrderDirection, qb: SelectQueryBuilder<ObjectLiteral>): string {
  const params = Object.entries(qb.getParameters())
    .filter(([, v]) => !(v instanceof Date))
    .sort(([a], [b]) => a.localeCompare(b));
  const keys = keysOf(sort).map((k) => [k.expr, k.cast, Boolean(k.reverse)]);
  return createHash('sha256')
    .update(JSON.stringify([keys, direction, qb.getQuery(), params]))
    .digest('base64url')
    .slice(0, 16);
}

const check = (binding: string, values: string[], id: string) =>
  createHash('sha256')
    .update(JSON.stringify([binding, values, id]))
    .digest('base64url')
    .slice(0, 16);

function encodeCursor(values: string[], id: string, binding: string): string {
  return Buffer.from(JSON.stringify([values, id, check(binding, values, id)]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, field: string, binding: string): [string[], string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    Array.isArray(parsed[0]) &&
    (parsed[0] as unknown[]).every((p) => typeof p === 'string') &&
    typeof parsed[1] === 'string' &&
    typeof parsed[2] === 'string' &&
    UUID.test(parsed[1])
  ) {
    const [values, id, mac] = parsed as [string[], string, string];
    if (mac === check(binding, values, id)) return [values, id];
    throw new BadInputError(
      `${field} is a cursor from another ordering or filter of this list: page again from the start.`,
      { [field]: 'cursor from another ordering or filter' },
    );
  }
  throw new BadInputError(`${field} is not a cursor from this connection.`, { [field]: 'invalid cursor' });
}

/** Whether `cursor` was made for this order and query (for a list that chooses between orders by its cursor). */
export function cursorFits(
  cursor: string,
  sort: Sort,
  direction: OrderDirection,
  qb: SelectQueryBuilder<ObjectLiteral>,
): boolean {
  try {
    decodeCursor(cursor, 'cursor', cursorBinding(sort, direction, qb));
    return true;
  } catch {
    return false;
  }
}

/** The base64url of a UTF-8 text, in SQL. */
const base64urlSql = (text: string) =>
  `rtrim(translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;

/**
 * encodeCursor in SQL (compiled reads), over the text of each sort value and of the row's id: the same JSON, the
 * same keyed check, the same base64url, so either path's cursor pages the other's list. The binding is base64url
 * text, safe inside the JSON literal.
 */
export function cursorSql(binding: string, valueTexts: string[], idText: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(binding)) throw new Error('not a cursor binding');
  const values = `'[' || ${valueTexts.map((v) => `to_json(${v})::text`).join(` || ',' || `)} || ']'`;
  const id = `to_json(${idText})::text`;
  const digest = `left(rtrim(translate(encode(sha256(convert_to('["${binding}",' || ${values} || ',' || ${id} || ']', 'UTF8')), 'base64'), E'+/\\n', '-_'), '='), 16)`;
  return base64urlSql(`'[' || ${values} || ',' || ${id} || ',"' || ${digest} || '"]'`);
}

/**
 * The rows after a forward page's `after` cursor, as a condition (compiled reads): the cursor is checked as
 * paginate() checks it (BAD_USER_INPUT when it is not this list's), its parameters named with `prefix`.
 */
export function afterCursor(
  sort: Sort,
  direction: OrderDirection,
  idExpr: string,
  binding: string,
  cursor: string,
  prefix: string,
): Condition {
  const keys = keysOf(sort);
  const [values, id] = decodeCursor(cursor, 'after', binding);
  if (values.length !== keys.length)
    throw new BadInputError(
      'after is a cursor from another ordering or filter of this list: page again from the start.',
      { after: 'cursor from another ordering or filter' },
    );
  const c = keysetCondition(keys, idExpr, direction === OrderDirection.ASC, prefix);
  return { sql: c.sql, params: c.params(values, id) };
}

/**
 * SQL: the rows after (in the walking direction `asc`) the cursor's position. One direction for every key uses
 * a row comparison the index can serve; a composite order with a reversed key expands to the OR form.
 */
function keysetCondition(keys: readonly SortKey[], idExpr: string, asc: boolean, prefix: string) {
  const p = (i: number | 'id') => `${prefix}_k${i}`;
  const dirOf = (k: SortKey) => (k.reverse ? !asc : asc);
  const uniform = keys.every((k) => !k.reverse);
  let sql: string;
  if (uniform) {
    const left = [...keys.map((k) => k.expr), idExpr].join(', ');
    const right = [...keys.map((k, i) => `CAST(:${p(i)} AS ${k.cast})`), `CAST(:${p('id')} AS uuid)`].join(', ');
    sql = `(${left}) ${asc ? '>' : '<'} (${right})`;
  } else {
    const terms = [
      ...keys.map((k, i) => ({ expr: k.expr, value: `CAST(:${p(i)} AS ${k.cast})`, asc: dirOf(k) })),
      { expr: idExpr, value: `CAST(:${p('id')} AS uuid)`, asc },
    ];
    sql = `(${terms
      .map((t, i) =>
        [...terms.slice(0, i).map((e) => `${e.expr} = ${e.value}`), `${t.expr} ${t.asc ? '>' : '<'} ${t.value}`].join(
          ' AND ',
        ),
      )
      .map((c) => `(${c})`)
      .join(' OR ')})`;
  }
  return {
    sql,
    params: (values: string[], id: string) => ({
      ...Object.fromEntries(values.map((v, i) => [p(i), v])),
      [p('id')]: id,
    }),
  };
}

function orderByKeys<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  keys: readonly SortKey[],
  idExpr: string,
  asc: boolean,
): SelectQueryBuilder<T> {
  keys.forEach((k, i) =>
    i === 0
      ? qb.orderBy(k.expr, (k.reverse ? !asc : asc) ? 'ASC' : 'DESC')
      : qb.addOrderBy(k.expr, (k.reverse ? !asc : asc) ? 'ASC' : 'DESC'),
  );
  return qb.addOrderBy(idExpr, asc ? 'ASC' : 'DESC');
}

/** The SQL ORDER BY list of an order (for window functions). */
function orderList(keys: readonly SortKey[], idExpr: string, asc: boolean): string {
  return [
    ...keys.map((k) => `${k.expr} ${(k.reverse ? !asc : asc) ? 'ASC' : 'DESC'}`),
    `${idExpr} ${asc ? 'ASC' : 'DESC'}`,
  ].join(', ');
}

/**
 * An order walked forward, for SQL built outside a query builder (compiled reads): its keys' expressions and
 * the ORDER BY list over any expressions standing for them (e.g. the keys selected as columns of a subquery).
 */
export function orderKeys(sort: Sort, direction: OrderDirection) {
  const keys = keysOf(sort);
  const asc = direction === OrderDirection.ASC;
  return {
    exprs: keys.map((k) => k.expr),
    orderBy: (exprs: string[], idExpr: string) =>
      orderList(
        keys.map((k, i) => ({ ...k, expr: exprs[i] })),
        idExpr,
        asc,
      ),
  };
}

export function validatePageArgs(args: ConnectionArgs): { limit: number; backward: boolean } {
  const { first, last } = args;
  const fields: Record<string, string> = {};
  for (const [k, v] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (v !== undefined && v !== null && (v < 0 || v > MAX_PAGE_SIZE))
      fields[k] = `must be between 0 and ${MAX_PAGE_SIZE}`;
  }
  if (first != null && last != null) fields.last = 'pass either first or last, not both';
  if (Object.keys(fields).length) throw new BadInputError('Invalid paging arguments.', fields);
  const backward = last != null || (first == null && args.before != null);
  return { limit: (backward ? last : first) ?? DEFAULT_PAGE_SIZE, backward };
}

/**
 * Runs one page of `qb` (which already carries its filters and visibility condition) and returns a
 * connection whose totalCount is a separate COUNT, run only if the client selects it.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  req: PageRequest,
): Promise<ConnectionShape<T>> {
  const { limit, backward } = validatePageArgs(req.args);
  const countQb = qb.clone();
  let totalCountPromise: Promise<number> | undefined;
  const totalCount = () => (totalCountPromise ??= countQb.getCount());

  const { idExpr } = req;
  const keys = keysOf(req.sort);
  const binding = cursorBinding(req.sort, req.direction, qb);
  const asc = req.direction === OrderDirection.ASC;
  // Walking backward reverses the order, then the page is flipped back.
  const effectiveAsc = backward ? !asc : asc;

  const applyCursor = (cursor: string | null | undefined, field: string, after: boolean) => {
    if (!cursor) return;
    const [values, id] = decodeCursor(cursor, field, binding);
    if (values.length !== keys.length)
      throw new BadInputError(
        `${field} is a cursor from another ordering or filter of this list: page again from the start.`,
        { [field]: 'cursor from another ordering or filter' },
      );
    const c = keysetCondition(keys, idExpr, after ? effectiveAsc : !effectiveAsc, field);
    qb.andWhere(c.sql, c.params(values, id));
  };
  if (backward) {
    applyCursor(req.args.before, 'before', true);
    applyCursor(req.args.after, 'after', false);
  } else {
    applyCursor(req.args.after, 'after', true);
    applyCursor(req.args.before, 'before', false);
  }

  keys.forEach((k, i) => qb.addSelect(`(${k.expr})::text`, `cursor_value_${i}`));
  orderByKeys(qb, keys, idExpr, effectiveAsc).limit(limit + 1);
  const { entities, raw } = limit === 0 ? { entities: [] as T[], raw: [] } : await qb.getRawAndEntities();
  const more = entities.length > limit;
  const rows = entities.slice(0, limit);
  const values = raw.slice(0, limit).map((r: Record<string, string>) => keys.map((_k, i) => r[`cursor_value_${i}`]));
  if (backward) {
    rows.reverse();
    values.reverse();
  }
  const edges = lazyEdges(rows, values, binding);
  return {
    edges,
    nodes: rows,
    pageInfo: pageInfoOf(edges, backward ? Boolean(req.args.before) : more, backward ? more : Boolean(req.args.after)),
    get totalCount() {
      return totalCount();
    },
  };
}

/** Edges whose cursors are made (a keyed hash each) only when a document asks for them. */
function lazyEdges<T>(rows: T[], values: string[][], binding: string): Edge<T>[] {
  return rows.map((node, i) => {
    let cursor: string | undefined;
    return {
      node,
      get cursor() {
        return (cursor ??= encodeCursor(values[i], (node as unknown as { id: string }).id, binding));
      },
    };
  });
}

function pageInfoOf<T>(edges: Edge<T>[], hasNextPage: boolean, hasPreviousPage: boolean): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage,
    get startCursor() {
      return edges[0]?.cursor ?? null;
    },
    get endCursor() {
      return edges[edges.length - 1]?.cursor ?? null;
    },
  };
}

/** Adds a policy condition to a query. */
export function applyCondition<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  c: Condition,
): SelectQueryBuilder<T> {
  return qb.andWhere(c.sql, c.params);
}

/**
 * One page per parent for a nested connection (e.g. developers -> models) in ONE statement, whatever the
 * number of parents: row_number() over a partition by parent picks each parent's page. `base` carries the
 * filters and the visibility condition; `parentExpr` is the parent's foreign-key expression.
 */
export async function paginateByParent<T extends ObjectLiteral>(
  base: SelectQueryBuilder<T>,
  parentExpr: string,
  parentIds: readonly string[],
  req: PageRequest,
  parentOf: (row: T) => string,
): Promise<Map<string, ConnectionShape<T>>> {
  const { limit, backward } = validatePageArgs(req.args);
  const { idExpr } = req;
  const keys = keysOf(req.sort);
  const asc = req.direction === OrderDirection.ASC;
  const effectiveAsc = backward ? !asc : asc;
  // Bound to the children's query without the parents, so one cursor pages any parent's list.
  const binding = cursorBinding(req.sort, req.direction, base);
  const inner = base
    .clone()
    .andWhere(`${parentExpr} = ANY(CAST(:np_parents AS uuid[]))`, { np_parents: [...parentIds] });
  const cursor = backward ? req.args.before : req.args.after;
  if (cursor) {
    const field = backward ? 'before' : 'after';
    const [values, id] = decodeCursor(cursor, field, binding);
    if (values.length !== keys.length)
      throw new BadInputError(
        `${field} is a cursor from another ordering or filter of this list: page again from the start.`,
        { [field]: 'cursor from another ordering or filter' },
      );
    const c = keysetCondition(keys, idExpr, effectiveAsc, 'np');
    inner.andWhere(c.sql, c.params(values, id));
  }
  inner
    .select(`${parentExpr}`, 'np_parent')
    .addSelect(`${idExpr}`, 'np_id')
    .addSelect(
      `row_number() OVER (PARTITION BY ${parentExpr} ORDER BY ${orderList(keys, idExpr, effectiveAsc)})`,
      'np_rn',
    )
    // Without a cursor the window also counts each parent's children: totalCount comes with the page.
    .addSelect(cursor ? 'NULL::bigint' : `count(*) OVER (PARTITION BY ${parentExpr})`, 'np_total');
  // One statement: the rows joined to the numbered window (the inner query goes in as text with its named
  // parameters, which the outer query binds once). The outer query keeps the base's joins, which sort keys may use.
  const outer = base.clone();
  outer
    .innerJoin(`(${inner.getQuery()})`, 'np_w', `np_w.np_id = ${idExpr} AND np_w.np_rn <= :np_lim`)
    .setParameters({ ...inner.getParameters(), np_lim: limit + 1 })
    .addSelect('np_w.np_total', 'np_total');
  keys.forEach((k, i) => outer.addSelect(`(${k.expr})::text`, `cursor_value_${i}`));
  orderByKeys(outer, keys, idExpr, effectiveAsc);
  const { entities, raw } =
    limit === 0 || parentIds.length === 0
      ? { entities: [] as T[], raw: [] }
      : ((await outer.getRawAndEntities()) as unknown as { entities: T[]; raw: unknown[] });
  const grouped = new Map<string, { rows: T[]; values: string[][]; total?: number }>();
  entities.forEach((row, i) => {
    const key = parentOf(row);
    const g = grouped.get(key) ?? { rows: [], values: [] };
    g.rows.push(row);
    g.values.push(keys.map((_k, j) => (raw[i] as Record<string, string>)[`cursor_value_${j}`]));
    const total = (raw[i] as Record<string, string | null>).np_total;
    if (total !== null && total !== undefined) g.total = Number(total);
    grouped.set(key, g);
  });
  const result = new Map<string, ConnectionShape<T>>();
  for (const parentId of parentIds) {
    const g = grouped.get(parentId) ?? { rows: [], values: [] };
    const more = g.rows.length > limit;
    const rows = g.rows.slice(0, limit);
    const values = g.values.slice(0, limit);
    if (backward) {
      rows.reverse();
      values.reverse();
    }
    const edges = lazyEdges(rows, values, binding);
    result.set(parentId, {
      edges,
      nodes: rows,
      pageInfo: pageInfoOf(
        edges,
        backward ? Boolean(req.args.before) : more,
        backward ? more : Boolean(req.args.after),
      ),
      // Known from the window when there was no cursor (a parent without rows has none); else counted on demand.
      totalCount: cursor ? -1 : (g.total ?? 0),
    });
  }
  return result;
}

/** A page of 0 rows reads no window, so its count comes from the count statement. */
const limitAllowsCount = (args: ConnectionArgs) => (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) > 0;

export interface NestedConnectionSpec<T extends ObjectLiteral> {
  /** Loader name; the args are part of the key, so different pages of the same field never mix. */
  name: string;
  /** The filtered, visibility-checked query for all children. */
  base: () => SelectQueryBuilder<T>;
  parentExpr: string;
  parentOf: (row: T) => string;
  sort: Sort;
  direction: OrderDirection;
  idExpr: string;
  args: ConnectionArgs;
  /** Extra key material (filters) for the loader. */
  key?: unknown;
}

/**
 * A connection under a parent (developer.models, designation.events, ...) through per-request DataLoaders:
 * one statement for the pages of every parent in the response, and one for their counts when asked.
 */
export async function nestedConnection<T extends ObjectLiteral>(
  loaders: {
    get<K, V>(
      name: string,
      batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
      argsKey?: string,
    ): import('dataloader')<K, V>;
  },
  parentId: string,
  spec: NestedConnectionSpec<T>,
): Promise<ConnectionShape<T>> {
  const key = JSON.stringify([spec.key ?? null, spec.sort, spec.direction, spec.args]);
  const pages = loaders.get<string, ConnectionShape<T>>(
    `${spec.name}:page`,
    async (ids) => {
      const map = await paginateByParent(
        spec.base(),
        spec.parentExpr,
        ids,
        { args: spec.args, sort: spec.sort, direction: spec.direction, idExpr: spec.idExpr },
        spec.parentOf,
      );
      return ids.map((id) => map.get(id)!);
    },
    key,
  );
  const counts = loaders.get<string, number>(
    `${spec.name}:count`,
    async (ids) => {
      const rows: { p: string; n: string }[] = await spec
        .base()
        .select(spec.parentExpr, 'p')
        .addSelect('count(*)', 'n')
        .andWhere(`${spec.parentExpr} = ANY(CAST(:nc_parents AS uuid[]))`, { nc_parents: [...ids] })
        .groupBy(spec.parentExpr)
        .getRawMany();
      const byId = new Map(rows.map((r) => [r.p, Number(r.n)]));
      return ids.map((id) => byId.get(id) ?? 0);
    },
    JSON.stringify(spec.key ?? null),
  );
  const page = await pages.load(parentId);
  const known = page.totalCount as number;
  return {
    ...page,
    get totalCount() {
      return known >= 0 && limitAllowsCount(spec.args) ? known : counts.load(parentId);
    },
  };
}
