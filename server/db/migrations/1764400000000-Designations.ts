import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Designation cases (benchmark results, developer responses), voluntary pre-release review windows and their
 * findings, and the shared timeline of lifecycle events. A model's coverage is now derived from its cases
 * (per viewer, in SQL), so the stored column goes.
 */
export class Designations1764400000000 implements MigrationInterface {
  name = 'Designations1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "timeline_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_user_id" uuid, "actor_organization_id" uuid, "action" character varying(60) NOT NULL, "from_status" character varying(40), "to_status" character varying(40) NOT NULL, "note" text, "government_only" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_8f5a66cd7151d78a419da3a3375" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "timeline_event_subject_idx" ON "timeline_event" ("subject_id", "seq") `);
    await q.query(
      `CREATE TABLE "designation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "model_id" uuid NOT NULL, "basis" character varying(24) NOT NULL, "lead_agency_id" uuid NOT NULL, "status" character varying(24) NOT NULL, "question" text, "proposed_at" TIMESTAMP WITH TIME ZONE, "developer_notified_at" TIMESTAMP WITH TIME ZONE, "response_window_days" integer NOT NULL DEFAULT '14', "decided_at" TIMESTAMP WITH TIME ZONE, "rationale" text, "reassessment_of_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_8c84a3c335a852ff2d426cb0112" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "designation_status_idx" ON "designation" ("status", "created_at", "id") `);
    await q.query(`CREATE INDEX "designation_model_idx" ON "designation" ("model_id", "created_at", "id") `);
    await q.query(
      `CREATE TABLE "benchmark_result" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "designation_id" uuid NOT NULL, "suite" character varying(120) NOT NULL, "suite_version" character varying(40) NOT NULL, "score" double precision NOT NULL, "threshold" double precision NOT NULL, "evaluated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "classified_reference" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_53030cfec58b381232c11233560" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "benchmark_result_designation_idx" ON "benchmark_result" ("designation_id", "evaluated_at", "id") `,
    );
    await q.query(
      `CREATE TABLE "designation_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "designation_id" uuid NOT NULL, "position" character varying(10) NOT NULL, "arguments" text NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_by_id" uuid, CONSTRAINT "PK_3eccc55eb279b2eb7e12ce6ba28" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "designation_response_designation_idx" ON "designation_response" ("designation_id", "submitted_at", "id") `,
    );
    await q.query(
      `CREATE TABLE "review_window" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "model_id" uuid NOT NULL, "planned_release_at" TIMESTAMP WITH TIME ZONE NOT NULL, "access_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL, "closed_reason" character varying(24), "reviewing_agency_ids" uuid array NOT NULL, "access_terms" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_6f121b394bde8fa25aa5d94bb6d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "review_window_status_idx" ON "review_window" ("status", "planned_release_at", "id") `);
    await q.query(`CREATE INDEX "review_window_model_idx" ON "review_window" ("model_id", "created_at", "id") `);
    await q.query(
      `CREATE TABLE "review_finding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "window_id" uuid NOT NULL, "filed_by_agency_id" uuid NOT NULL, "filed_by_user_id" uuid, "title" character varying(200) NOT NULL, "category" character varying(80) NOT NULL, "severity" character varying(10) NOT NULL, "description" text NOT NULL, "status" character varying(16) NOT NULL, "marking" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_c081e82ec2a32cee787cab22067" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "review_finding_window_idx" ON "review_finding" ("window_id", "created_at", "id") `);
    await q.query(`ALTER TABLE "frontier_model" DROP COLUMN "coverage"`);
    await q.query(
      `ALTER TABLE "designation" ADD CONSTRAINT "designation_model_fk" FOREIGN KEY ("model_id") REFERENCES "frontier_model"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "designation" ADD CONSTRAINT "designation_lead_agency_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "designation" ADD CONSTRAINT "designation_reassessment_of_fk" FOREIGN KEY ("reassessment_of_id") REFERENCES "designation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "benchmark_result" ADD CONSTRAINT "benchmark_result_designation_fk" FOREIGN KEY ("designation_id") REFERENCES "designation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "designation_response" ADD CONSTRAINT "designation_response_designation_fk" FOREIGN KEY ("designation_id") REFERENCES "designation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "review_window" ADD CONSTRAINT "review_window_model_fk" FOREIGN KEY ("model_id") REFERENCES "frontier_model"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "review_finding" ADD CONSTRAINT "review_finding_window_fk" FOREIGN KEY ("window_id") REFERENCES "review_window"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "review_finding" ADD CONSTRAINT "review_finding_agency_fk" FOREIGN KEY ("filed_by_agency_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "frontier_model" ADD "coverage" character varying(20) NOT NULL DEFAULT 'UNDETERMINED'`);
    for (const table of [
      'review_finding',
      'review_window',
      'designation_response',
      'benchmark_result',
      'designation',
      'timeline_event',
    ]) {
      await q.query(`DROP TABLE "${table}" CASCADE`);
    }
  }
}
