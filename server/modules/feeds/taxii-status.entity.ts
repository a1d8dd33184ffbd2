import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A TAXII status resource: what became of the objects one POST sent (only its sender's organization reads it). */
@Entity('taxii_status')
@Index('taxii_status_org_idx', ['organizationId', 'createdAt'])
export class TaxiiStatus {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ name: 'total_count', type: 'int' })
  totalCount!: number;

  @Column({ type: 'jsonb', default: [] })
  successes!: { id: string; version?: string; message?: string }[];

  @Column({ type: 'jsonb', default: [] })
  failures!: { id: string; version?: string; message?: string }[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
