import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node, VersionedNode } from '../../core/node';
import { Developer } from '../organizations/developer.entity';
import { RecipientType, Sector, SizeTier } from '../organizations/organization.enums';

@ObjectType('ToolEligibility', {
  simpleResolvers: true,
  description: 'Who may request a tool; an empty list means any.',
})
export class ToolEligibility {
  @Field(() => [RecipientType], { description: 'Operator types (any when empty).' })
  recipientTypes!: RecipientType[];

  @Field(() => [Sector], { description: 'Sectors (any when empty).' })
  sectors!: Sector[];

  @Field(() => [SizeTier], { description: 'Sizes (any when empty).' })
  sizeTiers!: SizeTier[];
}

/** An AI cyber-defense tool a developer offers to critical-infrastructure operators. */
@Entity('defense_tool')
@Index('defense_tool_developer_idx', ['developerId', 'createdAt', 'id'])
@ObjectType('DefenseTool', {
  simpleResolvers: true,
  implements: Node,
  description: 'An AI cyber-defense tool a developer offers to critical-infrastructure operators, with limited seats.',
})
export class DefenseTool extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'developer_id', type: 'uuid' })
  developerId!: string;

  @ManyToOne(() => Developer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'developer_id', foreignKeyConstraintName: 'defense_tool_developer_fk' })
  developer?: Developer;

  @Field({ description: 'Name.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field({ description: 'What it does.' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => [String], { description: 'Capabilities, e.g. "log triage", "phishing detection".' })
  @Column({ type: 'varchar', array: true })
  capabilities!: string[];

  @Field(() => ToolEligibility, { description: 'Who may request it.' })
  @Column({ type: 'jsonb' })
  eligibility!: ToolEligibility;

  @Field(() => Int, { description: 'Seats offered; approved and provisioned grants never exceed them.' })
  @Column({ type: 'int' })
  seats!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was offered.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
