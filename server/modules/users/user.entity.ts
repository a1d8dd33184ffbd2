import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { Node, VersionedNode } from '../../core/node';
import { Role } from './role.enum';

@Entity('user_account')
@Index('user_account_org_idx', ['organizationId', 'name', 'id'])
// Unique per organization: a clash with another organization's account must not reveal that account.
@Index('user_account_org_email_key', ['organizationId', 'email'], { unique: true })
@Index('user_account_email_idx', ['email', 'createdAt', 'id'])
@ObjectType('User', {
  simpleResolvers: true,
  implements: Node,
  description: 'A person who signs in to Concord on behalf of one organization.',
})
export class User extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'user_account_organization_fk' })
  organization?: Organization;

  // Stored lower-case. A token's email claim names the earliest account with that email.
  @Field({ description: 'Sign-in email address (lower-case; unique within the organization).' })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Field({ description: 'Full name.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => [Role], { description: 'Roles held within the organization.' })
  @Column({ type: 'varchar', array: true })
  roles!: Role[];

  @Field({ description: 'A deactivated user cannot sign in.' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When the user was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
