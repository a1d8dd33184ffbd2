import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { Node } from '../../core/node';
import { NotificationKind } from './kinds';
import { NotificationChannel, NotificationStatus } from './notification.enums';

@ObjectType('NotificationAttempt', { description: 'One try at sending a notification.' })
export class NotificationAttempt {
  @Field(() => GraphQLISODateTime, { description: 'When it was tried.' })
  at!: Date;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status (webhooks)." })
  status!: number | null;

  @Field(() => Int, { description: 'How long it took, in milliseconds.' })
  latencyMs!: number;

  @Field(() => String, { nullable: true, description: 'The first bytes of the answer (at most 256).' })
  response!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, when it did.' })
  error!: string | null;
}

/**
 * One message to one target over one channel, for one outbox event. Its id is the message id: a webhook's
 * `webhook-id`, an email's Message-ID, the same on every attempt and every redelivery, so receivers deduplicate.
 */
@Entity('notification')
@Index('notification_target_key', ['eventId', 'channel', 'target'], { unique: true })
@Index('notification_org_idx', ['organizationId', 'createdAt', 'id'])
@Index('notification_endpoint_idx', ['endpointId', 'createdAt', 'id'])
@Index('notification_status_idx', ['status', 'createdAt'])
@ObjectType('Notification', {
  simpleResolvers: true,
  implements: Node,
  description: 'One notification to one webhook endpoint or person, with its attempts.',
})
export class Notification extends Node {
  @PrimaryColumn('uuid')
  declare id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Field(() => NotificationChannel, { description: 'How it travels.' })
  @Column({ type: 'varchar', length: 10 })
  channel!: NotificationChannel;

  /** The endpoint's or the person's uuid (unique per event and channel). */
  @Column({ type: 'uuid' })
  target!: string;

  @Column({ name: 'endpoint_id', type: 'uuid', nullable: true })
  endpointId!: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  /** The organization it goes to (of the endpoint or the person), for visibility. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 64 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Field(() => NotificationStatus, { description: 'Where it stands.' })
  @Column({ type: 'varchar', length: 12 })
  status!: NotificationStatus;

  @Field(() => Int, { description: 'How many times it was tried.' })
  @Column({ name: 'attempt_count', type: 'int', default: 0 })
  attemptCount!: number;

  @Field(() => [NotificationAttempt], { description: 'The last 20 attempts, oldest first.' })
  @Column({ type: 'jsonb', default: [] })
  attempts!: NotificationAttempt[];

  @Field(() => String, { nullable: true, description: 'Why it is retrying, dead or suppressed.' })
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** While SENDING: until when this sender holds it (a sender that died loses it then). */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the change happened (on the demo clock in development).' })
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it was queued.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the receiver accepted it.' })
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
