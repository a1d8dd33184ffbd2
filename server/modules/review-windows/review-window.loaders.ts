import type { RequestContext } from '../../core/context';
import { visibleById } from '../../core/visible';
import { policy } from '../../core/policy';
import { ReviewFinding } from './review-finding.entity';
import { ReviewWindow } from './review-window.entity';

export function reviewWindowLoader(ctx: RequestContext) {
  return visibleById(ctx, 'reviewWindowById', ReviewWindow, 'w', policy.reviewWindow(ctx.viewer, 'w'));
}

export function reviewFindingLoader(ctx: RequestContext) {
  return visibleById(ctx, 'reviewFindingById', ReviewFinding, 'f', policy.reviewFinding(ctx.viewer, 'f'));
}
