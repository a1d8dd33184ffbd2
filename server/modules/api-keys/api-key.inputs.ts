import { ArrayMaxSize, ArrayMinSize, IsDate, IsOptional, Length } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { Role } from '../users/role.enum';

@InputType({ description: 'A new API key for a machine partner.' })
export class IssueApiKeyInput {
  @Field(() => ID, { description: 'The organization the key acts for.' })
  organizationId!: string;

  @Field({ description: 'A label, e.g. "release pipeline".' })
  @Length(1, 100)
  name!: string;

  @Field(() => [Role], {
    nullable: true,
    description: 'Roles the key acts with (default MEMBER; never PLATFORM_ADMIN).',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  roles?: Role[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the key stops working.' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date;
}

@InputType({ description: 'Revokes an API key.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The key to revoke.' })
  id!: string;
}
