import { Length, Max, Min } from 'class-validator';
import { Field, GraphQLISODateTime, InputType, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DAY_MS } from '../../core/clock';
import { Node, VersionedNode } from '../../core/node';
import { Agency } from '../organizations/agency.entity';
import { DirectiveKind, DirectiveStatus } from './directive.enums';

@ObjectType('RequiredAction', {
  simpleResolvers: true,
  description: 'One action a directive requires, due a number of days after issuance.',
})
@InputType('RequiredActionInput', { description: 'One action a directive requires.' })
export class RequiredAction {
  @Field({ description: 'Title.' })
  @Length(3, 300)
  title!: string;

  @Field({ description: 'What agencies must do.' })
  @Length(3, 10000)
  description!: string;

  @Field(() => Int, { description: 'Days after issuance it is due.' })
  @Min(1)
  @Max(730)
  dueInDays!: number;
}

/** A Binding Operational Directive, Emergency Directive or OMB memorandum binding federal civilian agencies. */
@Entity('directive')
@Index('directive_status_idx', ['status', 'issuedAt', 'id'])
@ObjectType('Directive', {
  simpleResolvers: true,
  implements: Node,
  description: 'A directive from CISA or OMB, with required actions that federal civilian agencies report on.',
})
export class Directive extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Field({ description: 'Code, e.g. "BOD 26-04".' })
  @Index('directive_code_key', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Field(() => DirectiveKind, { description: 'Kind.' })
  @Column({ type: 'varchar', length: 40 })
  kind!: DirectiveKind;

  @Field({ description: 'Title.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: 'Summary.' })
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'The official text.' })
  @Column({ name: 'source_url', type: 'varchar', length: 500, nullable: true })
  sourceUrl!: string | null;

  @Column({ name: 'issuer_id', type: 'uuid' })
  issuerId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_id', foreignKeyConstraintName: 'directive_issuer_fk' })
  issuer?: Agency;

  @Field(() => DirectiveStatus, { description: 'Where it stands.' })
  @Column({ type: 'varchar', length: 12 })
  status!: DirectiveStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was issued.' })
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @ManyToOne(() => Directive, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id', foreignKeyConstraintName: 'directive_supersedes_fk' })
  supersedes?: Directive;

  @Column({ name: 'required_actions', type: 'jsonb' })
  requiredActions!: RequiredAction[];

  @Column({ name: 'related_entry_ids', type: 'uuid', array: true, default: () => "'{}'" })
  relatedEntryIds!: string[];

  @Field(() => GraphQLISODateTime, { description: 'When it was drafted.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  dueAt(index: number): Date | null {
    const a = this.requiredActions[index];
    return this.issuedAt && a ? new Date(this.issuedAt.getTime() + a.dueInDays * DAY_MS) : null;
  }
}
