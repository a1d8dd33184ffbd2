import { ArrayMaxSize, IsDate, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { Marking } from '../../core/marking';
import { Sector } from '../organizations/organization.enums';
import { EntryStatus, Severity } from './entry.enums';
import { AffectedProduct, CvssInput, EntryIdentifier, Kev, Remediation } from './entry.types';

export const CVE_PATTERN = /^CVE-\d{4}-\d{4,7}$/;
export const GHSA_PATTERN = /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/;
const CWE = /^CWE-\d{1,5}$/;

@InputType({ description: 'Filters for entries; lists match any of their values.' })
export class EntryFilter {
  @Field(() => [Severity], { nullable: true, description: 'Severities.' })
  @IsOptional()
  severities?: Severity[];

  @Field(() => [EntryStatus], { nullable: true, description: 'Statuses.' })
  @IsOptional()
  statuses?: EntryStatus[];

  @Field(() => [Sector], { nullable: true, description: 'Entries exposing any of these sectors.' })
  @IsOptional()
  sectors?: Sector[];

  @Field({ nullable: true, description: 'Known exploited (true) or not (false).' })
  @IsOptional()
  knownExploited?: boolean;

  @Field(() => [Marking], { nullable: true, description: 'TLP markings.' })
  @IsOptional()
  markings?: Marking[];

  @Field({ nullable: true, description: 'The entry for this CVE id.' })
  @IsOptional()
  @Matches(CVE_PATTERN, { message: 'cve must look like CVE-2026-12345' })
  cve?: string;

  @Field({ nullable: true, description: 'Affected vendor (exact).' })
  @IsOptional()
  @Length(1, 200)
  vendor?: string;

  @Field({ nullable: true, description: 'Affected product (exact).' })
  @IsOptional()
  @Length(1, 200)
  product?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Changed at or after this time.' })
  @IsOptional()
  @IsDate()
  updatedSince?: Date;

  @Field(() => ID, { nullable: true, description: 'Reported by this organization.' })
  @IsOptional()
  reportedById?: string;
}

@InputType({ description: 'A vulnerability to report to the clearinghouse.' })
export class ReportEntryInput {
  @Field(() => [EntryIdentifier], { nullable: true, description: 'CVE (at most one), GHSA, vendor and other ids.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  identifiers?: EntryIdentifier[];

  @Field({ description: 'Title.' })
  @Length(5, 300)
  title!: string;

  @Field({ description: 'One-paragraph summary.' })
  @Length(10, 5000)
  summary!: string;

  @Field({ nullable: true, description: 'Technical details.' })
  @IsOptional()
  @Length(1, 100000)
  details?: string;

  @Field(() => [String], { nullable: true, description: 'CWE ids, e.g. CWE-787.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(CWE, { each: true, message: 'each CWE must look like CWE-787' })
  cwes?: string[];

  @Field(() => CvssInput, { nullable: true, description: 'CVSS 3.x or 4.0 base vector.' })
  @IsOptional()
  @ValidateNested()
  cvss?: CvssInput;

  @Field(() => Severity, { nullable: true, description: 'Severity when there is no CVSS vector (otherwise derived).' })
  @IsOptional()
  severity?: Severity;

  @Field(() => [AffectedProduct], { description: 'Affected products.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  affected!: AffectedProduct[];

  @Field(() => [Sector], { nullable: true, description: 'Sectors exposed.' })
  @IsOptional()
  sectors?: Sector[];

  @Field(() => Marking, { nullable: true, description: 'TLP marking (default AMBER).' })
  @IsOptional()
  marking?: Marking;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Organizations affected (e.g. the vendor, if a participant): they see it during an embargo and by AMBER.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  affectedPartyIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'For TLP:RED: the users who may see it (besides you).' })
  @IsOptional()
  @ArrayMaxSize(50)
  redUserIds?: string[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Embargo: until then only you and the government see it.',
  })
  @IsOptional()
  @IsDate()
  embargoUntil?: Date;

  @Field(() => ID, { nullable: true, description: 'Your frontier model that found it (AI-assisted discovery).' })
  @IsOptional()
  discoveredWithModelId?: string;
}

@InputType({ description: 'Changes to an entry (clearinghouse analysts; the reporter while REPORTED).' })
export class UpdateEntryInput {
  @Field(() => ID, { description: 'The entry.' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read.' })
  expectedVersion!: number;

  @Field({ nullable: true, description: 'Title.' })
  @IsOptional()
  @Length(5, 300)
  title?: string;

  @Field({ nullable: true, description: 'Summary.' })
  @IsOptional()
  @Length(10, 5000)
  summary?: string;

  @Field({ nullable: true, description: 'Details.' })
  @IsOptional()
  @Length(1, 100000)
  details?: string;

  @Field(() => [String], { nullable: true, description: 'CWE ids.' })
  @IsOptional()
  @Matches(CWE, { each: true, message: 'each CWE must look like CWE-787' })
  cwes?: string[];

  @Field(() => CvssInput, { nullable: true, description: 'CVSS base vector.' })
  @IsOptional()
  @ValidateNested()
  cvss?: CvssInput;

  @Field(() => [AffectedProduct], { nullable: true, description: 'Affected products (replaces the list).' })
  @IsOptional()
  @ValidateNested({ each: true })
  affected?: AffectedProduct[];

  @Field(() => [Sector], { nullable: true, description: 'Sectors (replaces the list).' })
  @IsOptional()
  sectors?: Sector[];

  @Field(() => Marking, { nullable: true, description: 'TLP marking.' })
  @IsOptional()
  marking?: Marking;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Embargo end.' })
  @IsOptional()
  @IsDate()
  embargoUntil?: Date;
}

@InputType({ description: 'Move an entry through its lifecycle.' })
export class EntryTransitionInput {
  @Field(() => ID, { description: 'The entry.' })
  id!: string;

  @Field({ nullable: true, description: 'A note for the timeline.' })
  @IsOptional()
  @Length(1, 4000)
  note?: string;
}

@InputType({ description: 'Mark an entry as a duplicate of another.' })
export class MarkDuplicateInput extends EntryTransitionInput {
  @Field(() => ID, { description: 'The original entry.' })
  duplicateOfId!: string;
}

@InputType({ description: 'Attach a remediation.' })
export class AddRemediationInput {
  @Field(() => ID, { description: 'The entry.' })
  id!: string;

  @Field(() => Remediation, { description: 'The remediation.' })
  @ValidateNested()
  remediation!: Remediation;
}

@InputType({ description: 'Flag an entry as known exploited, with its KEV catalog fields.' })
export class MarkKnownExploitedInput {
  @Field(() => ID, { description: 'The entry.' })
  id!: string;

  @Field(() => Kev, { description: 'KEV catalog fields.' })
  @ValidateNested()
  kev!: Kev;
}
