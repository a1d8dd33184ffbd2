import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** The first result of a mutation sent with an Idempotency-Key, replayed to retries. Not a GraphQL type. */
@Entity('idempotency_record')
@Index('idempotency_record_created_idx', ['createdAt'])
export class IdempotencyRecord {
  /** Who sent it (user, API key or anonymous) so that keys never collide across callers. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  scope!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  /** The response exactly as first sent (its text, so a replay keeps the document's field order); null while running. */
  @Column({ type: 'text', nullable: true })
  response!: string | null;

  /** The HTTP status of the first response. */
  @Column({ type: 'int', nullable: true })
  status!: number | null;

  /** When the running request claimed the key; a claim older than the lease with no response was abandoned. */
  @Column({ name: 'claimed_at', type: 'timestamptz', default: () => 'now()' })
  claimedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
