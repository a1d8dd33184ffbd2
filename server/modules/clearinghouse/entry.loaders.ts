import type { RequestContext } from '../../core/context';
import { policy } from '../../core/policy';
import { ClearinghouseEntry } from './entry.entity';

/** Entries by uuid, visible to the viewer only (TLP, embargo and publication applied in SQL). */
export function entryLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, ClearinghouseEntry | null>('entryById', async (ids) => {
    const c = policy.entry(ctx.viewer, 'e', ctx.clock.now());
    const rows = await ctx.db.getRepository(ClearinghouseEntry).createQueryBuilder('e').where('e.id IN (:...ids)', { ids: [...ids] }).andWhere(c.sql, c.params).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
