import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './node';

/**
 * One link of the append-only audit chain: hash = sha256(prevHash || canonical row).
 * A trigger rejects UPDATE and DELETE (see the initial migration).
 */
@Entity('audit_event')
@Index('audit_event_seq_key', ['seq'], { unique: true })
@ObjectType('AuditEvent', {
  simpleResolvers: true,
  implements: Node,
  description: 'A record of one mutation, linked into a tamper-evident hash chain.',
})
export class AuditEvent extends Node {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ type: 'bigint', generated: 'increment' })
  seq!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the mutation happened.' })
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_api_key_id', type: 'uuid', nullable: true })
  actorApiKeyId!: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Field({ description: 'The mutation, e.g. "createDeveloper".' })
  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Field(() => [String], { description: 'Global ids of the objects the mutation touched.' })
  @Column({ name: 'subject_ids', type: 'varchar', array: true })
  subjectIds!: string[];

  @Field({ description: 'The request id the client received in `x-request-id`.' })
  @Column({ name: 'request_id', type: 'varchar', length: 64 })
  requestId!: string;

  @Field({ description: 'Hash of the previous event (64 zeros for the first).' })
  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Field({ description: 'sha256(prevHash || canonical row), hex.' })
  @Column({ type: 'char', length: 64 })
  hash!: string;
}
