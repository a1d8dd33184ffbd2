import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The job queue of notifications, and its options (pg-boss: retries with exponential backoff and jitter). */
export const NOTIFY_QUEUE = 'concord_notify';
const QUEUE_OPTIONS = {
  retryLimit: 12,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 120,
  retentionMinutes: 10080,
};

/**
 * Issue 22's schema: the outbox (written in the transaction of each change), notifications with their attempts,
 * webhook endpoints, email preferences, reminders sent and used action links; and pg-boss's own schema, made here
 * by the schema owner rather than by the server's role at start (its construction script without its own
 * BEGIN/COMMIT, since this migration is already one transaction).
 */
export class Notifications1765800000000 implements MigrationInterface {
  name = 'Notifications1765800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "outbox_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "kind" character varying(64) NOT NULL, "subject_type" character varying(64) NOT NULL, "subject_id" uuid NOT NULL, "organization_id" uuid, "data" jsonb NOT NULL DEFAULT '{}', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "outbox_event_pending_idx" ON "outbox_event"  ("seq") WHERE dispatched_at IS NULL`);
    await q.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL, "event_id" uuid NOT NULL, "kind" character varying(64) NOT NULL, "channel" character varying(10) NOT NULL, "target" uuid NOT NULL, "endpoint_id" uuid, "user_id" uuid, "organization_id" uuid NOT NULL, "subject_type" character varying(64) NOT NULL, "subject_id" uuid NOT NULL, "status" character varying(12) NOT NULL, "attempt_count" integer NOT NULL DEFAULT '0', "attempts" jsonb NOT NULL DEFAULT '[]', "last_error" text, "lease_until" TIMESTAMP WITH TIME ZONE, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "notification_status_idx" ON "notification"  ("status", "created_at")`);
    await q.query(`CREATE INDEX "notification_endpoint_idx" ON "notification"  ("endpoint_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "notification_org_idx" ON "notification"  ("organization_id", "created_at", "id")`);
    await q.query(`CREATE UNIQUE INDEX "notification_target_key" ON "notification"  ("event_id", "channel", "target")`);
    await q.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" character varying(64) NOT NULL, "mode" character varying(12) NOT NULL, CONSTRAINT "PK_0f7529aefc65bd035491bb755bf" PRIMARY KEY ("user_id", "kind"))`,
    );
    await q.query(
      `CREATE TABLE "reminder_sent" ("key" character varying(300) NOT NULL, "kind" character varying(64) NOT NULL, "subject_id" uuid NOT NULL, "organization_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_25b71048ab2f2e562dbcb5042ee" PRIMARY KEY ("key"))`,
    );
    await q.query(
      `CREATE TABLE "action_token_use" ("jti" uuid NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_461b3ff4ade12d111ac6cd828a8" PRIMARY KEY ("jti"))`,
    );
    await q.query(
      `CREATE TABLE "webhook_endpoint" ("updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "url" character varying(2048) NOT NULL, "description" character varying(200), "events" character varying array NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'ACTIVE', "disabled_reason" text, "secret_hint" character varying(8) NOT NULL, "secret_enc" text NOT NULL, "previous_secret_enc" text, "previous_secret_until" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, "created_by_api_key_id" uuid, "failing_since" TIMESTAMP WITH TIME ZONE, "last_success_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "webhook_endpoint_org_idx" ON "webhook_endpoint"  ("organization_id", "created_at", "id") `,
    );
    const boss = PgBoss.getConstructionPlans('pgboss')
      .replace(/^\s*BEGIN;/m, '')
      .replace(/COMMIT;\s*$/m, '');
    await q.query(boss);
    await q.query('SELECT pgboss.create_queue($1, $2::json)', [NOTIFY_QUEUE, JSON.stringify(QUEUE_OPTIONS)]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    for (const t of [
      'action_token_use',
      'reminder_sent',
      'notification_preference',
      'notification',
      'webhook_endpoint',
      'outbox_event',
    ])
      await q.query(`DROP TABLE IF EXISTS "${t}"`);
  }
}
