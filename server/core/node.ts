import { Field, GraphQLISODateTime, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Column, UpdateDateColumn } from 'typeorm';
import { toGlobalId } from './ids';

/**
 * Every object type implements Node. Entities keep their database uuid in `id`; the GraphQL `id` is the
 * opaque global id built from the class name (which is also the GraphQL type name) and that uuid.
 */
@InterfaceType('Node', {
  description: 'An object with an opaque, globally unique id that `node(id:)` can fetch again.',
  resolveType: (value) => value.constructor.name,
})
export abstract class Node {
  /** The row's uuid; not exposed. */
  id!: string;

  @Field(() => ID, { name: 'id', description: 'Opaque global id of this object.' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}

/**
 * A node that changes under optimistic locking: when it last changed, and the version a client passes back as
 * `expectedVersion` (core/transaction.ts's updateVersioned and lifecycles check it). Its entities extend this; no
 * field returns it, so it is no type of the schema's, only a source of fields.
 */
@ObjectType()
export abstract class VersionedNode extends Node {
  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Increments on every change; pass it back as `expectedVersion` to change it.' })
  @Column({ type: 'int', default: 1 })
  version!: number;
}
