import fs from 'node:fs';
import path from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** data/nice/ from the source tree (server/db/migrations) or the compiled one (dist/server/db/migrations). */
export function niceDataFile(name: string): string {
  for (const up of ['../../..', '../../../..']) {
    const candidate = path.resolve(__dirname, up, 'data', 'nice', name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`data/nice/${name} is missing from this installation`);
}

const CATEGORY: Record<string, string> = {
  'Oversight and Governance': 'OVERSIGHT_AND_GOVERNANCE',
  'Design and Development': 'DESIGN_AND_DEVELOPMENT',
  'Implementation and Operation': 'IMPLEMENTATION_AND_OPERATION',
  'Protection and Defense': 'PROTECTION_AND_DEFENSE',
  Investigation: 'INVESTIGATION',
};

interface RoleRow {
  id: string;
  title: string;
  category: string;
  definition: string;
  opmCodes: string[];
}
interface CodeRow {
  code: string;
  title: string;
  specialtyArea: string | null;
  description: string;
}

/**
 * Issue 28's schema: the order's cyber hiring surge. The reference data is real and loaded here, so every
 * database has it: the 41 work roles of the NICE Framework components v2.0.0 and the 53 OPM cybersecurity data
 * codes (data/nice/, from NIST/NICCS and MISP's CC0 copies), each code linked to its v2 work role where it has one.
 */
export class Workforce1765700000000 implements MigrationInterface {
  name = 'Workforce1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "hiring_initiative" ("updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "legal_basis" text NOT NULL, "authority_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "plan_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "progress_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "allowed_authorities" character varying(40) array NOT NULL, "plan_milestone_id" uuid NOT NULL, "progress_milestone_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_49551c1d9ea0611e3514dd2d98a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "hiring_initiative_name_key" ON "hiring_initiative"  ("name") `);
    await q.query(`CREATE INDEX "hiring_initiative_created_idx" ON "hiring_initiative"  ("created_at", "id") `);
    await q.query(
      `CREATE TABLE "hiring_target" ("updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "work_role_id" uuid, "positions" integer NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2ef51b94b4bbb381eb607957a5d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "hiring_target_agency_idx" ON "hiring_target"  ("initiative_id", "agency_id") `);
    await q.query(
      `CREATE TABLE "hiring_report" ("updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "summary" text NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_47e1653b441df23fc2772692cab" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "hiring_report_key" ON "hiring_report"  ("initiative_id", "agency_id", "kind") `,
    );
    await q.query(
      `CREATE TABLE "work_role" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(12) NOT NULL, "title" character varying(200) NOT NULL, "category" character varying(40) NOT NULL, "definition" text NOT NULL, CONSTRAINT "PK_c925a106be6926875399c50ded6" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "work_role_code_key" ON "work_role"  ("code") `);
    await q.query(
      `CREATE TABLE "opm_cyber_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(3) NOT NULL, "title" character varying(200) NOT NULL, "specialty_area" character varying(200), "description" text NOT NULL, "work_role_id" uuid, CONSTRAINT "PK_fc8067c96265e8a6c21f89cd220" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "opm_cyber_code_code_key" ON "opm_cyber_code"  ("code") `);
    await q.query(
      `CREATE TABLE "position" ("updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "pay_plan" character varying(2) NOT NULL, "series" character varying(4) NOT NULL, "grade" integer NOT NULL, "opm_codes" character varying(3) array NOT NULL, "work_role_id" uuid, "location_state" character varying(2) NOT NULL, "location_city" character varying(100) NOT NULL, "clearance" character varying(20) NOT NULL, "system_priority" character varying(30) NOT NULL, "hiring_authority" character varying(40) NOT NULL, "sensitive" boolean NOT NULL DEFAULT false, "usajobs_control_number" character varying(20), "stage" character varying(30) NOT NULL, "stage_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reannouncements" integer NOT NULL DEFAULT '0', "need_validated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "job_analysis_at" TIMESTAMP WITH TIME ZONE, "announcement_opened_at" TIMESTAMP WITH TIME ZONE, "announcement_closed_at" TIMESTAMP WITH TIME ZONE, "certificate_issued_at" TIMESTAMP WITH TIME ZONE, "selected_at" TIMESTAMP WITH TIME ZONE, "tentative_offer_at" TIMESTAMP WITH TIME ZONE, "security_suitability_at" TIMESTAMP WITH TIME ZONE, "firm_offer_at" TIMESTAMP WITH TIME ZONE, "entered_on_duty_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "applicants" integer NOT NULL DEFAULT '0', "qualified" integer NOT NULL DEFAULT '0', "referred" integer NOT NULL DEFAULT '0', "interviewed" integer NOT NULL DEFAULT '0', "selected" integer NOT NULL DEFAULT '0', "declined" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b7f483581562b4dc62ae1a5b7e2" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "position_created_idx" ON "position"  ("created_at", "id") `);
    await q.query(`CREATE INDEX "position_initiative_idx" ON "position"  ("initiative_id", "stage") `);
    await q.query(`CREATE INDEX "position_agency_idx" ON "position"  ("agency_id", "created_at", "id") `);
    await q.query(
      `ALTER TABLE "hiring_initiative" ADD CONSTRAINT "hiring_initiative_authority_fk" FOREIGN KEY ("authority_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "hiring_initiative" ADD CONSTRAINT "hiring_initiative_plan_milestone_fk" FOREIGN KEY ("plan_milestone_id") REFERENCES "milestone"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "hiring_initiative" ADD CONSTRAINT "hiring_initiative_progress_milestone_fk" FOREIGN KEY ("progress_milestone_id") REFERENCES "milestone"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "hiring_target" ADD CONSTRAINT "hiring_target_initiative_fk" FOREIGN KEY ("initiative_id") REFERENCES "hiring_initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "hiring_target" ADD CONSTRAINT "hiring_target_agency_fk" FOREIGN KEY ("agency_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "hiring_report" ADD CONSTRAINT "hiring_report_initiative_fk" FOREIGN KEY ("initiative_id") REFERENCES "hiring_initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "hiring_report" ADD CONSTRAINT "hiring_report_agency_fk" FOREIGN KEY ("agency_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "opm_cyber_code" ADD CONSTRAINT "opm_cyber_code_work_role_fk" FOREIGN KEY ("work_role_id") REFERENCES "work_role"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "position" ADD CONSTRAINT "position_agency_fk" FOREIGN KEY ("agency_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "position" ADD CONSTRAINT "position_initiative_fk" FOREIGN KEY ("initiative_id") REFERENCES "hiring_initiative"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "position" ADD CONSTRAINT "position_work_role_fk" FOREIGN KEY ("work_role_id") REFERENCES "work_role"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    const roles = (JSON.parse(fs.readFileSync(niceDataFile('work-roles-v2.json'), 'utf8')) as { workRoles: RoleRow[] })
      .workRoles;
    const codes = (JSON.parse(fs.readFileSync(niceDataFile('opm-codes.json'), 'utf8')) as { codes: CodeRow[] }).codes;
    await q.query(
      `INSERT INTO work_role (code, title, category, definition)
       SELECT r->>'id', r->>'title', r->>'category', r->>'definition' FROM jsonb_array_elements($1::jsonb) r`,
      [JSON.stringify(roles.map((r) => ({ ...r, category: CATEGORY[r.category] })))],
    );
    const roleOf = new Map(roles.flatMap((r) => r.opmCodes.map((c) => [c, r.id] as const)));
    await q.query(
      `INSERT INTO opm_cyber_code (code, title, specialty_area, description, work_role_id)
       SELECT c->>'code', c->>'title', c->>'specialtyArea', c->>'description', wr.id
       FROM jsonb_array_elements($1::jsonb) c LEFT JOIN work_role wr ON wr.code = c->>'role'`,
      [JSON.stringify(codes.map((c) => ({ ...c, role: roleOf.get(c.code) ?? null })))],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "position"`);
    await q.query(`DROP TABLE "hiring_report"`);
    await q.query(`DROP TABLE "hiring_target"`);
    await q.query(`DROP TABLE "hiring_initiative"`);
    await q.query(`DROP TABLE "opm_cyber_code"`);
    await q.query(`DROP TABLE "work_role"`);
  }
}
