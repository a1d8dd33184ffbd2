import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AI cyber-defense tools offered by developers, and recipients' grants of their seats. */
export class DefenseTools1764700000000 implements MigrationInterface {
  name = 'DefenseTools1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "defense_tool" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "developer_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL, "capabilities" character varying array NOT NULL, "eligibility" jsonb NOT NULL, "seats" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_1c51e9a67c195e57300370b9012" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "defense_tool_developer_idx" ON "defense_tool" ("developer_id", "created_at", "id")`);
    await q.query(
      `CREATE TABLE "tool_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tool_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "status" character varying(12) NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_a9d6218a693c25447041229c5e4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "tool_grant_recipient_idx" ON "tool_grant" ("recipient_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "tool_grant_tool_idx" ON "tool_grant" ("tool_id", "status")`);
    await q.query(
      `ALTER TABLE "defense_tool" ADD CONSTRAINT "defense_tool_developer_fk" FOREIGN KEY ("developer_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "tool_grant" ADD CONSTRAINT "tool_grant_tool_fk" FOREIGN KEY ("tool_id") REFERENCES "defense_tool"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "tool_grant" ADD CONSTRAINT "tool_grant_recipient_fk" FOREIGN KEY ("recipient_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // One open grant per recipient and tool.
    await q.query(
      `CREATE UNIQUE INDEX "tool_grant_open_key" ON "tool_grant" ("tool_id", "recipient_id") WHERE status IN ('REQUESTED', 'APPROVED', 'PROVISIONED')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "tool_grant" CASCADE`);
    await q.query(`DROP TABLE "defense_tool" CASCADE`);
  }
}
