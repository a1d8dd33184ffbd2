import { Field, ID, InterfaceType } from 'type-graphql';
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
