import { IsDate, IsOptional, Length, Matches, Min } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { Coverage } from './frontier-model.entity';

@InputType({ description: 'Filters for frontier models.' })
export class FrontierModelFilter {
  @Field(() => ID, { nullable: true, description: 'Only models of this developer.' })
  @IsOptional()
  developerId?: string;

  @Field(() => [Coverage], { nullable: true, description: 'Only models with these coverage states.' })
  @IsOptional()
  coverage?: Coverage[];

  @Field({ nullable: true, description: 'Only released (true) or unreleased (false) models.' })
  @IsOptional()
  released?: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Planned release at or after this time.' })
  @IsOptional()
  @IsDate()
  plannedReleaseAfter?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Planned release at or before this time.' })
  @IsOptional()
  @IsDate()
  plannedReleaseBefore?: Date;

  @Field({ nullable: true, description: 'Case-insensitive text in the name.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}

@InputType({ description: 'A frontier model to register.' })
export class RegisterFrontierModelInput {
  @Field(() => ID, { nullable: true, description: "The developer (defaults to the viewer's organization)." })
  @IsOptional()
  developerId?: string;

  @Field({ description: 'Model name.' })
  @Length(1, 200)
  name!: string;

  @Field({ description: 'Version label, e.g. "4.1".' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/, { message: 'modelVersion must be 1-64 letters, digits, dots, dashes' })
  modelVersion!: string;

  @Field({ nullable: true, description: 'What the model is.' })
  @IsOptional()
  @Length(0, 10000)
  description?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Planned public release (must be in the future).' })
  @IsOptional()
  @IsDate()
  plannedReleaseAt?: Date;
}

@InputType({ description: 'Changes to a frontier model.' })
export class UpdateFrontierModelInput {
  @Field(() => ID, { description: 'The model.' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read.' })
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true, description: 'New description.' })
  @IsOptional()
  @Length(0, 10000)
  description?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'New planned release (must be in the future).' })
  @IsOptional()
  @IsDate()
  plannedReleaseAt?: Date;
}

@InputType({ description: 'Record that your model has been publicly released. Always succeeds for the developer.' })
export class RecordModelReleaseInput {
  @Field(() => ID, { description: 'Your model.' })
  modelId!: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was released (default now; a future time counts as now).',
  })
  @IsOptional()
  @IsDate()
  releasedAt?: Date;
}
