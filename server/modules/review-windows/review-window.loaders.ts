import type { RequestContext } from '../../core/context';
import { policy } from '../../core/policy';
import { ReviewFinding } from './review-finding.entity';
import { ReviewWindow } from './review-window.entity';

export function reviewWindowLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, ReviewWindow | null>('reviewWindowById', async (ids) => {
    const c = policy.reviewWindow(ctx.viewer, 'w');
    const rows = await ctx.db.getRepository(ReviewWindow).createQueryBuilder('w').where('w.id IN (:...ids)', { ids: [...ids] }).andWhere(c.sql, c.params).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export function reviewFindingLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, ReviewFinding | null>('reviewFindingById', async (ids) => {
    const c = policy.reviewFinding(ctx.viewer, 'f');
    const rows = await ctx.db.getRepository(ReviewFinding).createQueryBuilder('f').where('f.id IN (:...ids)', { ids: [...ids] }).andWhere(c.sql, c.params).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
