import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node, VersionedNode } from '../../core/node';
import { Agency } from '../organizations/agency.entity';
import { ComplianceStatus } from './directive.enums';
import { Directive } from './directive.entity';

/** One federal civilian agency's report on one required action of a directive. */
@Entity('compliance_report')
@Index('compliance_report_key', ['directiveId', 'agencyId', 'actionIndex'], { unique: true })
@Index('compliance_report_agency_idx', ['agencyId', 'directiveId'])
@ObjectType('ComplianceReport', {
  simpleResolvers: true,
  implements: Node,
  description: "A federal civilian agency's compliance with one required action.",
})
export class ComplianceReport extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'directive_id', type: 'uuid' })
  directiveId!: string;

  @ManyToOne(() => Directive, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id', foreignKeyConstraintName: 'compliance_report_directive_fk' })
  directive?: Directive;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'compliance_report_agency_fk' })
  agency?: Agency;

  @Field(() => Int, { description: 'Which required action (0-based).' })
  @Column({ name: 'action_index', type: 'int' })
  actionIndex!: number;

  @Field(() => ComplianceStatus, { description: 'Progress.' })
  @Column({ type: 'varchar', length: 12 })
  status!: ComplianceStatus;

  @Field(() => GraphQLISODateTime, {
    description:
      'When the directive began to apply to the agency: its issue date, or the day a federal civilian agency joined later.',
  })
  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the agency last reported.' })
  @Column({ name: 'reported_at', type: 'timestamptz', nullable: true })
  reportedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Evidence note.' })
  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the report was closed (the directive was revoked).',
  })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
