import { defineModule } from '../../core/module';
import { timelineOf } from '../timeline/timeline.resolver';
import { ReviewFinding } from './review-finding.entity';
import { ReviewWindow } from './review-window.entity';
import { reviewFindingLoader, reviewWindowLoader } from './review-window.loaders';
import { ModelReviewWindowsResolver, ReviewFindingResolver, ReviewWindowResolver } from './review-window.resolver';
import { modelReleased, plannedReleaseMoved } from '../models/frontier-model.hooks';
import { FINDINGS_OF_WINDOW, reviewWindowService, WINDOWS, WINDOWS_OF_MODEL } from './review-window.service';
import { reviewWindowsPolicy } from './review-window.policy';

export const reviewWindowsModule = defineModule({
  name: 'review-windows',
  policy: reviewWindowsPolicy,
  entities: [ReviewWindow, ReviewFinding],
  resolvers: [
    ReviewWindowResolver,
    ReviewFindingResolver,
    ModelReviewWindowsResolver,
    timelineOf(ReviewWindow, 'The window timeline, oldest first.'),
    timelineOf(ReviewFinding, 'The finding timeline, oldest first.'),
  ],
  nodes: [
    { type: 'ReviewWindow', load: (ctx, id) => reviewWindowLoader(ctx).load(id) },
    { type: 'ReviewFinding', load: (ctx, id) => reviewFindingLoader(ctx).load(id) },
  ],
  hooks: [
    // A release closes the model's open windows as RELEASED; a moved release date moves them with it.
    modelReleased.handle((tx, { modelId }) => reviewWindowService.closeOnRelease(tx, modelId)),
    plannedReleaseMoved.handle((tx, { modelId, plannedReleaseAt }) =>
      reviewWindowService.followPlannedRelease(tx, modelId, plannedReleaseAt),
    ),
  ],
  reads: {
    lists: {
      'Query.reviewWindows': WINDOWS,
      'ReviewWindow.findings': FINDINGS_OF_WINDOW,
      'FrontierModel.reviewWindows': WINDOWS_OF_MODEL,
    },
  },
});
