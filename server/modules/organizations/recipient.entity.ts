import { Field, ObjectType } from 'type-graphql';
import { ChildEntity, Column, Index } from 'typeorm';
import { Node } from '../../core/node';
import { Organization } from './organization.entity';
import { OrganizationKind, RecipientType, Sector, SizeTier } from './organization.enums';

@ChildEntity(OrganizationKind.CRITICAL_INFRASTRUCTURE)
@Index('organization_recipient_audience_idx', ['recipientType', 'state', 'sector', 'rural'])
@ObjectType('Recipient', {
  implements: [Node, Organization],
  description:
    'A critical-infrastructure operator (rural hospital, community bank, local utility, ...) that receives advisories.',
})
export class Recipient extends Organization {
  static readonly KIND = OrganizationKind.CRITICAL_INFRASTRUCTURE;

  @Field(() => RecipientType, { description: 'What kind of operator this is.' })
  @Column({ name: 'recipient_type', type: 'varchar', length: 32, nullable: true })
  recipientType!: RecipientType;

  @Field(() => Sector, { description: 'CISA critical-infrastructure sector.' })
  @Column({ type: 'varchar', length: 48, nullable: true })
  sector!: Sector;

  @Field({ description: 'USPS state or territory code.' })
  @Column({ type: 'char', length: 2, nullable: true })
  state!: string;

  @Field({ description: 'County or equivalent.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  county!: string;

  @Field({ description: 'Whether the operator serves a rural area.' })
  @Column({ type: 'boolean', nullable: true })
  rural!: boolean;

  @Field(() => SizeTier, { description: 'Size of the operator.' })
  @Column({ name: 'size_tier', type: 'varchar', length: 8, nullable: true })
  sizeTier!: SizeTier;
}
