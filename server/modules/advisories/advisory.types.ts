import { ArrayMaxSize, IsIn, IsOptional } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { STATE_CODES } from '../../core/validation';
import { RecipientType, Sector } from '../organizations/organization.enums';

/** Who an advisory is for: recipients matching every given rule, plus the recipients named explicitly. */
@ObjectType('AdvisoryAudience', {
  simpleResolvers: true,
  description: 'Who an advisory targets: recipients matching all given rules, plus named recipients.',
})
export class AdvisoryAudience {
  @Field(() => [Sector], { description: 'Sectors (any of).' })
  sectors!: Sector[];

  @Field(() => [RecipientType], { description: 'Operator types (any of).' })
  recipientTypes!: RecipientType[];

  @Field(() => [String], { description: 'States (any of).' })
  states!: string[];

  @Field({ description: 'Only rural operators.' })
  ruralOnly!: boolean;

  /** Stored as uuids; exposed through `recipients`. */
  recipientIds!: string[];
}

@InputType('AdvisoryAudienceInput', {
  description: 'Who an advisory targets. Rules combine with AND; named recipients are added.',
})
export class AdvisoryAudienceInput {
  @Field(() => [Sector], { nullable: true, description: 'Sectors (any of).' })
  @IsOptional()
  sectors?: Sector[];

  @Field(() => [RecipientType], { nullable: true, description: 'Operator types (any of).' })
  @IsOptional()
  recipientTypes?: RecipientType[];

  @Field(() => [String], { nullable: true, description: 'USPS state codes (any of).' })
  @IsOptional()
  @IsIn(STATE_CODES, { each: true, message: 'each state must be a USPS state code' })
  states?: string[];

  @Field({ nullable: true, description: 'Only rural operators.' })
  @IsOptional()
  ruralOnly?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Recipients named explicitly (added to the rule matches).' })
  @IsOptional()
  @ArrayMaxSize(1000)
  recipientIds?: string[];
}

@ObjectType('AudienceCount', { simpleResolvers: true, description: 'How many recipients fall in one group.' })
export class AudienceCount {
  @Field({ description: 'The group (a recipient type or a state).' })
  key!: string;

  @Field(() => Int, { description: 'Recipients.' })
  count!: number;
}

@ObjectType('AudiencePreview', { simpleResolvers: true, description: 'Who an audience reaches, before publishing.' })
export class AudiencePreview {
  @Field(() => Int, { description: 'Distinct recipients.' })
  total!: number;

  @Field(() => [AudienceCount], { description: 'By operator type.' })
  byRecipientType!: AudienceCount[];

  @Field(() => [AudienceCount], { description: 'By state.' })
  byState!: AudienceCount[];
}

@ObjectType('DeliveryStats', {
  simpleResolvers: true,
  description: 'Progress of one advisory across its recipients (computed in SQL, from the clock).',
})
export class DeliveryStats {
  @Field(() => Int, { description: 'Recipients targeted.' })
  targeted!: number;

  @Field(() => Int, { description: 'Still only delivered.' })
  delivered!: number;

  @Field(() => Int, { description: 'Acknowledged (or further along).' })
  acknowledged!: number;

  @Field(() => Int, { description: 'Patch in progress.' })
  patchInProgress!: number;

  @Field(() => Int, { description: 'Patched.' })
  patched!: number;

  @Field(() => Int, { description: 'Not affected.' })
  notAffected!: number;

  @Field(() => Int, { description: 'Past a deadline without the required step.' })
  overdue!: number;

  @Field(() => Int, { description: 'Deliveries marked withdrawn (the advisory was withdrawn).' })
  withdrawn!: number;
}

@ObjectType('PatchCoverageRow', { simpleResolvers: true, description: 'Patch coverage for one group.' })
export class PatchCoverageRow {
  @Field({ description: 'The group: a sector, state or operator type.' })
  key!: string;

  @Field(() => Int, { description: 'Deliveries targeted.' })
  targeted!: number;

  @Field(() => Int, { description: 'Acknowledged (or further along).' })
  acknowledged!: number;

  @Field(() => Int, { description: 'Patched.' })
  patched!: number;

  @Field(() => Int, { description: 'Not affected.' })
  notAffected!: number;

  @Field(() => Int, { description: 'Overdue.' })
  overdue!: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from delivery to acknowledgement.' })
  medianHoursToAcknowledge!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median hours from delivery to patched.' })
  medianHoursToPatch!: number | null;
}
