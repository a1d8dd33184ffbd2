import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The first result of a mutation sent with an Idempotency-Key, replayed to retries. Not a GraphQL type. */
@Entity('idempotency_record')
export class IdempotencyRecord {
  /** Who sent it (user, API key or anonymous) so that keys never collide across callers. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  scope!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  /** Null while the first request is still running. */
  @Column({ type: 'jsonb', nullable: true })
  response!: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
