import type { RequestContext } from '../../core/context';
import { visibleById } from '../../core/visible';
import { policy } from '../../core/policy';
import { ClearinghouseEntry } from './entry.entity';

/** Entries by uuid, visible to the viewer only (TLP, embargo and publication applied in SQL). */
export function entryLoader(ctx: RequestContext) {
  return visibleById(ctx, 'entryById', ClearinghouseEntry, 'e', policy.entry(ctx.viewer, 'e', ctx.clock.now()));
}
