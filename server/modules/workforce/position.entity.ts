import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node, VersionedNode } from '../../core/node';
import { Agency } from '../organizations/agency.entity';
import { HiringInitiative } from './hiring-initiative.entity';
import { WorkRole } from './work-role.entity';
import {
  ClearanceLevel,
  HiringAuthority,
  HiringStage,
  PayPlan,
  STAGE_COLUMN,
  STAGE_PROPERTY,
  SystemPriority,
} from './workforce.enums';

/**
 * A position (requisition) an agency is filling: never a person. Each stage records the date it was entered; per
 * stage only counts of applicants are kept.
 */
@Entity('position')
@Index('position_agency_idx', ['agencyId', 'createdAt', 'id'])
@Index('position_initiative_idx', ['initiativeId', 'stage'])
@Index('position_created_idx', ['createdAt', 'id'])
@ObjectType('Position', {
  simpleResolvers: true,
  implements: Node,
  description:
    'A federal cyber position being filled (a requisition, never a person): its classification, OPM codes, hiring stage with dates, and applicant counts.',
})
export class Position extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'position_agency_fk' })
  agency?: Agency;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => HiringInitiative, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'position_initiative_fk' })
  initiative?: HiringInitiative;

  @Field({ description: 'Position title, e.g. "IT Specialist (INFOSEC)".' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => PayPlan, { description: 'Pay plan.' })
  @Column({ name: 'pay_plan', type: 'varchar', length: 2 })
  payPlan!: PayPlan;

  @Field({ description: 'Occupational series, four digits (e.g. "2210").' })
  @Column({ type: 'varchar', length: 4 })
  series!: string;

  @Field(() => Int, { description: 'Grade (1 to 15).' })
  @Column({ type: 'int' })
  grade!: number;

  @Field(() => [String], { description: 'OPM cybersecurity data codes, most critical first (one to three).' })
  @Column({ name: 'opm_codes', type: 'varchar', length: 3, array: true })
  opmCodes!: string[];

  /** The work role of the most critical code (null for codes with none in NICE v2, e.g. "000" or intelligence). */
  @Column({ name: 'work_role_id', type: 'uuid', nullable: true })
  workRoleId!: string | null;

  @ManyToOne(() => WorkRole, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'work_role_id', foreignKeyConstraintName: 'position_work_role_fk' })
  workRole?: WorkRole;

  @Field({ description: 'Duty station state (two letters).' })
  @Column({ name: 'location_state', type: 'varchar', length: 2 })
  locationState!: string;

  @Field({ description: 'Duty station city.' })
  @Column({ name: 'location_city', type: 'varchar', length: 100 })
  locationCity!: string;

  @Field(() => ClearanceLevel, { description: 'Clearance or designation required.' })
  @Column({ type: 'varchar', length: 20 })
  clearance!: ClearanceLevel;

  @Field(() => SystemPriority, { description: 'Which systems it defends.' })
  @Column({ name: 'system_priority', type: 'varchar', length: 30 })
  systemPriority!: SystemPriority;

  @Field(() => HiringAuthority, { description: 'The hiring authority used.' })
  @Column({ name: 'hiring_authority', type: 'varchar', length: 40 })
  hiringAuthority!: HiringAuthority;

  @Field({
    description:
      "Sensitive (national security systems only): only the agency's administrators and analysts see it; other members see counts.",
  })
  @Column({ type: 'boolean', default: false })
  sensitive!: boolean;

  @Field(() => String, { nullable: true, description: 'USAJOBS announcement control number, once announced.' })
  @Column({ name: 'usajobs_control_number', type: 'varchar', length: 20, nullable: true })
  usajobsControlNumber!: string | null;

  @Field(() => HiringStage, { description: 'Current stage.' })
  @Column({ type: 'varchar', length: 30 })
  stage!: HiringStage;

  @Field(() => GraphQLISODateTime, { description: 'When the current stage was entered.' })
  @Column({ name: 'stage_entered_at', type: 'timestamptz' })
  stageEnteredAt!: Date;

  @Field(() => Int, { description: 'How many times it was re-announced.' })
  @Column({ name: 'reannouncements', type: 'int', default: 0 })
  reannouncements!: number;

  @Column({ name: STAGE_COLUMN.NEED_VALIDATED, type: 'timestamptz' })
  needValidatedAt!: Date;

  @Column({ name: STAGE_COLUMN.JOB_ANALYSIS, type: 'timestamptz', nullable: true })
  jobAnalysisAt!: Date | null;

  @Column({ name: STAGE_COLUMN.ANNOUNCEMENT_OPEN, type: 'timestamptz', nullable: true })
  announcementOpenedAt!: Date | null;

  @Column({ name: STAGE_COLUMN.ANNOUNCEMENT_CLOSED, type: 'timestamptz', nullable: true })
  announcementClosedAt!: Date | null;

  @Column({ name: STAGE_COLUMN.CERTIFICATE_ISSUED, type: 'timestamptz', nullable: true })
  certificateIssuedAt!: Date | null;

  @Column({ name: STAGE_COLUMN.SELECTION, type: 'timestamptz', nullable: true })
  selectedAt!: Date | null;

  @Column({ name: STAGE_COLUMN.TENTATIVE_OFFER, type: 'timestamptz', nullable: true })
  tentativeOfferAt!: Date | null;

  @Column({ name: STAGE_COLUMN.SECURITY_AND_SUITABILITY, type: 'timestamptz', nullable: true })
  securitySuitabilityAt!: Date | null;

  @Column({ name: STAGE_COLUMN.FIRM_OFFER, type: 'timestamptz', nullable: true })
  firmOfferAt!: Date | null;

  @Column({ name: STAGE_COLUMN.ENTERED_ON_DUTY, type: 'timestamptz', nullable: true })
  enteredOnDutyAt!: Date | null;

  @Column({ name: STAGE_COLUMN.CANCELLED, type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Field(() => Int, { description: 'Applicants.' })
  @Column({ type: 'int', default: 0 })
  applicants!: number;

  @Field(() => Int, { description: 'Applicants found qualified.' })
  @Column({ type: 'int', default: 0 })
  qualified!: number;

  @Field(() => Int, { description: 'Referred to the selecting official on a certificate.' })
  @Column({ type: 'int', default: 0 })
  referred!: number;

  @Field(() => Int, { description: 'Interviewed.' })
  @Column({ type: 'int', default: 0 })
  interviewed!: number;

  @Field(() => Int, { description: 'Selected.' })
  @Column({ type: 'int', default: 0 })
  selected!: number;

  @Field(() => Int, { description: 'Selectees who declined an offer.' })
  @Column({ type: 'int', default: 0 })
  declined!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The date the position entered `stage` (null when it has not). */
  dateOf(stage: HiringStage): Date | null {
    return (this as unknown as Record<string, Date | null>)[STAGE_PROPERTY[stage]] ?? null;
  }
}
