import { Column, Entity, PrimaryColumn } from 'typeorm';
import { NotificationMode } from './notification.enums';

/** A person's choice for the email of one kind; without a row, the kind's default (kinds.ts) applies. */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ type: 'varchar', length: 12 })
  mode!: NotificationMode;
}

/** A reminder already raised: each is sent once per (kind, subject, organization, due date), its `key`. */
@Entity('reminder_sent')
export class ReminderSent {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;
}

/** An email action link that was used: each token works once. */
@Entity('action_token_use')
export class ActionTokenUse {
  @PrimaryColumn({ type: 'uuid' })
  jti!: string;

  @Column({ name: 'used_at', type: 'timestamptz' })
  usedAt!: Date;
}
