import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Marking } from '../../core/marking';
import { Node, VersionedNode } from '../../core/node';
import { Agency } from '../organizations/agency.entity';
import { FindingSeverity, FindingStatus } from './review-window.enums';
import { ReviewWindow } from './review-window.entity';

/** What reviewers found. Findings inform the developer; they never gate a release. */
@Entity('review_finding')
@Index('review_finding_window_idx', ['windowId', 'createdAt', 'id'])
@ObjectType('ReviewFinding', {
  simpleResolvers: true,
  implements: Node,
  description: 'A finding from a pre-release review. It informs; it never gates a release.',
})
export class ReviewFinding extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'window_id', type: 'uuid' })
  windowId!: string;

  @ManyToOne(() => ReviewWindow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'window_id', foreignKeyConstraintName: 'review_finding_window_fk' })
  window?: ReviewWindow;

  @Column({ name: 'filed_by_agency_id', type: 'uuid' })
  filedByAgencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'filed_by_agency_id', foreignKeyConstraintName: 'review_finding_agency_fk' })
  filedByAgency?: Agency;

  @Column({ name: 'filed_by_user_id', type: 'uuid', nullable: true })
  filedByUserId!: string | null;

  @Field({ description: 'Short title.' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field({ description: 'Category, e.g. "vulnerability discovery", "exploit development".' })
  @Column({ type: 'varchar', length: 80 })
  category!: string;

  @Field(() => FindingSeverity, { description: 'Severity.' })
  @Column({ type: 'varchar', length: 10 })
  severity!: FindingSeverity;

  @Field({ description: 'What was found.' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => FindingStatus, { description: 'Where it stands.' })
  @Column({ type: 'varchar', length: 16 })
  status!: FindingStatus;

  @Field(() => Marking, { description: 'TLP marking (default AMBER_STRICT: the developer and the filing agency).' })
  @Column({ type: 'varchar', length: 16 })
  marking!: Marking;

  @Field(() => GraphQLISODateTime, { description: 'When it was filed.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
