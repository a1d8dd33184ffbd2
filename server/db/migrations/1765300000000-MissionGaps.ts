import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10's schema. A withdrawn advisory keeps its deliveries, marked withdrawn with the reason: they leave overdue counts and
 * patch coverage, and recipients still see what they were sent. Advisories withdrawn before this migration get
 * their deliveries marked from the advisory's last change. A compliance report records when its directive began
 * to apply to the agency (the issue date for existing reports), so agencies that join later count their own days.
 */
export class MissionGaps1765300000000 implements MigrationInterface {
  name = 'MissionGaps1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "advisory" ADD "withdrawal_reason" text`);
    await q.query(`ALTER TABLE "advisory" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "advisory_delivery" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "advisory_delivery" ADD "withdrawal_reason" text`);
    await q.query(`UPDATE "advisory" SET "withdrawn_at" = "updated_at" WHERE "status" = 'WITHDRAWN'`);
    await q.query(
      `UPDATE "advisory_delivery" d SET "withdrawn_at" = a."withdrawn_at" FROM "advisory" a WHERE a."id" = d."advisory_id" AND a."status" = 'WITHDRAWN'`,
    );
    await q.query(`ALTER TABLE "compliance_report" ADD "assigned_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `UPDATE "compliance_report" r SET "assigned_at" = COALESCE(d."issued_at", r."updated_at") FROM "directive" d WHERE d."id" = r."directive_id"`,
    );
    await q.query(`ALTER TABLE "compliance_report" ALTER COLUMN "assigned_at" SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "compliance_report" DROP COLUMN "assigned_at"`);
    await q.query(`ALTER TABLE "advisory_delivery" DROP COLUMN "withdrawal_reason"`);
    await q.query(`ALTER TABLE "advisory_delivery" DROP COLUMN "withdrawn_at"`);
    await q.query(`ALTER TABLE "advisory" DROP COLUMN "withdrawn_at"`);
    await q.query(`ALTER TABLE "advisory" DROP COLUMN "withdrawal_reason"`);
  }
}
