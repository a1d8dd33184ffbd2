import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './node';

/** One move in a lifecycle (designation, review window, finding, ...): who, when, from, to, note. */
@Entity('timeline_event')
@Index('timeline_event_subject_idx', ['subjectId', 'seq'])
@ObjectType('TimelineEvent', {
  simpleResolvers: true,
  implements: Node,
  description: 'One step in the life of a case, window or finding: who did what, when, from which status to which.',
})
export class TimelineEvent extends Node {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  /** Insertion order: several steps can share a timestamp (one transaction, or a clock standing still). */
  @Column({ type: 'bigint', generated: 'increment' })
  seq!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 40 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_organization_id', type: 'uuid', nullable: true })
  actorOrganizationId!: string | null;

  @Field({ description: 'What was done, e.g. "propose", "notifyDeveloper", "decide".' })
  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Status before (null when the object was created).' })
  @Column({ name: 'from_status', type: 'varchar', length: 40, nullable: true })
  fromStatus!: string | null;

  @Field({ description: 'Status after.' })
  @Column({ name: 'to_status', type: 'varchar', length: 40 })
  toStatus!: string;

  @Field(() => String, { nullable: true, description: 'A note from the actor.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Internal government steps (e.g. benchmark results recorded) are hidden from the developer. */
  @Column({ name: 'government_only', type: 'boolean', default: false })
  governmentOnly!: boolean;
}
