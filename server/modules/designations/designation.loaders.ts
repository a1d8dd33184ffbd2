import type { RequestContext } from '../../core/context';
import { visibleById } from '../../core/visible';
import { policy } from '../../core/policy';
import { Designation } from './designation.entity';
import { DesignationResponse } from './designation-response.entity';

/** Cases by uuid, visible to the viewer only. */
export function designationLoader(ctx: RequestContext) {
  return visibleById(ctx, 'designationById', Designation, 'd', policy.designation(ctx.viewer, 'd'));
}

/** How many responses each case has (for `responseOverdue`). */
export function responseCountLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, number>('designationResponseCount', async (ids) => {
    const rows: { id: string; n: string }[] = await ctx.db
      .getRepository(DesignationResponse)
      .createQueryBuilder('r')
      .select('r.designation_id', 'id')
      .addSelect('count(*)', 'n')
      .where('r.designation_id = ANY(CAST(:ids AS uuid[]))', { ids: [...ids] })
      .groupBy('r.designation_id')
      .getRawMany();
    const byId = new Map(rows.map((r) => [r.id, Number(r.n)]));
    return ids.map((id) => byId.get(id) ?? 0);
  });
}
