import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reference URLs on clearinghouse entries: a KEV catalog's notes land here. */
export class KevCatalog1765400000000 implements MigrationInterface {
  name = 'KevCatalog1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "clearinghouse_entry" ADD "reference_urls" text array NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "clearinghouse_entry" DROP COLUMN "reference_urls"`);
  }
}
