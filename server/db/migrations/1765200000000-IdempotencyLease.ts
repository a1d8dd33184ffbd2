import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency records survive crashes and expire: a claim carries the time it was taken (a claim whose request
 * died is free again after a lease), the response is kept as the exact text sent, and old records expire.
 */
export class IdempotencyLease1765200000000 implements MigrationInterface {
  name = 'IdempotencyLease1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "idempotency_record" ALTER COLUMN "response" TYPE text USING "response"::text`);
    await q.query(`ALTER TABLE "idempotency_record" ADD "status" integer`);
    await q.query(`ALTER TABLE "idempotency_record" ADD "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await q.query(`CREATE INDEX "idempotency_record_created_idx" ON "idempotency_record" ("created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "idempotency_record_created_idx"`);
    await q.query(`ALTER TABLE "idempotency_record" DROP COLUMN "claimed_at"`);
    await q.query(`ALTER TABLE "idempotency_record" DROP COLUMN "status"`);
    await q.query(`ALTER TABLE "idempotency_record" ALTER COLUMN "response" TYPE jsonb USING "response"::jsonb`);
  }
}
