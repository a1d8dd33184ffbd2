import type { RequestContext } from '../../core/context';
import { policy } from '../../core/policy';
import { Organization } from './organization.entity';

/** Organizations by uuid, visible to the viewer only (others resolve to null). */
export function organizationLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, Organization | null>('organizationById', async (ids) => {
    const c = policy.organization(ctx.viewer, 'o');
    const rows = await ctx.db
      .getRepository(Organization)
      .createQueryBuilder('o')
      .where('o.id IN (:...ids)', { ids: [...ids] })
      .andWhere(c.sql, c.params)
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
