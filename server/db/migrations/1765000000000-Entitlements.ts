import type { MigrationInterface, QueryRunner } from 'typeorm';

const GOVERNMENT = `ARRAY['DESIGNATION_AUTHORITY','CLEARINGHOUSE_OPERATOR','DIRECTIVE_ISSUER']::varchar[]`;
const NOT_GOVERNMENT = (alias: string) =>
  `NOT (${alias}.kind = 'GOVERNMENT_AGENCY' AND COALESCE(${alias}.capabilities, '{}') && ${GOVERNMENT})`;
const WITHOUT = (expr: string, roles: string[]) => roles.reduce((acc, r) => `array_remove(${acc}, '${r}')`, expr);
const OR_MEMBER = (expr: string) =>
  `CASE WHEN cardinality(${expr}) = 0 THEN ARRAY['MEMBER']::varchar[] ELSE ${expr} END`;

/** Brings every user and key within the role ceilings; safe to run again (it changes only rows above them). */
export async function repairRoleCeilings(q: { query(sql: string): Promise<unknown> }): Promise<void> {
  const userRoles = WITHOUT('u.roles', ['ANALYST', 'PLATFORM_ADMIN']);
  await q.query(`UPDATE user_account u SET roles = ${OR_MEMBER(userRoles)}, version = u.version + 1
    FROM organization o WHERE o.id = u.organization_id AND u.roles && ARRAY['ANALYST','PLATFORM_ADMIN']::varchar[] AND ${NOT_GOVERNMENT('o')}`);
  const keyRoles = WITHOUT('k.roles', ['ANALYST', 'PLATFORM_ADMIN']);
  await q.query(`UPDATE api_key k SET roles = ${OR_MEMBER(keyRoles)}
    FROM organization o WHERE o.id = k.organization_id AND k.roles && ARRAY['ANALYST','PLATFORM_ADMIN']::varchar[] AND ${NOT_GOVERNMENT('o')}`);
  await q.query(
    `UPDATE api_key SET roles = ${OR_MEMBER(WITHOUT('roles', ['PLATFORM_ADMIN']))} WHERE 'PLATFORM_ADMIN' = ANY(roles)`,
  );
}

/**
 * Role ceilings (server/modules/users/role-ceiling.ts) applied to existing rows: ANALYST and PLATFORM_ADMIN only
 * in agencies with a government capability, never PLATFORM_ADMIN on a key. Emails are unique per organization
 * (a clash elsewhere must not reveal that account). A CVE already held by an entry the reporter cannot see is
 * a new report linked as a possible duplicate.
 */
export class Entitlements1765000000000 implements MigrationInterface {
  name = 'Entitlements1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await repairRoleCeilings(q);

    await q.query(`DROP INDEX "user_account_email_key"`);
    await q.query(`CREATE UNIQUE INDEX "user_account_org_email_key" ON "user_account" ("organization_id", "email")`);
    await q.query(`CREATE INDEX "user_account_email_idx" ON "user_account" ("email", "created_at", "id")`);

    await q.query(`ALTER TABLE "clearinghouse_entry" ADD "possible_duplicate_of_id" uuid`);
    await q.query(`DROP INDEX "entry_cve_key"`);
    await q.query(
      `CREATE UNIQUE INDEX "entry_cve_key" ON "clearinghouse_entry" ("cve") WHERE cve IS NOT NULL AND possible_duplicate_of_id IS NULL`,
    );
    await q.query(`CREATE INDEX "entry_cve_idx" ON "clearinghouse_entry" ("cve")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "entry_cve_idx"`);
    await q.query(`DROP INDEX "entry_cve_key"`);
    await q.query(`CREATE UNIQUE INDEX "entry_cve_key" ON "clearinghouse_entry" ("cve") WHERE cve IS NOT NULL`);
    await q.query(`ALTER TABLE "clearinghouse_entry" DROP COLUMN "possible_duplicate_of_id"`);
    await q.query(`DROP INDEX "user_account_email_idx"`);
    await q.query(`DROP INDEX "user_account_org_email_key"`);
    await q.query(`CREATE UNIQUE INDEX "user_account_email_key" ON "user_account" ("email")`);
  }
}
