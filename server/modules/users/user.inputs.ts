import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Length, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Role } from './role.enum';

@InputType({ description: 'Filters for users.' })
export class UserFilter {
  @Field(() => ID, { nullable: true, description: 'Only members of this organization.' })
  @IsOptional()
  organizationId?: string;

  @Field(() => [Role], { nullable: true, description: 'Users holding any of these roles.' })
  @IsOptional()
  roles?: Role[];

  @Field({ nullable: true, description: 'Only active (true) or deactivated (false) users.' })
  @IsOptional()
  active?: boolean;

  @Field({ nullable: true, description: 'Case-insensitive text in the name or email.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}

@InputType({ description: 'A new user.' })
export class CreateUserInput {
  @Field(() => ID, { description: 'The organization the user belongs to.' })
  organizationId!: string;

  @Field({ description: 'Sign-in email (stored lower-case).' })
  @IsEmail()
  @Length(3, 254)
  email!: string;

  @Field({ description: 'Full name.' })
  @Length(1, 200)
  name!: string;

  @Field(() => [Role], {
    description: 'Roles (ANALYST only in agencies; PLATFORM_ADMIN only by platform administrators).',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  roles!: Role[];
}

@InputType({ description: 'Changes to a user.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user.' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read.' })
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => [Role], { nullable: true, description: 'New roles (replaces the list).' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  roles?: Role[];

  @Field({ nullable: true, description: 'Deactivate (false) or reactivate (true).' })
  @IsOptional()
  active?: boolean;
}
