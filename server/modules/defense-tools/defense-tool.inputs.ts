import { GrantStatus } from './tool-grant.entity';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { RecipientType, Sector, SizeTier } from '../organizations/organization.enums';

@InputType({ description: 'Who may request a tool (any when a list is empty or omitted).' })
export class ToolEligibilityInput {
  @Field(() => [RecipientType], { nullable: true, description: 'Operator types.' })
  @IsOptional()
  recipientTypes?: RecipientType[];

  @Field(() => [Sector], { nullable: true, description: 'Sectors.' })
  @IsOptional()
  sectors?: Sector[];

  @Field(() => [SizeTier], { nullable: true, description: 'Sizes.' })
  @IsOptional()
  sizeTiers?: SizeTier[];
}

@InputType({ description: 'Offer a defense tool (developer members).' })
export class OfferDefenseToolInput {
  @Field({ description: 'Name.' })
  @Length(2, 200)
  name!: string;

  @Field({ description: 'What it does.' })
  @Length(10, 10000)
  description!: string;

  @Field(() => [String], { description: 'Capabilities.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Length(2, 80, { each: true })
  capabilities!: string[];

  @Field(() => ToolEligibilityInput, { description: 'Eligibility.' })
  eligibility!: ToolEligibilityInput;

  @Field(() => Int, { description: 'Seats offered.' })
  @Min(1)
  @Max(100000)
  seats!: number;
}

@InputType({ description: 'Request a seat of a tool for your organization.' })
export class RequestToolGrantInput {
  @Field(() => ID, { description: 'The tool.' })
  toolId!: string;

  @Field({ nullable: true, description: 'Why you need it.' })
  @IsOptional()
  @Length(1, 4000)
  note?: string;
}

export enum GrantAction {
  APPROVE = 'APPROVE',
  DENY = 'DENY',
  PROVISION = 'PROVISION',
  REVOKE = 'REVOKE',
  EXPIRE = 'EXPIRE',
}
registerEnumType(GrantAction, {
  name: 'GrantAction',
  description: 'A decision on a tool grant.',
  valuesConfig: {
    APPROVE: { description: 'REQUESTED -> APPROVED (takes a seat, if one is free).' },
    DENY: { description: 'REQUESTED -> DENIED.' },
    PROVISION: { description: 'APPROVED -> PROVISIONED.' },
    REVOKE: { description: 'APPROVED or PROVISIONED -> REVOKED (frees the seat).' },
    EXPIRE: { description: 'PROVISIONED -> EXPIRED (frees the seat).' },
  },
});

@InputType({ description: 'Decide on or change a grant (the developer or a government analyst).' })
export class ToolGrantActionInput {
  @Field(() => ID, { description: 'The grant.' })
  grantId!: string;

  @Field(() => GrantAction, { description: 'What to do.' })
  action!: GrantAction;

  @Field({ nullable: true, description: 'A note.' })
  @IsOptional()
  @Length(1, 4000)
  note?: string;
}

@InputType({ description: 'Filters for tool grants.' })
export class ToolGrantFilter {
  @Field(() => ID, { nullable: true, description: 'Grants of this tool.' })
  @IsOptional()
  toolId?: string;

  @Field(() => ID, { nullable: true, description: 'Grants to this recipient.' })
  @IsOptional()
  recipientId?: string;

  @Field(() => [GrantStatus], { nullable: true, description: 'Statuses.' })
  @IsOptional()
  statuses?: GrantStatus[];
}
