import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations, users, API keys, frontier models, the audit chain and idempotency records. */
export class Platform1764331200000 implements MigrationInterface {
  name = 'Platform1764331200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(
      `CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "slug" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "acronym" character varying(16), "capabilities" character varying array, "website" character varying(300), "participation" character varying(16), "enrolled_at" TIMESTAMP WITH TIME ZONE, "recipient_type" character varying(32), "sector" character varying(48), "state" character(2), "county" character varying(100), "rural" boolean, "size_tier" character varying(8), "kind" character varying(32) NOT NULL, CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "organization_slug_key" ON "organization" ("slug")`);
    await q.query(`CREATE INDEX "organization_kind_name_idx" ON "organization" ("kind", "name", "id")`);
    await q.query(
      `CREATE INDEX "organization_recipient_audience_idx" ON "organization" ("recipient_type", "state", "sector", "rural")`,
    );
    await q.query(`CREATE INDEX "IDX_6adcbca2fe346f3f07750f4a40" ON "organization" ("kind")`);
    await q.query(`CREATE INDEX "organization_name_trgm_idx" ON "organization" USING gin ("name" gin_trgm_ops)`);

    await q.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "roles" character varying array NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "user_account_email_key" ON "user_account" ("email")`);
    await q.query(`CREATE INDEX "user_account_org_idx" ON "user_account" ("organization_id", "name", "id")`);

    await q.query(
      `CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by_id" uuid, "name" character varying(100) NOT NULL, "prefix" character varying(16) NOT NULL, "secret_hash" character varying(64) NOT NULL, "roles" character varying array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "api_key_prefix_key" ON "api_key" ("prefix")`);
    await q.query(`CREATE INDEX "api_key_org_idx" ON "api_key" ("organization_id", "created_at", "id")`);

    await q.query(
      `CREATE TABLE "frontier_model" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "developer_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "model_version" character varying(64) NOT NULL, "description" text, "planned_release_at" TIMESTAMP WITH TIME ZONE, "released_at" TIMESTAMP WITH TIME ZONE, "coverage" character varying(20) NOT NULL DEFAULT 'UNDETERMINED', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_aa244f7a57693f539017f9185eb" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "frontier_model_release_idx" ON "frontier_model" ("planned_release_at", "id")`);
    await q.query(
      `CREATE INDEX "frontier_model_developer_idx" ON "frontier_model" ("developer_id", "created_at", "id")`,
    );

    await q.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_user_id" uuid, "actor_api_key_id" uuid, "organization_id" uuid, "action" character varying(100) NOT NULL, "subject_ids" character varying array NOT NULL, "request_id" character varying(64) NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "audit_event_seq_key" ON "audit_event" ("seq")`);
    // The chain is append-only: the database itself refuses to change or remove a link.
    await q.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`);
    await q.query(`CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);

    await q.query(
      `CREATE TABLE "idempotency_record" ("scope" character varying(100) NOT NULL, "key" character varying(200) NOT NULL, "request_hash" character(64) NOT NULL, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43ea3d50a854b79e2f59aaad8a8" PRIMARY KEY ("scope", "key"))`,
    );

    await q.query(
      `ALTER TABLE "user_account" ADD CONSTRAINT "user_account_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "api_key" ADD CONSTRAINT "api_key_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "api_key" ADD CONSTRAINT "api_key_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "frontier_model" ADD CONSTRAINT "frontier_model_developer_fk" FOREIGN KEY ("developer_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'idempotency_record',
      'audit_event',
      'frontier_model',
      'api_key',
      'user_account',
      'organization',
    ]) {
      await q.query(`DROP TABLE "${table}" CASCADE`);
    }
    await q.query(`DROP FUNCTION audit_event_append_only()`);
  }
}
