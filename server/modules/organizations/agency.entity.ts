import { Field, ObjectType } from 'type-graphql';
import { ChildEntity, Column } from 'typeorm';
import { Node } from '../../core/node';
import { Organization } from './organization.entity';
import { AgencyCapability, OrganizationKind } from './organization.enums';

@ChildEntity(OrganizationKind.GOVERNMENT_AGENCY)
@ObjectType('Agency', {
  simpleResolvers: true,
  implements: [Node, Organization],
  description: 'A US government agency.',
})
export class Agency extends Organization {
  static readonly KIND = OrganizationKind.GOVERNMENT_AGENCY;

  @Field({ description: 'Acronym, e.g. NSA, CISA, OMB, TREASURY, NIST.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  acronym!: string;

  @Field(() => [AgencyCapability], { description: 'What this agency may do in Concord.' })
  @Column({ type: 'varchar', array: true, nullable: true })
  capabilities!: AgencyCapability[];
}
