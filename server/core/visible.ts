// The one way objects are loaded by id: batched per request, under the viewer's visibility condition in SQL.
// Anything the viewer may not see comes back as null, exactly like an id that does not exist.
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from './context';
import type { Condition } from './policy';

export function visibleById<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  name: string,
  target: EntityTarget<T>,
  alias: string,
  condition: Condition,
) {
  return ctx.loaders.get<string, T | null>(name, async (ids) => {
    const rows = await ctx.db
      .getRepository(target)
      .createQueryBuilder(alias)
      .where(`${alias}.id = ANY(CAST(:ids AS uuid[]))`, { ids: [...ids] })
      .andWhere(condition.sql, condition.params)
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
