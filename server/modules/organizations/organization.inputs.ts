import { ArrayMaxSize, IsIn, IsOptional, IsUrl, Length, Matches, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SLUG_PATTERN, STATE_CODES } from '../../core/validation';
import {
  AgencyCapability,
  OrganizationKind,
  Participation,
  RecipientType,
  Sector,
  SizeTier,
} from './organization.enums';

@InputType({ description: 'Filters for organizations of any kind.' })
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  @ArrayMaxSize(3)
  kinds?: OrganizationKind[];

  @Field({ nullable: true, description: 'Case-insensitive text contained in the name.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}

@InputType({ description: 'Filters for developers.' })
export class DeveloperFilter {
  @Field(() => [Participation], { nullable: true, description: 'Only these participation states.' })
  @IsOptional()
  participation?: Participation[];

  @Field({ nullable: true, description: 'Case-insensitive text contained in the name.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}

@InputType({ description: 'Filters for agencies.' })
export class AgencyFilter {
  @Field(() => [AgencyCapability], { nullable: true, description: 'Agencies holding any of these capabilities.' })
  @IsOptional()
  capabilities?: AgencyCapability[];

  @Field({ nullable: true, description: 'Case-insensitive text contained in the name or acronym.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}

@InputType({ description: 'Filters for critical-infrastructure recipients; each list matches any of its values.' })
export class RecipientFilter {
  @Field(() => [RecipientType], { nullable: true, description: 'Only these operator types.' })
  @IsOptional()
  recipientTypes?: RecipientType[];

  @Field(() => [Sector], { nullable: true, description: 'Only these sectors.' })
  @IsOptional()
  sectors?: Sector[];

  @Field(() => [String], { nullable: true, description: 'Only these USPS state codes.' })
  @IsOptional()
  @ArrayMaxSize(60)
  @IsIn(STATE_CODES, { each: true, message: 'each state must be a USPS state code' })
  states?: string[];

  @Field({ nullable: true, description: 'Only rural (true) or non-rural (false) operators.' })
  @IsOptional()
  rural?: boolean;

  @Field(() => [SizeTier], { nullable: true, description: 'Only these sizes.' })
  @IsOptional()
  sizeTiers?: SizeTier[];

  @Field({ nullable: true, description: 'Case-insensitive text contained in the name.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}

@InputType({ description: 'Common fields of a new organization.' })
class CreateOrganizationBase {
  @Field({ description: 'Display name.' })
  @Length(2, 200)
  name!: string;

  @Field({ description: 'Unique handle: lower-case letters, digits and dashes.' })
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters, digits and dashes' })
  slug!: string;
}

@InputType({ description: 'Common fields of an organization update.' })
class UpdateOrganizationBase {
  @Field(() => ID, { description: 'The organization to update.' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read; a newer version on the server is CONFLICT.' })
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true, description: 'New display name.' })
  @IsOptional()
  @Length(2, 200)
  name?: string;
}

@InputType({ description: 'A new AI developer.' })
export class CreateDeveloperInput extends CreateOrganizationBase {
  @Field({ nullable: true, description: 'Public website (https).' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  website?: string;

  @Field(() => Participation, { nullable: true, description: 'Initial participation (default INVITED).' })
  @IsOptional()
  participation?: Participation;
}

@InputType({ description: 'Changes to an AI developer.' })
export class UpdateDeveloperInput extends UpdateOrganizationBase {
  @Field({ nullable: true, description: 'Public website (https).' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  website?: string;

  @Field(() => Participation, { nullable: true, description: 'New participation state.' })
  @IsOptional()
  participation?: Participation;
}

@InputType({ description: 'A new government agency.' })
export class CreateAgencyInput extends CreateOrganizationBase {
  @Field({ description: 'Acronym, e.g. CISA.' })
  @Matches(/^[A-Z][A-Z0-9&-]{1,15}$/, { message: 'acronym must be 2 to 16 upper-case letters or digits' })
  acronym!: string;

  @Field(() => [AgencyCapability], { description: 'What the agency may do in Concord.' })
  @ArrayMaxSize(4)
  capabilities!: AgencyCapability[];
}

@InputType({ description: 'Changes to a government agency.' })
export class UpdateAgencyInput extends UpdateOrganizationBase {
  @Field(() => [AgencyCapability], { nullable: true, description: 'New capabilities (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(4)
  capabilities?: AgencyCapability[];
}

@InputType({ description: 'A new critical-infrastructure recipient.' })
export class CreateRecipientInput extends CreateOrganizationBase {
  @Field(() => RecipientType, { description: 'Operator type.' })
  recipientType!: RecipientType;

  @Field(() => Sector, { description: 'CISA sector.' })
  sector!: Sector;

  @Field({ description: 'USPS state code.' })
  @IsIn(STATE_CODES, { message: 'state must be a USPS state code' })
  state!: string;

  @Field({ description: 'County or equivalent.' })
  @Length(2, 100)
  county!: string;

  @Field({ description: 'Whether it serves a rural area.' })
  rural!: boolean;

  @Field(() => SizeTier, { description: 'Size of the operator.' })
  sizeTier!: SizeTier;
}

@InputType({ description: 'Changes to a recipient.' })
export class UpdateRecipientInput extends UpdateOrganizationBase {
  @Field(() => RecipientType, { nullable: true, description: 'Operator type.' })
  @IsOptional()
  recipientType?: RecipientType;

  @Field(() => Sector, { nullable: true, description: 'CISA sector.' })
  @IsOptional()
  sector?: Sector;

  @Field({ nullable: true, description: 'USPS state code.' })
  @IsOptional()
  @IsIn(STATE_CODES, { message: 'state must be a USPS state code' })
  state?: string;

  @Field({ nullable: true, description: 'County or equivalent.' })
  @IsOptional()
  @Length(2, 100)
  county?: string;

  @Field({ nullable: true, description: 'Whether it serves a rural area.' })
  @IsOptional()
  rural?: boolean;

  @Field(() => SizeTier, { nullable: true, description: 'Size of the operator.' })
  @IsOptional()
  sizeTier?: SizeTier;
}
