import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node, VersionedNode } from '../../core/node';
import { Recipient } from '../organizations/recipient.entity';
import { Advisory } from './advisory.entity';
import { DeliveryStatus } from './advisory.enums';

/** One advisory delivered to one recipient, and that recipient's progress. */
@Entity('advisory_delivery')
@Index('advisory_delivery_key', ['advisoryId', 'recipientId'], { unique: true })
@Index('advisory_delivery_recipient_idx', ['recipientId', 'deliveredAt', 'id'])
@ObjectType('AdvisoryDelivery', {
  simpleResolvers: true,
  implements: Node,
  description: "An advisory delivered to one recipient, and the recipient's progress.",
})
export class AdvisoryDelivery extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'advisory_id', type: 'uuid' })
  advisoryId!: string;

  @ManyToOne(() => Advisory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'advisory_id', foreignKeyConstraintName: 'advisory_delivery_advisory_fk' })
  advisory?: Advisory;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => Recipient, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'advisory_delivery_recipient_fk' })
  recipient?: Recipient;

  @Field(() => GraphQLISODateTime, { description: 'When it was delivered.' })
  @Column({ name: 'delivered_at', type: 'timestamptz' })
  deliveredAt!: Date;

  @Field(() => DeliveryStatus, { description: "The recipient's progress." })
  @Column({ type: 'varchar', length: 20 })
  status!: DeliveryStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was acknowledged.' })
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was patched.' })
  @Column({ name: 'patched_at', type: 'timestamptz', nullable: true })
  patchedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The recipient's note." })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When the advisory was withdrawn: the delivery stays, marked, and leaves overdue counts and patch coverage.',
  })
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the advisory was withdrawn.' })
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason!: string | null;

  @Field({ description: 'Whether the advisory was withdrawn (no action is expected any more).' })
  get withdrawn(): boolean {
    return this.withdrawnAt !== null && this.withdrawnAt !== undefined;
  }
}
