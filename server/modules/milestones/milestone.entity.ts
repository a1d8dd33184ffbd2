import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node, VersionedNode } from '../../core/node';
import { Agency } from '../organizations/agency.entity';

export enum MilestoneStatus {
  COMPLETE = 'COMPLETE',
  OVERDUE = 'OVERDUE',
  DUE_SOON = 'DUE_SOON',
  UPCOMING = 'UPCOMING',
}
registerEnumType(MilestoneStatus, {
  name: 'MilestoneStatus',
  description: "Where one of the order's deliverables stands, from the clock.",
  valuesConfig: {
    COMPLETE: { description: 'Completed.' },
    OVERDUE: { description: 'Past due, not completed.' },
    DUE_SOON: { description: 'Due within 14 days.' },
    UPCOMING: { description: 'Due later.' },
  },
});

/** A deliverable Executive Order 14409 sets (due 30 or 60 days after signing, and the rest). */
@Entity('milestone')
@Index('milestone_due_idx', ['dueAt', 'id'])
@ObjectType('Milestone', {
  simpleResolvers: true,
  implements: Node,
  description: "One of Executive Order 14409's deliverables, with its responsible agency and due date.",
})
export class Milestone extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Field({ description: 'Section of the order, e.g. "Sec. 4(a)".' })
  @Column({ type: 'varchar', length: 40 })
  section!: string;

  @Field({ description: 'The deliverable.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ name: 'responsible_agency_id', type: 'uuid' })
  responsibleAgencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_agency_id', foreignKeyConstraintName: 'milestone_agency_fk' })
  responsibleAgency?: Agency;

  @Field(() => GraphQLISODateTime, { description: 'Due (signing + 30 or 60 days, ...).' })
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was completed.' })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
