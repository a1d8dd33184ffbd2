import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../core/node';
import { WorkRoleCategory } from './workforce.enums';

/** A work role of the NICE Workforce Framework for Cybersecurity (NIST SP 800-181r1), components v2.0.0. */
@Entity('work_role')
@ObjectType('WorkRole', {
  simpleResolvers: true,
  implements: Node,
  description: 'A work role of the NICE Workforce Framework for Cybersecurity (NIST SP 800-181r1, v2.0.0).',
})
export class WorkRole extends Node {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Field({ description: 'The framework id, e.g. "PD-WRL-001".' })
  @Index('work_role_code_key', { unique: true })
  @Column({ type: 'varchar', length: 12 })
  code!: string;

  @Field({ description: 'Title, e.g. "Defensive Cybersecurity".' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => WorkRoleCategory, { description: 'Category.' })
  @Column({ type: 'varchar', length: 40 })
  category!: WorkRoleCategory;

  @Field({ description: "The framework's definition." })
  @Column({ type: 'text' })
  definition!: string;
}

/** An OPM cybersecurity data code, as position descriptions carry it (three digits; "000": no cyber work). */
@Entity('opm_cyber_code')
@ObjectType('OpmCyberCode', {
  simpleResolvers: true,
  implements: Node,
  description:
    'An OPM cybersecurity data code (three digits on a position description; "000" means no IT or cyber work).',
})
export class OpmCyberCode extends Node {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Field({ description: 'The code, e.g. "511".' })
  @Index('opm_cyber_code_code_key', { unique: true })
  @Column({ type: 'varchar', length: 3 })
  code!: string;

  @Field({ description: 'Its title as position descriptions use it, e.g. "Cyber Defense Analyst".' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The legacy NICE specialty area.' })
  @Column({ name: 'specialty_area', type: 'varchar', length: 200, nullable: true })
  specialtyArea!: string | null;

  @Field({ description: 'What the work is.' })
  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'work_role_id', type: 'uuid', nullable: true })
  workRoleId!: string | null;

  @ManyToOne(() => WorkRole, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'work_role_id', foreignKeyConstraintName: 'opm_cyber_code_work_role_fk' })
  workRole?: WorkRole;
}
