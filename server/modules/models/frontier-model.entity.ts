import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Developer } from '../organizations/developer.entity';
import { Node, VersionedNode } from '../../core/node';

export enum Coverage {
  UNDETERMINED = 'UNDETERMINED',
  UNDER_ASSESSMENT = 'UNDER_ASSESSMENT',
  COVERED = 'COVERED',
  NOT_COVERED = 'NOT_COVERED',
}
registerEnumType(Coverage, {
  name: 'Coverage',
  description: 'Whether a model is a covered frontier model, derived from its designation cases.',
  valuesConfig: {
    UNDETERMINED: { description: 'No designation case has been decided or opened.' },
    UNDER_ASSESSMENT: { description: 'A designation case is open.' },
    COVERED: { description: 'Designated a covered frontier model.' },
    NOT_COVERED: { description: 'Determined not to be a covered frontier model.' },
  },
});

@Entity('frontier_model')
@Index('frontier_model_developer_idx', ['developerId', 'createdAt', 'id'])
@Index('frontier_model_release_idx', ['plannedReleaseAt', 'id'])
@ObjectType('FrontierModel', {
  simpleResolvers: true,
  implements: Node,
  description: 'A frontier AI model registered by its developer.',
})
export class FrontierModel extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'developer_id', type: 'uuid' })
  developerId!: string;

  @ManyToOne(() => Developer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'developer_id', foreignKeyConstraintName: 'frontier_model_developer_fk' })
  developer?: Developer;

  @Field({ description: 'Model name, e.g. "Atlas".' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  // `version` is the optimistic-concurrency counter on every editable object, so the model's own
  // version label is `modelVersion`.
  @Field({ description: 'The version label the developer uses, e.g. "4.1".' })
  @Column({ name: 'model_version', type: 'varchar', length: 64 })
  modelVersion!: string;

  @Field(() => String, { nullable: true, description: 'What the model is and does.' })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the developer plans to release it publicly.' })
  @Column({ name: 'planned_release_at', type: 'timestamptz', nullable: true })
  plannedReleaseAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was released publicly.' })
  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was registered.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
