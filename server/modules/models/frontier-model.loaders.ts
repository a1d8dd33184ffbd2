import type { RequestContext } from '../../core/context';
import { visibleById } from '../../core/visible';
import { policy } from '../../core/policy';
import { Coverage, FrontierModel } from './frontier-model.entity';

/** Models by uuid, visible to the viewer only. */
export function frontierModelLoader(ctx: RequestContext) {
  return visibleById(ctx, 'frontierModelById', FrontierModel, 'm', policy.frontierModel(ctx.viewer, 'm'));
}

/** Coverage of models by uuid, as the viewer may know it (policy.coverage); one statement per batch. */
export function coverageLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, Coverage>('modelCoverage', async (ids) => {
    const expr = policy.coverage(ctx.viewer, 'm');
    const rows: { id: string; coverage: Coverage }[] = await ctx.db
      .createQueryBuilder()
      .select('m.id', 'id')
      .addSelect(expr.sql, 'coverage')
      .from('frontier_model', 'm')
      .where('m.id = ANY(CAST(:ids AS uuid[]))', { ids: [...ids] })
      .setParameters(expr.params)
      .getRawMany();
    const byId = new Map(rows.map((r) => [r.id, r.coverage]));
    return ids.map((id) => byId.get(id) ?? Coverage.UNDETERMINED);
  });
}
