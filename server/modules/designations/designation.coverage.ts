// A model's coverage is derived from the designation cases the viewer may see, in SQL: the latest decided
// case wins; otherwise an open case means UNDER_ASSESSMENT; otherwise UNDETERMINED. A developer never learns
// of an assessment the government has kept confidential, not even through its model's coverage.
import type { RequestContext } from '../../core/context';
import type { Condition } from '../../core/policy';
import { policy } from '../../core/policy';
import type { Viewer } from '../../core/viewer';
import { Coverage } from '../models/frontier-model.entity';

export function coverageExpression(viewer: Viewer, modelAlias: string): Condition {
  const decided = policy.designation(viewer, 'cdd');
  const open = policy.designation(viewer, 'cdo');
  return {
    sql: `COALESCE(
      (SELECT cdd.status FROM designation cdd WHERE cdd.model_id = ${modelAlias}.id AND cdd.status IN ('COVERED', 'NOT_COVERED') AND ${decided.sql}
        ORDER BY cdd.decided_at DESC, cdd.id DESC LIMIT 1),
      CASE WHEN EXISTS (SELECT 1 FROM designation cdo WHERE cdo.model_id = ${modelAlias}.id
        AND cdo.status IN ('OPEN', 'BENCHMARKING', 'PROPOSED_COVERED', 'PROPOSED_NOT_COVERED') AND ${open.sql})
        THEN 'UNDER_ASSESSMENT' ELSE 'UNDETERMINED' END)`,
    params: { ...decided.params, ...open.params },
  };
}

/** Coverage of models by uuid, as the viewer may know it; one statement per batch. */
export function coverageLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, Coverage>('modelCoverage', async (ids) => {
    const expr = coverageExpression(ctx.viewer, 'm');
    const rows: { id: string; coverage: Coverage }[] = await ctx.db
      .createQueryBuilder()
      .select('m.id', 'id')
      .addSelect(expr.sql, 'coverage')
      .from('frontier_model', 'm')
      .where('m.id IN (:...ids)', { ids: [...ids] })
      .setParameters(expr.params)
      .getRawMany();
    const byId = new Map(rows.map((r) => [r.id, r.coverage]));
    return ids.map((id) => byId.get(id) ?? Coverage.UNDETERMINED);
  });
}
