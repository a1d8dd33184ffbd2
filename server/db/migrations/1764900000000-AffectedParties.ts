import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Affected parties named on clearinghouse entries (they see embargoed and AMBER entries). */
export class AffectedParties1764900000000 implements MigrationInterface {
  name = 'AffectedParties1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "clearinghouse_entry" ADD "affected_party_ids" uuid array NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "clearinghouse_entry" DROP COLUMN "affected_party_ids"`);
  }
}
