import { actionInput } from '../../core/inputs';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUrl, Length, Matches, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ComplianceStatus, DirectiveKind } from './directive.enums';
import { RequiredAction } from './directive.entity';

@InputType({ description: 'A new directive (directive issuers: CISA, OMB).' })
export class DraftDirectiveInput {
  @Field({ description: 'Code, e.g. "BOD 26-04" or "M-26-11".' })
  @Matches(/^(BOD|ED|M)[ -]?\d{2}-\d{2,3}$/, { message: 'code must look like BOD 26-04, ED 26-01 or M-26-11' })
  code!: string;

  @Field(() => DirectiveKind, { description: 'Kind.' })
  kind!: DirectiveKind;

  @Field({ description: 'Title.' })
  @Length(5, 300)
  title!: string;

  @Field({ description: 'Summary.' })
  @Length(10, 20000)
  summary!: string;

  @Field({ nullable: true, description: 'Official text (https).' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  sourceUrl?: string;

  @Field(() => [RequiredAction], { description: 'Required actions.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  requiredActions!: RequiredAction[];

  @Field(() => [ID], { nullable: true, description: 'Related clearinghouse entries.' })
  @IsOptional()
  @ArrayMaxSize(100)
  relatedEntryIds?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'An issued directive of the same issuer that this one replaces when issued.',
  })
  @IsOptional()
  supersedesId?: string;
}

export const DirectiveActionInput = actionInput('DirectiveActionInput', 'directiveId', 'a directive');
export type DirectiveActionInput = InstanceType<typeof DirectiveActionInput>;

@InputType({ description: "An agency's compliance report on one required action." })
export class UpdateComplianceReportInput {
  @Field(() => ID, { description: 'The report.' })
  reportId!: string;

  @Field(() => Int, { description: 'The version you last read.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => ComplianceStatus, { description: 'IN_PROGRESS or COMPLETE.' })
  status!: ComplianceStatus;

  @Field({ nullable: true, description: 'Evidence note.' })
  @IsOptional()
  @Length(1, 20000)
  evidence?: string;
}

@InputType({ description: 'Filters for compliance reports.' })
export class ComplianceReportFilter {
  @Field(() => ID, { nullable: true, description: 'Reports on this directive.' })
  @IsOptional()
  directiveId?: string;

  @Field(() => ID, { nullable: true, description: 'Reports of this agency.' })
  @IsOptional()
  agencyId?: string;

  @Field(() => [ComplianceStatus], { nullable: true, description: 'Statuses.' })
  @IsOptional()
  statuses?: ComplianceStatus[];

  @Field({ nullable: true, description: 'Overdue (true) or not (false), from the clock.' })
  @IsOptional()
  overdue?: boolean;
}
