import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Advisories to critical-infrastructure recipients and their deliveries. */
export class Advisories1764600000000 implements MigrationInterface {
  name = 'Advisories1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "advisory" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "summary" text NOT NULL, "marking" character varying(16) NOT NULL, "priority" character varying(10) NOT NULL, "audience" jsonb NOT NULL, "requires_acknowledgement" boolean NOT NULL DEFAULT true, "acknowledge_within_hours" integer, "patch_within_days" integer, "status" character varying(12) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "supersedes_id" uuid, "issuer_id" uuid NOT NULL, "entry_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_062aa2b6488afb9cf7a2352cdc2" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "advisory_status_idx" ON "advisory" ("status", "published_at", "id")`);
    await q.query(
      `CREATE TABLE "advisory_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "advisory_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "delivered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "patched_at" TIMESTAMP WITH TIME ZONE, "note" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_789097e88fda8f7773a5d63a1ce" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "advisory_delivery_recipient_idx" ON "advisory_delivery" ("recipient_id", "delivered_at", "id")`,
    );
    await q.query(`CREATE UNIQUE INDEX "advisory_delivery_key" ON "advisory_delivery" ("advisory_id", "recipient_id")`);
    await q.query(
      `ALTER TABLE "advisory" ADD CONSTRAINT "advisory_supersedes_fk" FOREIGN KEY ("supersedes_id") REFERENCES "advisory"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "advisory" ADD CONSTRAINT "advisory_issuer_fk" FOREIGN KEY ("issuer_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "advisory_delivery" ADD CONSTRAINT "advisory_delivery_advisory_fk" FOREIGN KEY ("advisory_id") REFERENCES "advisory"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "advisory_delivery" ADD CONSTRAINT "advisory_delivery_recipient_fk" FOREIGN KEY ("recipient_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Which advisories carry an entry (entry visibility for recipients looks this up).
    await q.query(`CREATE INDEX "advisory_entries_idx" ON "advisory" USING gin ("entry_ids")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "advisory_delivery" CASCADE`);
    await q.query(`DROP TABLE "advisory" CASCADE`);
  }
}
