import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, VersionedNode } from '../../core/node';
import { NotificationKind } from './kinds';
import { WebhookEndpointStatus } from './notification.enums';

/**
 * An HTTPS URL an organization's admin registered for some notification kinds. Its signing secret is kept
 * encrypted (signing.ts) and shown once, when made or rotated; a rotated-out secret still signs beside the new one
 * for a day, so receivers can switch without losing a message.
 */
@Entity('webhook_endpoint')
@Index('webhook_endpoint_org_idx', ['organizationId', 'createdAt', 'id'])
@ObjectType('WebhookEndpoint', {
  simpleResolvers: true,
  implements: Node,
  description:
    'An HTTPS endpoint that receives signed notifications (Standard Webhooks) for the kinds it subscribed to.',
})
export class WebhookEndpoint extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Field({ description: 'Where notifications are POSTed.' })
  @Column({ type: 'varchar', length: 2048 })
  url!: string;

  @Field(() => String, { nullable: true, description: 'A label for humans.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  description!: string | null;

  @Field(() => [NotificationKind], { description: 'The kinds it receives.' })
  @Column({ type: 'varchar', array: true })
  events!: string[];

  @Field(() => WebhookEndpointStatus, { description: 'Whether it receives notifications.' })
  @Column({ type: 'varchar', length: 10, default: WebhookEndpointStatus.ACTIVE })
  status!: WebhookEndpointStatus;

  @Field(() => String, { nullable: true, description: 'Why it was disabled.' })
  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason!: string | null;

  @Field({ description: 'The last characters of the signing secret, to recognise it.' })
  @Column({ name: 'secret_hint', type: 'varchar', length: 8 })
  secretHint!: string;

  @Column({ name: 'secret_enc', type: 'text' })
  secretEnc!: string;

  @Column({ name: 'previous_secret_enc', type: 'text', nullable: true })
  previousSecretEnc!: string | null;

  @Column({ name: 'previous_secret_until', type: 'timestamptz', nullable: true })
  previousSecretUntil!: Date | null;

  /** The credential that registered it: its notifications go out under that credential's visibility. */
  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @Column({ name: 'created_by_api_key_id', type: 'uuid', nullable: true })
  createdByApiKeyId!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Since when every attempt has failed (null while it answers); after days it is disabled.',
  })
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true })
  failingSince!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The last delivery it accepted.' })
  @Column({ name: 'last_success_at', type: 'timestamptz', nullable: true })
  lastSuccessAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was registered.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
