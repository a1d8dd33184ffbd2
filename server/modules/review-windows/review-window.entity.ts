import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node, VersionedNode } from '../../core/node';
import { FrontierModel } from '../models/frontier-model.entity';
import { AccessTerms } from './access-terms';
import { ClosedReason, ReviewWindowStatus } from './review-window.enums';

/** The voluntary pre-release access: never earlier than 30 days before the planned release, never a gate. */
@Entity('review_window')
@Index('review_window_model_idx', ['modelId', 'createdAt', 'id'])
@Index('review_window_status_idx', ['status', 'plannedReleaseAt', 'id'])
@ObjectType('ReviewWindow', {
  simpleResolvers: true,
  implements: Node,
  description:
    'A voluntary pre-release cybersecurity review window for a model. It informs; it never holds, approves or blocks a release.',
})
export class ReviewWindow extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'model_id', type: 'uuid' })
  modelId!: string;

  @ManyToOne(() => FrontierModel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'model_id', foreignKeyConstraintName: 'review_window_model_fk' })
  model?: FrontierModel;

  @Field(() => GraphQLISODateTime, { description: "The model's planned public release (follows the model)." })
  @Column({ name: 'planned_release_at', type: 'timestamptz' })
  plannedReleaseAt!: Date;

  @Field(() => GraphQLISODateTime, {
    description: 'When reviewers get access: never earlier than 30 days before plannedReleaseAt.',
  })
  @Column({ name: 'access_starts_at', type: 'timestamptz' })
  accessStartsAt!: Date;

  @Field(() => ReviewWindowStatus, { description: 'Where the window stands.' })
  @Column({ type: 'varchar', length: 20 })
  status!: ReviewWindowStatus;

  @Field(() => ClosedReason, { nullable: true, description: 'Why it closed (status CLOSED).' })
  @Column({ name: 'closed_reason', type: 'varchar', length: 24, nullable: true })
  closedReason!: ClosedReason | null;

  @Column({ name: 'reviewing_agency_ids', type: 'uuid', array: true })
  reviewingAgencyIds!: string[];

  @Field(() => AccessTerms, { description: 'Confidentiality, intellectual-property and insider-risk safeguards.' })
  @Column({ name: 'access_terms', type: 'jsonb' })
  accessTerms!: AccessTerms;

  @Field(() => GraphQLISODateTime, { description: 'When it was proposed.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
