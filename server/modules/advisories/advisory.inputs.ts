import { actionInput } from '../../core/inputs';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Marking } from '../../core/marking';
import { AdvisoryPriority, AdvisoryStatus, DeliveryStatus } from './advisory.enums';
import { AdvisoryAudienceInput } from './advisory.types';

@InputType({ description: 'A new advisory (drafted by a clearinghouse analyst).' })
export class DraftAdvisoryInput {
  @Field({ description: 'Title.' })
  @Length(5, 300)
  title!: string;

  @Field({ description: 'What recipients need to know and do.' })
  @Length(10, 20000)
  summary!: string;

  @Field(() => [ID], { description: 'The clearinghouse entries it is about (validated onwards).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  entryIds!: string[];

  @Field(() => Marking, { description: 'TLP marking (not RED: advisories go to organizations).' })
  @IsIn([Marking.CLEAR, Marking.GREEN, Marking.AMBER, Marking.AMBER_STRICT], {
    message: 'advisories are CLEAR, GREEN, AMBER or AMBER_STRICT',
  })
  marking!: Marking;

  @Field(() => AdvisoryPriority, { description: 'Priority.' })
  priority!: AdvisoryPriority;

  @Field(() => AdvisoryAudienceInput, { description: 'Who it targets.' })
  @ValidateNested()
  audience!: AdvisoryAudienceInput;

  @Field({ nullable: true, description: 'Whether recipients must acknowledge (default true).' })
  @IsOptional()
  requiresAcknowledgement?: boolean;

  @Field(() => Int, { nullable: true, description: 'Hours to acknowledge.' })
  @IsOptional()
  @Min(1)
  @Max(24 * 90)
  acknowledgeWithinHours?: number;

  @Field(() => Int, { nullable: true, description: 'Days to patch.' })
  @IsOptional()
  @Min(1)
  @Max(365)
  patchWithinDays?: number;

  @Field(() => ID, { nullable: true, description: 'The published advisory this one replaces (on publication).' })
  @IsOptional()
  supersedesId?: string;
}

export const AdvisoryActionInput = actionInput(
  'AdvisoryActionInput',
  'advisoryId',
  'an advisory',
  'A note for the timeline; to withdraw a published advisory, the reason its recipients see.',
);
export type AdvisoryActionInput = InstanceType<typeof AdvisoryActionInput>;

@InputType({ description: "A recipient's progress report on an advisory." })
export class UpdateDeliveryStatusInput {
  @Field(() => ID, { description: 'The delivery.' })
  deliveryId!: string;

  @Field(() => DeliveryStatus, { description: 'ACKNOWLEDGED, PATCH_IN_PROGRESS, PATCHED or NOT_AFFECTED.' })
  status!: DeliveryStatus;

  @Field({ nullable: true, description: 'A note, e.g. why not affected.' })
  @IsOptional()
  @Length(1, 4000)
  note?: string;
}

@InputType({ description: 'Filters for deliveries.' })
export class DeliveryFilter {
  @Field(() => ID, { nullable: true, description: 'Deliveries of this advisory.' })
  @IsOptional()
  advisoryId?: string;

  @Field(() => ID, { nullable: true, description: 'Deliveries to this recipient.' })
  @IsOptional()
  recipientId?: string;

  @Field(() => [DeliveryStatus], { nullable: true, description: 'Statuses.' })
  @IsOptional()
  statuses?: DeliveryStatus[];

  @Field({ nullable: true, description: 'Of withdrawn advisories (true) or not (false).' })
  @IsOptional()
  withdrawn?: boolean;

  @Field({
    nullable: true,
    description: 'Still open: neither patched, not affected nor withdrawn (true), or closed (false).',
  })
  @IsOptional()
  open?: boolean;

  @Field({ nullable: true, description: 'Past a deadline (true) or not (false), from the clock.' })
  @IsOptional()
  overdue?: boolean;

  @Field(() => [String], { nullable: true, description: "Recipients' states." })
  @IsOptional()
  states?: string[];
}

@InputType({ description: 'Filters for advisories.' })
export class AdvisoryFilter {
  @Field(() => [AdvisoryStatus], { nullable: true, description: 'Statuses.' })
  @IsOptional()
  statuses?: AdvisoryStatus[];

  @Field(() => [AdvisoryPriority], { nullable: true, description: 'Priorities.' })
  @IsOptional()
  priorities?: AdvisoryPriority[];
}
