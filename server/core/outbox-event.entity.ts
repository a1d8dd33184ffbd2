import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change that may concern someone outside the request that made it, written in that request's transaction
 * (core/outbox.ts): a rollback leaves no row, a commit always leaves one. The notifications module fans each row out
 * to the webhooks and people it concerns and marks it dispatched. Not a GraphQL type.
 */
@Entity('outbox_event')
@Index('outbox_event_pending_idx', ['seq'], { where: 'dispatched_at IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', generated: 'increment' })
  seq!: string;

  /** The notification kind, e.g. `advisory.published`. */
  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  /** The GraphQL type and uuid of what changed. */
  @Column({ name: 'subject_type', type: 'varchar', length: 64 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** Narrows the audience to one organization (a reminder to one recipient), when set. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'jsonb', default: {} })
  data!: Record<string, unknown>;

  /** When it happened, on the (demo) clock. */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;
}
