import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node, VersionedNode } from '../../core/node';
import { Agency } from '../organizations/agency.entity';
import { Milestone } from '../milestones/milestone.entity';
import { HiringAuthority, HiringReportKind } from './workforce.enums';

/** A hiring initiative under the order, launched by an agency with WORKFORCE_AUTHORITY (OMB, OPM). */
@Entity('hiring_initiative')
@Index('hiring_initiative_created_idx', ['createdAt', 'id'])
@ObjectType('HiringInitiative', {
  simpleResolvers: true,
  implements: Node,
  description:
    "A cyber hiring initiative under the order: its legal basis, deadlines, allowed hiring authorities and agencies' targets.",
})
export class HiringInitiative extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Field({ description: 'Name.' })
  @Index('hiring_initiative_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field({ description: 'Legal basis, e.g. "E.O. 14409 sec. 6(b)".' })
  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis!: string;

  @Column({ name: 'authority_id', type: 'uuid' })
  authorityId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authority_id', foreignKeyConstraintName: 'hiring_initiative_authority_fk' })
  authority?: Agency;

  @Field(() => GraphQLISODateTime, { description: 'When it starts (day 0).' })
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: "Agencies' hiring plans are due (day 30 by default)." })
  @Column({ name: 'plan_due_at', type: 'timestamptz' })
  planDueAt!: Date;

  @Field(() => GraphQLISODateTime, { description: "Agencies' progress reports are due (day 60 by default)." })
  @Column({ name: 'progress_due_at', type: 'timestamptz' })
  progressDueAt!: Date;

  @Field(() => [HiringAuthority], { description: 'The hiring authorities positions under it may use.' })
  @Column({ name: 'allowed_authorities', type: 'varchar', length: 40, array: true })
  allowedAuthorities!: HiringAuthority[];

  @Column({ name: 'plan_milestone_id', type: 'uuid' })
  planMilestoneId!: string;

  @ManyToOne(() => Milestone, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_milestone_id', foreignKeyConstraintName: 'hiring_initiative_plan_milestone_fk' })
  planMilestone?: Milestone;

  @Column({ name: 'progress_milestone_id', type: 'uuid' })
  progressMilestoneId!: string;

  @ManyToOne(() => Milestone, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'progress_milestone_id', foreignKeyConstraintName: 'hiring_initiative_progress_milestone_fk' })
  progressMilestone?: Milestone;

  @Field(() => GraphQLISODateTime, { description: 'When it was launched.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  dueAt(kind: HiringReportKind): Date {
    return kind === HiringReportKind.PLAN ? this.planDueAt : this.progressDueAt;
  }
}

/** How many positions an agency is to fill under an initiative, by when: in all, or for one work role. */
@Entity('hiring_target')
// One target per (initiative, agency, work role or none): setHiringTarget upserts under the initiative's row lock.
@Index('hiring_target_agency_idx', ['initiativeId', 'agencyId'])
@ObjectType('HiringTarget', {
  simpleResolvers: true,
  implements: Node,
  description: 'How many positions an agency is to fill under an initiative by a date: in all, or for one work role.',
})
export class HiringTarget extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => HiringInitiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'hiring_target_initiative_fk' })
  initiative?: HiringInitiative;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'hiring_target_agency_fk' })
  agency?: Agency;

  /** Null: the agency's target in all roles. */
  @Column({ name: 'work_role_id', type: 'uuid', nullable: true })
  workRoleId!: string | null;

  @Field(() => Int, { description: 'Positions to fill (entered on duty).' })
  @Column({ type: 'int' })
  positions!: number;

  @Field(() => GraphQLISODateTime, { description: 'By when.' })
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;
}

/** An agency's hiring plan or progress report to the initiative's authority. */
@Entity('hiring_report')
@Index('hiring_report_key', ['initiativeId', 'agencyId', 'kind'], { unique: true })
@ObjectType('HiringReport', {
  simpleResolvers: true,
  implements: Node,
  description: "An agency's hiring plan (due day 30) or progress report (due day 60) under an initiative.",
})
export class HiringReport extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => HiringInitiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'hiring_report_initiative_fk' })
  initiative?: HiringInitiative;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'hiring_report_agency_fk' })
  agency?: Agency;

  @Field(() => HiringReportKind, { description: 'Plan or progress.' })
  @Column({ type: 'varchar', length: 10 })
  kind!: HiringReportKind;

  @Field({ description: 'What the agency reports.' })
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was (last) reported.' })
  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;
}
