import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { STATE_CODES } from '../../core/validation';
import {
  ClearanceLevel,
  HiringAuthority,
  HiringReportKind,
  HiringStage,
  PayPlan,
  SystemPriority,
  WorkRoleCategory,
} from './workforce.enums';

@InputType({ description: 'A new hiring initiative under the order (WORKFORCE_AUTHORITY analysts).' })
export class LaunchHiringInitiativeInput {
  @Field({ description: 'Name, unique.' })
  @Length(3, 200)
  name!: string;

  @Field({ description: 'Legal basis, e.g. "E.O. 14409 sec. 6(b); 5 U.S.C. 3304".' })
  @Length(3, 2000)
  legalBasis!: string;

  @Field(() => GraphQLISODateTime, { description: 'Day 0.' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Hiring plans due (default: day 30).' })
  @IsOptional()
  planDueAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Progress reports due (default: day 60).' })
  @IsOptional()
  progressDueAt?: Date;

  @Field(() => [HiringAuthority], { description: 'The hiring authorities positions under it may use.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  allowedAuthorities!: HiringAuthority[];
}

@InputType({ description: "Set an agency's target under an initiative (the initiative's authority)." })
export class SetHiringTargetInput {
  @Field(() => ID, { description: 'The initiative.' })
  initiativeId!: string;

  @Field(() => ID, { description: 'The agency.' })
  agencyId!: string;

  @Field(() => ID, { nullable: true, description: "A work role (none: the agency's target in all roles)." })
  @IsOptional()
  workRoleId?: string;

  @Field(() => Int, { description: 'Positions to fill (entered on duty).' })
  @Min(1)
  @Max(100_000)
  positions!: number;

  @Field(() => GraphQLISODateTime, { description: 'By when.' })
  dueAt!: Date;
}

@InputType({ description: "An agency's hiring plan or progress report under an initiative." })
export class ReportHiringPlanInput {
  @Field(() => ID, { description: 'The initiative.' })
  initiativeId!: string;

  @Field(() => HiringReportKind, { description: 'PLAN (due day 30) or PROGRESS (due day 60).' })
  kind!: HiringReportKind;

  @Field({ description: 'What the agency reports.' })
  @Length(10, 20_000)
  summary!: string;
}

@InputType({ description: 'A position your agency is filling (a requisition; never a person).' })
export class RecordPositionInput {
  @Field(() => ID, { description: 'The initiative it counts toward.' })
  initiativeId!: string;

  @Field({ description: 'Position title.' })
  @Length(3, 200)
  title!: string;

  @Field(() => PayPlan, { description: 'Pay plan.' })
  payPlan!: PayPlan;

  @Field({ description: 'Occupational series, four digits (e.g. "2210").' })
  @Matches(/^\d{4}$/, { message: 'series must be four digits, e.g. 2210' })
  series!: string;

  @Field(() => Int, { description: 'Grade, 1 to 15.' })
  @Min(1)
  @Max(15)
  grade!: number;

  @Field(() => [String], { description: 'OPM cybersecurity data codes, most critical first (one to three).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @Matches(/^\d{3}$/, { each: true, message: 'each OPM code is three digits' })
  opmCodes!: string[];

  @Field({ description: 'Duty station state (two letters).' })
  @IsIn(STATE_CODES)
  locationState!: string;

  @Field({ description: 'Duty station city.' })
  @Length(2, 100)
  locationCity!: string;

  @Field(() => ClearanceLevel, { description: 'Clearance or designation required.' })
  clearance!: ClearanceLevel;

  @Field(() => SystemPriority, { description: 'Which systems it defends.' })
  systemPriority!: SystemPriority;

  @Field(() => HiringAuthority, { description: 'The hiring authority (one the initiative allows).' })
  hiringAuthority!: HiringAuthority;

  @Field({
    nullable: true,
    description: "Sensitive (national security systems only; your agency's administrators and analysts see it).",
  })
  @IsOptional()
  sensitive?: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When the need was validated (not in the future).' })
  needValidatedAt!: Date;
}

@InputType({ description: 'Move a position to its next hiring stage, on a date.' })
export class MovePositionInput {
  @Field(() => ID, { description: 'The position.' })
  positionId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read.' })
  @IsOptional()
  @Min(1)
  expectedVersion?: number;

  @Field(() => HiringStage, { description: 'The stage it enters.' })
  stage!: HiringStage;

  @Field(() => GraphQLISODateTime, {
    description: 'When it entered the stage: not before the current stage was entered, not in the future.',
  })
  date!: Date;

  @Field({ nullable: true, description: 'USAJOBS control number (when the announcement opens).' })
  @IsOptional()
  @Matches(/^\d{6,12}$/, { message: 'a USAJOBS control number is 6 to 12 digits' })
  usajobsControlNumber?: string;

  @Field({ nullable: true, description: 'A note for the timeline.' })
  @IsOptional()
  @Length(1, 4000)
  note?: string;
}

@InputType({ description: "A position's applicant counts so far (counts only: never names)." })
export class ReportApplicantCountsInput {
  @Field(() => ID, { description: 'The position.' })
  positionId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read.' })
  @IsOptional()
  @Min(1)
  expectedVersion?: number;

  @Field(() => Int, { description: 'Applicants.' })
  @Min(0)
  @Max(1_000_000)
  applicants!: number;

  @Field(() => Int, { description: 'Found qualified (at most the applicants).' })
  @Min(0)
  @Max(1_000_000)
  qualified!: number;

  @Field(() => Int, { description: 'Referred on a certificate (at most the qualified).' })
  @Min(0)
  @Max(1_000_000)
  referred!: number;

  @Field(() => Int, { description: 'Interviewed (at most the referred).' })
  @Min(0)
  @Max(1_000_000)
  interviewed!: number;

  @Field(() => Int, { description: 'Selected (at most the referred).' })
  @Min(0)
  @Max(1_000_000)
  selected!: number;

  @Field(() => Int, { description: 'Selectees who declined (at most the selected).' })
  @Min(0)
  @Max(1_000_000)
  declined!: number;
}

@InputType({ description: 'Filters for work roles.' })
export class WorkRoleFilter {
  @Field(() => [WorkRoleCategory], { nullable: true, description: 'Only these categories.' })
  @IsOptional()
  categories?: WorkRoleCategory[];
}

@InputType({ description: 'Filters for OPM cybersecurity codes.' })
export class OpmCyberCodeFilter {
  @Field(() => [WorkRoleCategory], {
    nullable: true,
    description: 'Only codes whose work role is in these categories.',
  })
  @IsOptional()
  categories?: WorkRoleCategory[];

  @Field(() => ID, { nullable: true, description: 'Only the codes of this work role.' })
  @IsOptional()
  workRoleId?: string;
}

@InputType({ description: 'Filters for positions.' })
export class PositionFilter {
  @Field(() => ID, { nullable: true, description: 'Counting toward this initiative.' })
  @IsOptional()
  initiativeId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this agency.' })
  @IsOptional()
  agencyId?: string;

  @Field(() => [HiringStage], { nullable: true, description: 'At these stages.' })
  @IsOptional()
  stages?: HiringStage[];

  @Field(() => [SystemPriority], { nullable: true, description: 'Defending these systems.' })
  @IsOptional()
  systemPriorities?: SystemPriority[];

  @Field(() => ID, { nullable: true, description: "Whose most critical code is this work role's." })
  @IsOptional()
  workRoleId?: string;

  @Field({ nullable: true, description: 'Past the 80-day model’s allotment for its current stage (from the clock).' })
  @IsOptional()
  overdue?: boolean;

  @Field({ nullable: true, description: 'A GS-2210 position coded "000" (a likely coding error).' })
  @IsOptional()
  likelyCodingError?: boolean;
}

@InputType({ description: 'Which positions workforce measures cover.' })
export class WorkforceMeasureFilter {
  @Field(() => ID, { nullable: true, description: 'One initiative.' })
  @IsOptional()
  initiativeId?: string;

  @Field(() => ID, { nullable: true, description: 'One agency.' })
  @IsOptional()
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'One work role.' })
  @IsOptional()
  workRoleId?: string;

  @Field(() => [SystemPriority], { nullable: true, description: 'These system priorities.' })
  @IsOptional()
  systemPriorities?: SystemPriority[];
}
