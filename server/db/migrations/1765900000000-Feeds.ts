import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 23's schema: the status resources of TAXII POSTs (the feeds themselves read the existing tables). */
export class Feeds1765900000000 implements MigrationInterface {
  name = 'Feeds1765900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "taxii_status" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "total_count" integer NOT NULL, "successes" jsonb NOT NULL DEFAULT '[]', "failures" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cfff2af78e505ebdb22eb9c63c9" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "taxii_status_org_idx" ON "taxii_status" ("organization_id", "created_at")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS "taxii_status"');
  }
}
