import type { RequestContext } from '../../core/context';
import { visibleById } from '../../core/visible';
import { policy } from '../../core/policy';
import { FrontierModel } from './frontier-model.entity';

/** Models by uuid, visible to the viewer only. */
export function frontierModelLoader(ctx: RequestContext) {
  return visibleById(ctx, 'frontierModelById', FrontierModel, 'm', policy.frontierModel(ctx.viewer, 'm'));
}
