import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed checkpoints of the audit chain head, append-only like the chain itself. Links become keyed (HMAC)
 * from here on; links written before are sealed by a legacy checkpoint at the next start (core/audit.ts).
 */
export class AuditCheckpoints1765100000000 implements MigrationInterface {
  name = 'AuditCheckpoints1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "audit_checkpoint" ("seq" bigint NOT NULL, "hash" character(64) NOT NULL, "legacy" boolean NOT NULL DEFAULT false,
      "signature" character(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audit_checkpoint_pkey" PRIMARY KEY ("seq"))`);
    await q.query(`CREATE TRIGGER audit_checkpoint_no_update_delete BEFORE UPDATE OR DELETE ON "audit_checkpoint"
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON "audit_checkpoint"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_checkpoint"`);
  }
}
