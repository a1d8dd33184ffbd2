import { Field, GraphQLISODateTime, Int, InterfaceType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  TableInheritance,
  UpdateDateColumn,
} from 'typeorm';
import { Node } from '../../core/node';
import { OrganizationKind } from './organization.enums';

/** One table for every organization (single-table inheritance on `kind`); each kind is its own GraphQL type. */
@Entity('organization')
@TableInheritance({ column: { type: 'varchar', name: 'kind', length: 32 } })
@Index('organization_kind_name_idx', ['kind', 'name', 'id'])
// Trigram index for name search, created by the migration (TypeORM cannot describe it).
@Index('organization_name_trgm_idx', { synchronize: false })
@InterfaceType('Organization', {
  implements: Node,
  description: 'A participant in Concord: an AI developer, a government agency or a critical-infrastructure operator.',
  resolveType: (value) => value.constructor.name,
})
export abstract class Organization extends Node {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  // Not named `kind`: that property belongs to TypeORM's discriminator column.
  @Field(() => OrganizationKind, { name: 'kind', description: 'What kind of participant this is.' })
  get organizationKind(): OrganizationKind {
    return (this.constructor as unknown as { KIND: OrganizationKind }).KIND;
  }

  @Field({ description: 'Display name.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field({ description: 'Unique, URL-safe handle.' })
  @Index('organization_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the organization was added to Concord.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the organization was last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Increments on every change; pass it back as `expectedVersion` to update.' })
  @Column({ type: 'int', default: 1 })
  version!: number;
}
