// The structured parts of an entry: each class is both the stored JSON shape, its GraphQL type and input.
import { IsDate, IsIn, IsOptional, IsUrl, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, GraphQLISODateTime, InputType, ObjectType } from 'type-graphql';
import { CvssVersion, IdentifierType, RemediationCategory } from './entry.enums';

@ObjectType('EntryIdentifier', { simpleResolvers: true, description: 'An identifier of the vulnerability.' })
@InputType('EntryIdentifierInput', { description: 'An identifier of the vulnerability.' })
export class EntryIdentifier {
  @Field(() => IdentifierType, { description: 'Kind of identifier.' })
  type!: IdentifierType;

  @Field({ description: 'The identifier, e.g. CVE-2026-12345.' })
  @Length(1, 100)
  value!: string;
}

@ObjectType('Cvss', { simpleResolvers: true, description: 'A CVSS base vector and its score.' })
export class Cvss {
  @Field(() => CvssVersion, { description: 'CVSS version.' })
  version!: CvssVersion;

  @Field({ description: 'The base vector.' })
  vector!: string;

  @Field(() => Float, { description: 'The base score computed from the vector.' })
  baseScore!: number;
}

@InputType('CvssInput', {
  description: 'A CVSS 3.0, 3.1 or 4.0 base vector; the score is computed, and checked if given.',
})
export class CvssInput {
  @Field({ description: 'The base vector, e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H.' })
  @Length(10, 200)
  vector!: string;

  @Field(() => Float, { nullable: true, description: 'The base score you computed; must match the vector.' })
  @IsOptional()
  @Min(0)
  @Max(10)
  baseScore?: number;
}

@ObjectType('Kev', { simpleResolvers: true, description: 'Known Exploited Vulnerabilities catalog fields.' })
@InputType('KevInput', { description: 'Known Exploited Vulnerabilities catalog fields.' })
export class Kev {
  @Field(() => GraphQLISODateTime, { description: 'When it was added to the catalog.' })
  @IsDate()
  dateAdded!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When federal agencies must have acted.' })
  @IsDate()
  dueDate!: Date;

  @Field({ description: 'The required action.' })
  @Length(1, 2000)
  requiredAction!: string;

  @Field(() => String, {
    nullable: true,
    description: "'Known' when used in ransomware campaigns, else 'Unknown' (as CISA writes it).",
  })
  @IsOptional()
  @IsIn(['Known', 'Unknown'])
  knownRansomwareCampaignUse?: string | null;

  @Field(() => String, { nullable: true, description: 'The vendor or project, as the catalog names it.' })
  @IsOptional()
  @Length(1, 200)
  vendorProject?: string | null;

  @Field(() => String, { nullable: true, description: 'The product, as the catalog names it.' })
  @IsOptional()
  @Length(1, 200)
  product?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The catalog's notes (its reference URLs are also in the entry's references).",
  })
  @IsOptional()
  @Length(0, 8000)
  notes?: string | null;
}

@ObjectType('AffectedProduct', { simpleResolvers: true, description: 'A product the vulnerability affects.' })
@InputType('AffectedProductInput', { description: 'A product the vulnerability affects.' })
export class AffectedProduct {
  @Field({ description: 'Vendor.' })
  @Length(1, 200)
  vendor!: string;

  @Field({ description: 'Product.' })
  @Length(1, 200)
  product!: string;

  @Field({ description: 'Affected versions, e.g. ">=2.0.0 <2.4.1".' })
  @Length(1, 200)
  versionRange!: string;

  @Field(() => String, { nullable: true, description: 'First fixed version.' })
  @IsOptional()
  @Length(1, 100)
  fixedIn?: string | null;

  @Field(() => String, { nullable: true, description: 'Package URL (purl), e.g. pkg:npm/lodash.' })
  @IsOptional()
  @Matches(/^pkg:[a-z][a-z0-9.+-]*\/[^\s]+$/, {
    message: 'purl must be a package URL (pkg:type/namespace/name@version)',
  })
  purl?: string | null;
}

@ObjectType('Remediation', { simpleResolvers: true, description: 'A way to fix or mitigate the vulnerability.' })
@InputType('RemediationInput', { description: 'A way to fix or mitigate the vulnerability.' })
export class Remediation {
  @Field(() => RemediationCategory, { description: 'Kind of remediation.' })
  category!: RemediationCategory;

  @Field({ description: 'What to do.' })
  @Length(1, 4000)
  details!: string;

  @Field(() => String, { nullable: true, description: 'Where to find it (https).' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  url?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it became available.' })
  @IsOptional()
  @IsDate()
  availableAt?: Date | null;
}
