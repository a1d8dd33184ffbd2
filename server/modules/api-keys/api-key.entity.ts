import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { Node } from '../../core/node';
import { Role } from '../users/role.enum';

/** A machine partner's credential. The secret is shown once; only its SHA-256 is stored (no @Field). */
@Entity('api_key')
@Index('api_key_org_idx', ['organizationId', 'createdAt', 'id'])
@ObjectType('ApiKey', {
  simpleResolvers: true,
  implements: Node,
  description: 'A machine credential scoped to one organization. The secret is shown once, when issued.',
})
export class ApiKey extends Node {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'api_key_organization_fk' })
  organization?: Organization;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'api_key_created_by_fk' })
  createdBy?: User;

  @Field({ description: 'A label for humans, e.g. "release pipeline".' })
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Field({ description: 'The first characters of the key, to recognise it (`ck_<prefix>_...`).' })
  @Index('api_key_prefix_key', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash!: string;

  @Field(() => [Role], { description: 'Roles the key acts with (never PLATFORM_ADMIN).' })
  @Column({ type: 'varchar', array: true })
  roles!: Role[];

  @Field(() => GraphQLISODateTime, { description: 'When the key was issued.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the key expires, if ever.' })
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Last time the key authenticated a request (to the minute).',
  })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the key was revoked; a revoked key never works again.',
  })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
