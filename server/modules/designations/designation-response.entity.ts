import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../core/node';
import { Designation } from './designation.entity';
import { ResponsePosition } from './designation.enums';

@Entity('designation_response')
@Index('designation_response_designation_idx', ['designationId', 'submittedAt', 'id'])
@ObjectType('DesignationResponse', {
  simpleResolvers: true,
  implements: Node,
  description: "The developer's answer to a proposal.",
})
export class DesignationResponse extends Node {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'designation_id', type: 'uuid' })
  designationId!: string;

  @ManyToOne(() => Designation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'designation_id', foreignKeyConstraintName: 'designation_response_designation_fk' })
  designation?: Designation;

  @Field(() => ResponsePosition, { description: 'Agree or contest.' })
  @Column({ type: 'varchar', length: 10 })
  position!: ResponsePosition;

  @Field({ description: "The developer's arguments." })
  @Column({ type: 'text' })
  arguments!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was submitted.' })
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById!: string | null;
}
