import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Directives with required actions, agency compliance reports, and the order's milestones. */
export class Directives1764800000000 implements MigrationInterface {
  name = 'Directives1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "directive" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "summary" text NOT NULL, "source_url" character varying(500), "issuer_id" uuid NOT NULL, "status" character varying(12) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE, "supersedes_id" uuid, "required_actions" jsonb NOT NULL, "related_entry_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_399676ede08f26af35a9c460a09" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "directive_code_key" ON "directive" ("code")`);
    await q.query(`CREATE INDEX "directive_status_idx" ON "directive" ("status", "issued_at", "id")`);
    await q.query(
      `CREATE TABLE "compliance_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "directive_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "action_index" integer NOT NULL, "status" character varying(12) NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE, "evidence" text, "closed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_21fc5ca8140903d4ba0011ac47d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "compliance_report_agency_idx" ON "compliance_report" ("agency_id", "directive_id")`);
    await q.query(
      `CREATE UNIQUE INDEX "compliance_report_key" ON "compliance_report" ("directive_id", "agency_id", "action_index")`,
    );
    await q.query(
      `CREATE TABLE "milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "section" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "responsible_agency_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_f8372abce331f60ba7b33fe23a7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "milestone_due_idx" ON "milestone" ("due_at", "id")`);
    await q.query(
      `ALTER TABLE "directive" ADD CONSTRAINT "directive_issuer_fk" FOREIGN KEY ("issuer_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "directive" ADD CONSTRAINT "directive_supersedes_fk" FOREIGN KEY ("supersedes_id") REFERENCES "directive"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "compliance_report" ADD CONSTRAINT "compliance_report_directive_fk" FOREIGN KEY ("directive_id") REFERENCES "directive"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "compliance_report" ADD CONSTRAINT "compliance_report_agency_fk" FOREIGN KEY ("agency_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "milestone" ADD CONSTRAINT "milestone_agency_fk" FOREIGN KEY ("responsible_agency_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['milestone', 'compliance_report', 'directive']) await q.query(`DROP TABLE "${table}" CASCADE`);
  }
}
