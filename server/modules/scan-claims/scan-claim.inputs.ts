import { IsDate, IsOptional, Length } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { ScanClaimStatus } from './scan-claim.entity';

@InputType({ description: 'Claim a scanning scope for a time range.' })
export class ClaimScanScopeInput {
  @Field({ description: 'Vendor.' })
  @Length(1, 200)
  vendor!: string;

  @Field({ description: 'Product.' })
  @Length(1, 200)
  product!: string;

  @Field({ nullable: true, description: 'Versions (all when omitted).' })
  @IsOptional()
  @Length(1, 200)
  versionRange?: string;

  @Field(() => GraphQLISODateTime, { description: 'Scanning starts.' })
  @IsDate()
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Scanning ends (after startsAt, within 90 days).' })
  @IsDate()
  endsAt!: Date;
}

@InputType({ description: 'Release a scan claim.' })
export class ReleaseScanClaimInput {
  @Field(() => ID, { description: 'The claim.' })
  id!: string;
}

@InputType({ description: 'Filters for scan claims.' })
export class ScanClaimFilter {
  @Field(() => [ScanClaimStatus], { nullable: true, description: 'Statuses.' })
  @IsOptional()
  statuses?: ScanClaimStatus[];

  @Field({ nullable: true, description: 'Vendor (case-insensitive).' })
  @IsOptional()
  @Length(1, 200)
  vendor?: string;

  @Field({ nullable: true, description: 'Product (case-insensitive).' })
  @IsOptional()
  @Length(1, 200)
  product?: string;
}
