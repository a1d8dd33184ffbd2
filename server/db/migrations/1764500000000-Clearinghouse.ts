import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The AI cybersecurity clearinghouse: entries (keys, full-text search, TLP) and scan deconfliction claims. */
export class Clearinghouse1764500000000 implements MigrationInterface {
  name = 'Clearinghouse1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "clearinghouse_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(20) NOT NULL, "cve" character varying(30), "identifiers" jsonb NOT NULL DEFAULT '[]', "title" character varying(300) NOT NULL, "summary" text NOT NULL, "details" text, "cwes" character varying array NOT NULL DEFAULT '{}', "cvss" jsonb, "cvss_score" numeric(3,1), "severity" character varying(10) NOT NULL, "known_exploited" boolean NOT NULL DEFAULT false, "kev" jsonb, "affected" jsonb NOT NULL DEFAULT '[]', "sectors" character varying array NOT NULL DEFAULT '{}', "reported_by_id" uuid NOT NULL, "reported_by_user_id" uuid, "discovered_with_model_id" uuid, "marking" character varying(16) NOT NULL, "red_user_ids" uuid array NOT NULL DEFAULT '{}', "embargo_until" TIMESTAMP WITH TIME ZONE, "status" character varying(20) NOT NULL, "duplicate_of_id" uuid, "remediations" jsonb NOT NULL DEFAULT '[]', "published_at" TIMESTAMP WITH TIME ZONE, "search" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_bdffdc397a1d76bdd6a7c8ba6b6" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "entry_key_key" ON "clearinghouse_entry" ("key")`);
    await q.query(`CREATE UNIQUE INDEX "entry_cve_key" ON "clearinghouse_entry" ("cve") WHERE cve IS NOT NULL`);
    await q.query(`CREATE INDEX "entry_reporter_idx" ON "clearinghouse_entry" ("reported_by_id", "updated_at", "id")`);
    await q.query(`CREATE INDEX "entry_score_idx" ON "clearinghouse_entry" ("cvss_score", "id")`);
    await q.query(`CREATE INDEX "entry_severity_idx" ON "clearinghouse_entry" ("severity", "updated_at", "id")`);
    await q.query(`CREATE INDEX "entry_status_idx" ON "clearinghouse_entry" ("status", "updated_at", "id")`);
    await q.query(`CREATE INDEX "entry_published_idx" ON "clearinghouse_entry" ("published_at", "id")`);
    await q.query(`CREATE INDEX "entry_updated_idx" ON "clearinghouse_entry" ("updated_at", "id")`);
    await q.query(
      `CREATE TABLE "scan_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "vendor" character varying(200) NOT NULL, "product" character varying(200) NOT NULL, "version_range" character varying(200), "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_2c14248a94cd213d42bf1ce4469" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "scan_claim_org_idx" ON "scan_claim" ("organization_id", "starts_at", "id")`);
    await q.query(
      `ALTER TABLE "clearinghouse_entry" ADD CONSTRAINT "entry_reported_by_fk" FOREIGN KEY ("reported_by_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "clearinghouse_entry" ADD CONSTRAINT "entry_discovered_with_model_fk" FOREIGN KEY ("discovered_with_model_id") REFERENCES "frontier_model"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "clearinghouse_entry" ADD CONSTRAINT "entry_duplicate_of_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "clearinghouse_entry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "scan_claim" ADD CONSTRAINT "scan_claim_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // Gapless yearly keys: the counter row is locked by the reporting transaction until it commits.
    await q.query(`CREATE TABLE "entry_key_counter" ("year" integer PRIMARY KEY, "last" integer NOT NULL)`);
    // Full text over title (A), summary (B) and details (C), kept by a trigger and searched through GIN.
    await q.query(`CREATE FUNCTION clearinghouse_entry_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search := setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A')
          || setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B')
          || setweight(to_tsvector('english', coalesce(NEW.details, '')), 'C');
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER clearinghouse_entry_search BEFORE INSERT OR UPDATE OF title, summary, details ON "clearinghouse_entry"
      FOR EACH ROW EXECUTE FUNCTION clearinghouse_entry_search()`);
    // fastupdate off: entries are written rarely and searched often; a pending list would make the planner
    // cost the index out until the next vacuum.
    await q.query(
      `CREATE INDEX "entry_search_idx" ON "clearinghouse_entry" USING gin ("search") WITH (fastupdate = off)`,
    );
    await q.query(
      `CREATE INDEX "entry_sectors_idx" ON "clearinghouse_entry" USING gin ("sectors") WITH (fastupdate = off)`,
    );
    await q.query(
      `CREATE INDEX "entry_affected_idx" ON "clearinghouse_entry" USING gin ("affected" jsonb_path_ops) WITH (fastupdate = off)`,
    );
    await q.query(
      `CREATE INDEX "scan_claim_scope_idx" ON "scan_claim" (lower("vendor"), lower("product"), "starts_at") WHERE status = 'ACTIVE'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "scan_claim" CASCADE`);
    await q.query(`DROP TABLE "clearinghouse_entry" CASCADE`);
    await q.query(`DROP TABLE "entry_key_counter"`);
    await q.query(`DROP FUNCTION clearinghouse_entry_search()`);
  }
}
