import type { RequestContext } from '../../core/context';
import { visibleById } from '../../core/visible';
import { policy } from '../../core/policy';
import { User } from './user.entity';

/** Users by uuid, visible to the viewer only. */
export function userLoader(ctx: RequestContext) {
  return visibleById(ctx, 'userById', User, 'u', policy.user(ctx.viewer, 'u'));
}
