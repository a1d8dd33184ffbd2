import { actionInput } from '../../core/inputs';
import { IsDate, IsNumber, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { DesignationBasis, DesignationDecision, DesignationStatus, ResponsePosition } from './designation.enums';

@InputType({ description: 'Filters for designation cases.' })
export class DesignationFilter {
  @Field(() => [DesignationStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  statuses?: DesignationStatus[];

  @Field(() => [DesignationBasis], { nullable: true, description: 'Only these bases.' })
  @IsOptional()
  bases?: DesignationBasis[];

  @Field(() => ID, { nullable: true, description: 'Only cases led by this agency.' })
  @IsOptional()
  leadAgencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Only cases on this model.' })
  @IsOptional()
  modelId?: string;

  @Field({
    nullable: true,
    description:
      'Only proposals whose developer response window has passed without a response (true), or the others (false).',
  })
  @IsOptional()
  responseOverdue?: boolean;
}

@InputType({ description: 'Ask whether a designation applies to one of your models.' })
export class RequestDesignationInput {
  @Field(() => ID, { description: 'Your model.' })
  modelId!: string;

  @Field({ nullable: true, description: 'What you are asking, and any facts the authority should know.' })
  @IsOptional()
  @Length(1, 10000)
  question?: string;
}

@InputType({ description: 'Open a designation case (designation authority).' })
export class OpenDesignationInput {
  @Field(() => ID, { description: 'The model.' })
  modelId!: string;

  @Field(() => DesignationBasis, { description: 'BENCHMARK_SCREENING or AGENCY_INITIATIVE.' })
  basis!: DesignationBasis;

  @Field(() => Int, { nullable: true, description: 'Days the developer gets to respond to a proposal (default 14).' })
  @IsOptional()
  @Min(1)
  @Max(90)
  responseWindowDays?: number;
}

@InputType({ description: 'A classification benchmark result.' })
export class RecordBenchmarkResultInput {
  @Field(() => ID, { description: 'The case.' })
  designationId!: string;

  @Field({ description: 'Suite name.' })
  @Length(1, 120)
  suite!: string;

  @Field({ description: 'Suite version.' })
  @Length(1, 40)
  suiteVersion!: string;

  @Field(() => Float, { description: 'Score achieved.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score!: number;

  @Field(() => Float, { description: 'Threshold for advanced cyber capability.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  threshold!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it ran (default now; not in the future).' })
  @IsOptional()
  @IsDate()
  evaluatedAt?: Date;

  @Field({ nullable: true, description: 'Opaque pointer to classified material; never the material itself.' })
  @IsOptional()
  @Length(1, 200)
  classifiedReference?: string;
}

@InputType({ description: 'Propose an outcome for a case.' })
export class ProposeDesignationInput {
  @Field(() => ID, { description: 'The case.' })
  designationId!: string;

  @Field(() => DesignationDecision, { description: 'The proposed outcome.' })
  outcome!: DesignationDecision;

  @Field({ nullable: true, description: 'Why.' })
  @IsOptional()
  @Length(1, 10000)
  rationale?: string;

  @Field(() => Int, { nullable: true, description: 'Change the response window for this case (days).' })
  @IsOptional()
  @Min(1)
  @Max(90)
  responseWindowDays?: number;
}

export const DesignationActionInput = actionInput('DesignationActionInput', 'designationId', 'a designation case');
export type DesignationActionInput = InstanceType<typeof DesignationActionInput>;

@InputType({ description: "The developer's response to a proposal." })
export class RespondToDesignationInput {
  @Field(() => ID, { description: 'The case.' })
  designationId!: string;

  @Field(() => ResponsePosition, { description: 'Agree or contest.' })
  position!: ResponsePosition;

  @Field({ description: 'Your arguments.' })
  @Length(1, 20000)
  arguments!: string;
}

@InputType({ description: 'The final determination.' })
export class DecideDesignationInput {
  @Field(() => ID, { description: 'The case.' })
  designationId!: string;

  @Field(() => DesignationDecision, { description: 'COVERED or NOT_COVERED.' })
  decision!: DesignationDecision;

  @Field({ description: 'Why.' })
  @Length(1, 10000)
  rationale!: string;
}

@InputType({ description: 'Ask for a covered model to be assessed again, with new facts.' })
export class RequestReassessmentInput {
  @Field(() => ID, { description: 'The covered model.' })
  modelId!: string;

  @Field({ description: 'What has changed since the designation.' })
  @Length(1, 20000)
  newFacts!: string;
}
