// Lists that a whole read can be answered from in one SQL statement (graphql/compiled-reads.ts). The service
// that owns a list declares it once as a ListSource; its resolver path pages the same `base` query, so both
// read the same rows under the same visibility, filters and order.
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from './context';
import type { OrderDefinition, OrderValue } from './ordering';
import type { Condition } from './policy';

export interface ListSource<T extends ObjectLiteral = ObjectLiteral> {
  /** The GraphQL type of the list's nodes (also the entity class name). */
  type: string;
  /** The row alias of `base`, which its policy condition, sort keys and derived fields use (e.g. `m`). */
  alias: string;
  /** Every row the viewer may see in this list: visibility and the list's fixed conditions, no order, no page. */
  base(ctx: RequestContext): SelectQueryBuilder<T>;
  /** The list's `orderBy`. */
  order: OrderDefinition<string>;
  /**
   * The field's own default order when it is not the order's (e.g. a model's review windows, newest first): both
   * paths use it when `orderBy` is left out or sent as null.
   */
  defaultOrder?: OrderValue<string>;
  /** Under a parent: the column holding the parent's id, e.g. `m.developer_id`. */
  parentExpr?: string;
}

/** A field a resolver computes that SQL computes the same way, over the row alias of its type. */
export type DerivedField = (ctx: RequestContext, alias: string) => Condition;

export interface ReadDeclarations {
  /** Connection fields, keyed `Parent.field` (`Query.field` at the root). */
  lists?: Record<string, ListSource>;
  /** Computed fields, keyed `Type.field`. Plain column fields need no declaration. */
  derived?: Record<string, DerivedField>;
}
