import { Field, Float, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../core/node';
import { Designation } from './designation.entity';

/** A classification benchmark run. Government-only; classified content is never stored, only a pointer. */
@Entity('benchmark_result')
@Index('benchmark_result_designation_idx', ['designationId', 'evaluatedAt', 'id'])
@ObjectType('BenchmarkResult', {
  simpleResolvers: true,
  implements: Node,
  description: 'A classification benchmark result (government only). Classified content is never stored.',
})
export class BenchmarkResult extends Node {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'designation_id', type: 'uuid' })
  designationId!: string;

  @ManyToOne(() => Designation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'designation_id', foreignKeyConstraintName: 'benchmark_result_designation_fk' })
  designation?: Designation;

  @Field({ description: 'Benchmark suite name.' })
  @Column({ type: 'varchar', length: 120 })
  suite!: string;

  @Field({ description: 'Suite version.' })
  @Column({ name: 'suite_version', type: 'varchar', length: 40 })
  suiteVersion!: string;

  @Field(() => Float, { description: 'The score the model achieved.' })
  @Column({ type: 'double precision' })
  score!: number;

  @Field(() => Float, { description: 'The threshold for advanced cyber capability.' })
  @Column({ type: 'double precision' })
  threshold!: number;

  @Field({ description: 'Whether the score meets or exceeds the threshold.' })
  get exceedsThreshold(): boolean {
    return this.score >= this.threshold;
  }

  @Field(() => GraphQLISODateTime, { description: 'When the evaluation ran.' })
  @Column({ name: 'evaluated_at', type: 'timestamptz' })
  evaluatedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Opaque pointer to classified material held elsewhere.' })
  @Column({ name: 'classified_reference', type: 'varchar', length: 200, nullable: true })
  classifiedReference!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
