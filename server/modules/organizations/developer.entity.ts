import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { ChildEntity, Column } from 'typeorm';
import { Node } from '../../core/node';
import { Organization } from './organization.entity';
import { OrganizationKind, Participation } from './organization.enums';

@ChildEntity(OrganizationKind.AI_DEVELOPER)
@ObjectType('Developer', {
  implements: [Node, Organization],
  description: 'A frontier AI developer taking part in the voluntary framework of Executive Order 14409.',
})
export class Developer extends Organization {
  static readonly KIND = OrganizationKind.AI_DEVELOPER;

  @Field(() => String, { nullable: true, description: "The developer's public website." })
  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Field(() => Participation, { description: 'Participation in the voluntary framework.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  participation!: Participation;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the developer enrolled.' })
  @Column({ name: 'enrolled_at', type: 'timestamptz', nullable: true })
  enrolledAt!: Date | null;
}
