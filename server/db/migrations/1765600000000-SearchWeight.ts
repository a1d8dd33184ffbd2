import type { MigrationInterface, QueryRunner } from 'typeorm';

// An entry's search weight: how much it matters whatever the query (known exploited, then severity, then CVSS
// score, then recency). A broad search walks entries in this order through a btree index instead of ranking every
// match (entry.service.ts, README "Search").
const WEIGHT = `(CASE WHEN NEW.known_exploited THEN 1000 ELSE 0 END)
  + (CASE NEW.severity WHEN 'CRITICAL' THEN 400 WHEN 'HIGH' THEN 300 WHEN 'MEDIUM' THEN 200 WHEN 'LOW' THEN 100 ELSE 0 END)
  + 5 * coalesce(NEW.cvss_score, 0)::float8
  + extract(epoch FROM coalesce(NEW.published_at, NEW.created_at, now()))::float8 / 1e10`;

/** A precomputed search weight per entry, kept by the search trigger, and its index. */
export class SearchWeight1765600000000 implements MigrationInterface {
  name = 'SearchWeight1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "clearinghouse_entry" ADD "search_weight" double precision NOT NULL DEFAULT 0`);
    await q.query(`CREATE OR REPLACE FUNCTION clearinghouse_entry_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search := setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A')
          || setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B')
          || setweight(to_tsvector('english', coalesce(NEW.details, '')), 'C');
        NEW.search_weight := ${WEIGHT};
        RETURN NEW;
      END $$`);
    await q.query(`DROP TRIGGER clearinghouse_entry_search ON "clearinghouse_entry"`);
    await q.query(`CREATE TRIGGER clearinghouse_entry_search BEFORE INSERT OR UPDATE OF title, summary, details, known_exploited, severity, cvss_score, published_at ON "clearinghouse_entry"
      FOR EACH ROW EXECUTE FUNCTION clearinghouse_entry_search()`);
    await q.query(`UPDATE "clearinghouse_entry" SET search_weight = ${WEIGHT.replaceAll('NEW.', '')}`);
    await q.query(`CREATE INDEX "entry_search_weight_idx" ON "clearinghouse_entry" ("search_weight", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "entry_search_weight_idx"`);
    await q.query(`DROP TRIGGER clearinghouse_entry_search ON "clearinghouse_entry"`);
    await q.query(`CREATE TRIGGER clearinghouse_entry_search BEFORE INSERT OR UPDATE OF title, summary, details ON "clearinghouse_entry"
      FOR EACH ROW EXECUTE FUNCTION clearinghouse_entry_search()`);
    await q.query(`ALTER TABLE "clearinghouse_entry" DROP COLUMN "search_weight"`);
  }
}
