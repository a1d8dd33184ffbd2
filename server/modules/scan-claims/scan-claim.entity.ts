import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node, VersionedNode } from '../../core/node';
import { Organization } from '../organizations/organization.entity';

export enum ScanClaimStatus {
  ACTIVE = 'ACTIVE',
  RELEASED = 'RELEASED',
}
registerEnumType(ScanClaimStatus, {
  name: 'ScanClaimStatus',
  description: 'Whether a scan claim holds.',
  valuesConfig: { ACTIVE: { description: 'Claimed.' }, RELEASED: { description: 'Released by the claimant.' } },
});

/** Scan deconfliction: an organization announces it will scan a vendor's product during a time range. */
@Entity('scan_claim')
@Index('scan_claim_scope_idx', { synchronize: false })
@Index('scan_claim_org_idx', ['organizationId', 'startsAt', 'id'])
@ObjectType('ScanClaim', {
  simpleResolvers: true,
  implements: Node,
  description: 'An announced vulnerability-scanning scope and time range, to deconflict scanning.',
})
export class ScanClaim extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'scan_claim_organization_fk' })
  organization?: Organization;

  @Field({ description: 'Vendor in scope.' })
  @Column({ type: 'varchar', length: 200 })
  vendor!: string;

  @Field({ description: 'Product in scope.' })
  @Column({ type: 'varchar', length: 200 })
  product!: string;

  @Field(() => String, { nullable: true, description: 'Versions in scope (all when null).' })
  @Column({ name: 'version_range', type: 'varchar', length: 200, nullable: true })
  versionRange!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'Scanning starts.' })
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Scanning ends.' })
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Field(() => ScanClaimStatus, { description: 'Whether the claim holds.' })
  @Column({ type: 'varchar', length: 10 })
  status!: ScanClaimStatus;

  @Field(() => GraphQLISODateTime, { description: 'When it was claimed.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
