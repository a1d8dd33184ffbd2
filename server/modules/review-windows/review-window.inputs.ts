import { actionInput } from '../../core/inputs';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsIn, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { Marking } from '../../core/marking';
import { AccessTerms } from './access-terms';
import { ClosedReason, FindingSeverity, ReviewWindowStatus } from './review-window.enums';

@InputType({ description: 'Filters for review windows.' })
export class ReviewWindowFilter {
  @Field(() => [ReviewWindowStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  statuses?: ReviewWindowStatus[];

  @Field(() => ID, { nullable: true, description: 'Only windows for this model.' })
  @IsOptional()
  modelId?: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Only windows whose release is planned at or before this time.',
  })
  @IsOptional()
  @IsDate()
  releaseBefore?: Date;
}

@InputType({ description: 'Propose a voluntary pre-release review window for your model.' })
export class ProposeReviewWindowInput {
  @Field(() => ID, { description: 'Your model (with a planned release date).' })
  modelId!: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When reviewers get access: not earlier than 30 days before the planned release.',
  })
  @IsDate()
  accessStartsAt!: Date;

  @Field(() => [ID], { description: 'The agencies that will review.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  reviewingAgencyIds!: string[];

  @Field(() => AccessTerms, { description: 'Confidentiality, IP and insider-risk safeguards.' })
  @ValidateNested()
  accessTerms!: AccessTerms;
}

export const ReviewWindowActionInput = actionInput('ReviewWindowActionInput', 'windowId', 'a review window');
export type ReviewWindowActionInput = InstanceType<typeof ReviewWindowActionInput>;

@InputType({ description: 'Close a review window before release.' })
export class CloseReviewWindowInput extends ReviewWindowActionInput {
  @Field(() => ClosedReason, {
    description: 'DEVELOPER_WITHDREW or RELEASE_CANCELLED (RELEASED comes from recordModelRelease).',
  })
  @IsIn([ClosedReason.DEVELOPER_WITHDREW, ClosedReason.RELEASE_CANCELLED], {
    message: 'reason must be DEVELOPER_WITHDREW or RELEASE_CANCELLED',
  })
  reason!: ClosedReason;
}

@InputType({ description: 'A finding from the review.' })
export class FileReviewFindingInput {
  @Field(() => ID, { description: 'The window (access granted).' })
  windowId!: string;

  @Field({ description: 'Short title.' })
  @Length(1, 200)
  title!: string;

  @Field({ description: 'Category.' })
  @Length(1, 80)
  category!: string;

  @Field(() => FindingSeverity, { description: 'Severity.' })
  severity!: FindingSeverity;

  @Field({ description: 'What was found.' })
  @Length(1, 20000)
  description!: string;

  @Field(() => Marking, {
    nullable: true,
    description: 'AMBER_STRICT (default: the developer and your agency) or AMBER (the developer and the government).',
  })
  @IsOptional()
  @IsIn([Marking.AMBER, Marking.AMBER_STRICT], { message: 'findings are marked AMBER or AMBER_STRICT' })
  marking?: Marking;
}

export const ReviewFindingActionInput = actionInput('ReviewFindingActionInput', 'findingId', 'a review finding');
export type ReviewFindingActionInput = InstanceType<typeof ReviewFindingActionInput>;
