import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node, VersionedNode } from '../../core/node';
import { Recipient } from '../organizations/recipient.entity';
import { DefenseTool } from './defense-tool.entity';

export enum GrantStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
  PROVISIONED = 'PROVISIONED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(GrantStatus, {
  name: 'GrantStatus',
  description: 'Where a tool grant stands.',
  valuesConfig: {
    REQUESTED: { description: 'Requested by the recipient.' },
    APPROVED: { description: 'Approved; holds a seat.' },
    DENIED: { description: 'Denied.' },
    PROVISIONED: { description: 'Provisioned; holds a seat.' },
    REVOKED: { description: 'Revoked; the seat is free again.' },
    EXPIRED: { description: 'Expired; the seat is free again.' },
  },
});

/** Holding one of the tool's seats. */
export const SEAT_HOLDING_STATUSES = [GrantStatus.APPROVED, GrantStatus.PROVISIONED] as const;

/** A recipient's request for, and use of, one seat of a defense tool. */
@Entity('tool_grant')
@Index('tool_grant_tool_idx', ['toolId', 'status'])
@Index('tool_grant_recipient_idx', ['recipientId', 'createdAt', 'id'])
@Index('tool_grant_open_key', { synchronize: false })
@ObjectType('ToolGrant', {
  simpleResolvers: true,
  implements: Node,
  description: "A recipient's grant of one seat of a defense tool.",
})
export class ToolGrant extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Column({ name: 'tool_id', type: 'uuid' })
  toolId!: string;

  @ManyToOne(() => DefenseTool, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tool_id', foreignKeyConstraintName: 'tool_grant_tool_fk' })
  tool?: DefenseTool;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => Recipient, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'tool_grant_recipient_fk' })
  recipient?: Recipient;

  @Field(() => GrantStatus, { description: 'Where it stands.' })
  @Column({ type: 'varchar', length: 12 })
  status!: GrantStatus;

  @Field(() => String, { nullable: true, description: 'A note (request reason, decision).' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was requested.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
