import type { RequestContext } from '../../core/context';
import { visibleById } from '../../core/visible';
import { policy } from '../../core/policy';
import { Organization } from './organization.entity';

/** Organizations by uuid, visible to the viewer only (others resolve to null). */
export function organizationLoader(ctx: RequestContext) {
  return visibleById<Organization>(ctx, 'organizationById', Organization, 'o', policy.organization(ctx.viewer, 'o'));
}
