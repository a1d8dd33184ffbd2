import type { RequestContext } from '../../core/context';
import { policy } from '../../core/policy';
import { User } from './user.entity';

/** Users by uuid, visible to the viewer only. */
export function userLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, User | null>('userById', async (ids) => {
    const c = policy.user(ctx.viewer, 'u');
    const rows = await ctx.db
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.id IN (:...ids)', { ids: [...ids] })
      .andWhere(c.sql, c.params)
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
