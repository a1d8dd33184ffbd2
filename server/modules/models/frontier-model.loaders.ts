import type { RequestContext } from '../../core/context';
import { policy } from '../../core/policy';
import { FrontierModel } from './frontier-model.entity';

/** Models by uuid, visible to the viewer only. */
export function frontierModelLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, FrontierModel | null>('frontierModelById', async (ids) => {
    const c = policy.frontierModel(ctx.viewer, 'm');
    const rows = await ctx.db
      .getRepository(FrontierModel)
      .createQueryBuilder('m')
      .where('m.id IN (:...ids)', { ids: [...ids] })
      .andWhere(c.sql, c.params)
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
