// `orderBy` for every connection, as in GitHub's schema: an input `<Name>Order { field, direction }` over an
// enum `<Name>OrderField`, with the default written into the SDL. Each field maps to one sort key or a
// composite of several; the primary key always breaks ties, and cursors carry every key (core/connection.ts).
import { Field, InputType, registerEnumType, type ClassType } from 'type-graphql';
import { OrderDirection, type Sort } from './connection';

export interface OrderValue<F extends string> {
  field: F;
  direction: OrderDirection;
}

export interface OrderFieldSpec {
  description: string;
  sort: Sort;
}

/** A `CREATED_AT` order field on `<alias>.created_at`. */
export const createdAtField = (alias: string, description: string): OrderFieldSpec => ({
  description,
  sort: { expr: `${alias}.created_at`, cast: 'timestamptz' },
});

/** An `UPDATED_AT` order field on `<alias>.updated_at`. */
export const updatedAtField = (alias: string, description = 'When it last changed.'): OrderFieldSpec => ({
  description,
  sort: { expr: `${alias}.updated_at`, cast: 'timestamptz' },
});

/** A `NAME` order field on `<alias>.name`. */
export const nameField = (alias: string, description = 'By name.'): OrderFieldSpec => ({
  description,
  sort: { expr: `${alias}.name`, cast: 'text' },
});

/** The most common default order: the newest first. */
export const NEWEST_FIRST = { field: 'CREATED_AT', direction: OrderDirection.DESC } as const;

export interface OrderDefinition<F extends string> {
  /** The `<Name>Order` input type. */
  Input: ClassType<OrderValue<F>>;
  /** The enum object of field names. */
  Field: { [K in F]: K };
  /** The default order, also printed in the SDL. */
  defaultValue: OrderValue<F>;
  /** Options for `@Arg('orderBy', () => X.Input, X.arg)`. */
  arg: { nullable: true; defaultValue: OrderValue<F>; description: string };
  /** `arg` with another default, for a connection of the same type that lists in another order. */
  argWith(defaultValue: OrderValue<F>): { nullable: true; defaultValue: OrderValue<F>; description: string };
  /** The sort keys and direction of an order (the default when none is given). */
  resolve(order?: OrderValue<F> | null): { sort: Sort; direction: OrderDirection };
}

/** Declares `<name>Order` and `<name>OrderField` for a connection. */
export function defineOrder<M extends Record<string, OrderFieldSpec>>(
  name: string,
  fields: M,
  defaultValue: OrderValue<keyof M & string>,
): OrderDefinition<keyof M & string> {
  type F = keyof M & string;
  const names = Object.keys(fields) as F[];
  const FieldEnum = Object.fromEntries(names.map((f) => [f, f])) as { [K in F]: K };
  registerEnumType(FieldEnum, {
    name: `${name}OrderField`,
    description: `Fields ${name} lists can be ordered by.`,
    valuesConfig: Object.fromEntries(names.map((f) => [f, { description: fields[f].description }])) as never,
  });

  @InputType(`${name}Order`, { description: `Ordering for ${name} lists.` })
  class OrderInput {
    @Field(() => FieldEnum, { description: 'The field to order by.' })
    field!: F;

    @Field(() => OrderDirection, { description: 'The direction.' })
    direction!: OrderDirection;
  }

  const describe = `Ordering (default ${defaultValue.field} ${defaultValue.direction}).`;
  return {
    Input: OrderInput,
    Field: FieldEnum,
    defaultValue,
    arg: { nullable: true, defaultValue, description: describe },
    argWith: (d) => ({ nullable: true, defaultValue: d, description: `Ordering (default ${d.field} ${d.direction}).` }),
    resolve(order) {
      const o = order ?? defaultValue;
      return { sort: fields[o.field].sort, direction: o.direction };
    },
  };
}
