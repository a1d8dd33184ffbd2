// Raw SQL with named parameters (`:name`, arrays expanded by TypeORM's driver), for the statements a query
// builder would only obscure: set-based inserts, window counts, aggregates.
import type { DataSource, EntityManager, ReplicationMode } from 'typeorm';

export function rawQuery<T = Record<string, unknown>>(
  db: DataSource | EntityManager,
  sql: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const driver = 'driver' in db ? db.driver : (db as EntityManager).connection.driver;
  const [query, values] = driver.escapeQueryWithParameters(sql, params);
  return db.query(query, values);
}

/**
 * A raw read routed as query builders route theirs: to a read replica when the request may read one
 * (db/read-routing.ts), else the primary; inside a transaction, the transaction's connection.
 */
export async function readQuery<T = Record<string, unknown>>(
  db: EntityManager,
  sql: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  if (db.queryRunner) return rawQuery<T>(db, sql, params);
  const source = db.connection;
  const [query, values] = source.driver.escapeQueryWithParameters(sql, params);
  const mode: ReplicationMode = source.defaultReplicationModeForReads();
  const runner = source.createQueryRunner(mode);
  try {
    return await runner.query(query, values);
  } finally {
    await runner.release();
  }
}

/** Whether an error is PostgreSQL's unique violation (optionally of one constraint). */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; driverError?: { code?: string; constraint?: string }; constraint?: string };
  const code = err?.driverError?.code ?? err?.code;
  if (code !== '23505') return false;
  return !constraint || (err.driverError?.constraint ?? err.constraint) === constraint;
}

/** Locks one row until the transaction ends (serializes moves that depend on it, e.g. one open case per model). */
export async function lockRow(db: EntityManager, table: string, id: string): Promise<void> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  await db.query(`SELECT id FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
}

/** SQL for a row's next version, for set-based statements that change many rows at once (e.g. a KEV import). */
export const nextVersion = (alias: string) => `${alias}.version + 1`;
