import { IsBoolean, IsOptional, Length } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

/** The safeguards a review window runs under; stored as JSON on the window. */
@ObjectType('AccessTerms', { simpleResolvers: true, description: 'Safeguards agreed for pre-release access.' })
@InputType('AccessTermsInput', { description: 'Safeguards for pre-release access.' })
export class AccessTerms {
  @Field({ description: 'Confidentiality terms.' })
  @Length(1, 4000)
  confidentiality!: string;

  @Field({ description: 'Intellectual-property protections.' })
  @Length(1, 4000)
  intellectualProperty!: string;

  @Field({ description: 'Insider-risk safeguards (cleared personnel, logging, ...).' })
  @Length(1, 4000)
  insiderRisk!: string;

  @Field({ nullable: true, description: 'Whether access is through an isolated evaluation environment.' })
  @IsOptional()
  @IsBoolean()
  isolatedEnvironment?: boolean;
}
