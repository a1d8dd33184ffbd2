import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DAY_MS } from '../../core/clock';
import { Marking } from '../../core/marking';
import { Node, VersionedNode } from '../../core/node';
import { Agency } from '../organizations/agency.entity';
import { AdvisoryPriority, AdvisoryStatus } from './advisory.enums';
import { AdvisoryAudience } from './advisory.types';

/** What reaches critical-infrastructure recipients: one or more entries, a TLP marking and deadlines. */
@Entity('advisory')
@Index('advisory_status_idx', ['status', 'publishedAt', 'id'])
@Index('advisory_entries_idx', { synchronize: false })
@ObjectType('Advisory', {
  simpleResolvers: true,
  implements: Node,
  description:
    'An advisory to critical-infrastructure recipients about clearinghouse entries, with acknowledgement and patch deadlines.',
})
export class Advisory extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Field({ description: 'Title.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: 'What recipients need to know and do.' })
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => Marking, { description: 'TLP marking.' })
  @Column({ type: 'varchar', length: 16 })
  marking!: Marking;

  @Field(() => AdvisoryPriority, { description: 'Priority.' })
  @Column({ type: 'varchar', length: 10 })
  priority!: AdvisoryPriority;

  @Field(() => AdvisoryAudience, { description: 'Who it targets.' })
  @Column({ type: 'jsonb' })
  audience!: AdvisoryAudience;

  @Field({ description: 'Whether recipients must acknowledge it.' })
  @Column({ name: 'requires_acknowledgement', type: 'boolean', default: true })
  requiresAcknowledgement!: boolean;

  @Field(() => Int, { nullable: true, description: 'Hours after delivery to acknowledge.' })
  @Column({ name: 'acknowledge_within_hours', type: 'int', nullable: true })
  acknowledgeWithinHours!: number | null;

  @Field(() => Int, { nullable: true, description: 'Days after delivery to patch.' })
  @Column({ name: 'patch_within_days', type: 'int', nullable: true })
  patchWithinDays!: number | null;

  @Field(() => AdvisoryStatus, { description: 'Where it stands.' })
  @Column({ type: 'varchar', length: 12 })
  status!: AdvisoryStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was published.' })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @ManyToOne(() => Advisory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id', foreignKeyConstraintName: 'advisory_supersedes_fk' })
  supersedes?: Advisory;

  @Column({ name: 'issuer_id', type: 'uuid' })
  issuerId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_id', foreignKeyConstraintName: 'advisory_issuer_fk' })
  issuer?: Agency;

  @Column({ name: 'entry_ids', type: 'uuid', array: true })
  entryIds!: string[];

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn.' })
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was withdrawn.' })
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was drafted.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Acknowledgement deadline (published + hours).' })
  get acknowledgeBy(): Date | null {
    return this.publishedAt && this.requiresAcknowledgement && this.acknowledgeWithinHours
      ? new Date(this.publishedAt.getTime() + this.acknowledgeWithinHours * 3600_000)
      : null;
  }

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Patch deadline (published + days).' })
  get patchBy(): Date | null {
    return this.publishedAt && this.patchWithinDays
      ? new Date(this.publishedAt.getTime() + this.patchWithinDays * DAY_MS)
      : null;
  }
}
