import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DAY_MS } from '../../core/clock';
import { Node, VersionedNode } from '../../core/node';
import { FrontierModel } from '../models/frontier-model.entity';
import { Agency } from '../organizations/agency.entity';
import { DesignationBasis, DesignationStatus } from './designation.enums';

/** One determination case: is this model a covered frontier model? */
@Entity('designation')
@Index('designation_model_idx', ['modelId', 'createdAt', 'id'])
@Index('designation_status_idx', ['status', 'createdAt', 'id'])
@ObjectType('Designation', {
  simpleResolvers: true,
  implements: Node,
  description: 'One determination case on whether a model is a covered frontier model.',
})
export class Designation extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'model_id', type: 'uuid' })
  modelId!: string;

  @ManyToOne(() => FrontierModel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'model_id', foreignKeyConstraintName: 'designation_model_fk' })
  model?: FrontierModel;

  @Field(() => DesignationBasis, { description: 'Why the case was opened.' })
  @Column({ type: 'varchar', length: 24 })
  basis!: DesignationBasis;

  @Column({ name: 'lead_agency_id', type: 'uuid' })
  leadAgencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_agency_id', foreignKeyConstraintName: 'designation_lead_agency_fk' })
  leadAgency?: Agency;

  @Field(() => DesignationStatus, { description: 'Where the case stands.' })
  @Column({ type: 'varchar', length: 24 })
  status!: DesignationStatus;

  @Field(() => String, {
    nullable: true,
    description: 'What the developer asked, or the new facts of a reassessment request.',
  })
  @Column({ type: 'text', nullable: true })
  question!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a proposal was made.' })
  @Column({ name: 'proposed_at', type: 'timestamptz', nullable: true })
  proposedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the developer was told about the case (null: not told; the assessment may stay confidential).',
  })
  @Column({ name: 'developer_notified_at', type: 'timestamptz', nullable: true })
  developerNotifiedAt!: Date | null;

  @Field(() => Int, { description: 'Days the developer has to respond once notified of a proposal (default 14).' })
  @Column({ name: 'response_window_days', type: 'int', default: 14 })
  responseWindowDays!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the decision was made.' })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the authority decided as it did.' })
  @Column({ type: 'text', nullable: true })
  rationale!: string | null;

  @Column({ name: 'reassessment_of_id', type: 'uuid', nullable: true })
  reassessmentOfId!: string | null;

  @ManyToOne(() => Designation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reassessment_of_id', foreignKeyConstraintName: 'designation_reassessment_of_fk' })
  reassessmentOf?: Designation;

  @Field(() => GraphQLISODateTime, { description: 'When the case was opened.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The response window opens once there is both a proposal and a notified developer. */
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Until when the developer may respond to the proposal (null until notified of one).',
  })
  get responseDueAt(): Date | null {
    if (!this.proposedAt || !this.developerNotifiedAt) return null;
    const opened = Math.max(this.proposedAt.getTime(), this.developerNotifiedAt.getTime());
    return new Date(opened + this.responseWindowDays * DAY_MS);
  }
}
