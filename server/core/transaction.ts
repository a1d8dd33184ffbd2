// Every mutation runs through here: one transaction holding the change and its audit link.
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { appendAudit } from './audit';
import type { RequestContext } from './context';
import { Loaders } from './loaders';
import { StaleVersionError } from './errors';
import { assertVisible } from './permissions';

export interface MutationResult<T> {
  result: T;
  /** Global ids of the objects touched, for the audit chain. */
  subjects: string[];
}

/**
 * Runs `work` in one transaction with its audit link. The work receives a transaction-scoped context: its `db` is
 * the transaction's manager and its loaders are fresh, so whatever the work loads or queries through the context
 * runs in the transaction (on the embedded database's single connection, a query outside it would wait forever).
 */
export async function mutate<T>(
  ctx: RequestContext,
  action: string,
  work: (tx: RequestContext) => Promise<MutationResult<T>>,
): Promise<T> {
  return ctx.db.transaction(async (manager) => {
    const tx: RequestContext = { ...ctx, db: manager, loaders: new Loaders() };
    const { result, subjects } = await work(tx);
    await appendAudit(tx, manager, action, subjects);
    return result;
  });
}

/**
 * UPDATE ... WHERE id = $1 AND version = $2, because TypeORM's save()/update() ignore version checks. The caller
 * has loaded the row under its visibility first; here a row gone since is NOT_FOUND and a stale version CONFLICT
 * (naming the version it now has).
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (!result.affected) {
    const current = await manager.getRepository(target).findOne({ where: { id } as never });
    assertVisible(current);
    throw new StaleVersionError(expectedVersion, (current as unknown as { version: number }).version);
  }
  return manager.getRepository(target).findOneOrFail({ where: { id } as never });
}

/** UPDATE ... SET values, version + 1 WHERE `where`: a set-based change to many rows (e.g. every delivery of a withdrawn advisory). */
export function updateManyVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  where: string,
  params: Record<string, unknown>,
  values: Record<string, unknown>,
) {
  return manager
    .createQueryBuilder()
    .update(target)
    .set({ ...values, version: () => 'version + 1' } as never)
    .where(where, params)
    .execute();
}
