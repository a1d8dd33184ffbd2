import { defineModule } from '../../core/module';
import { timelineOf } from '../timeline/timeline.resolver';
import { ReviewFinding } from './review-finding.entity';
import { ReviewWindow } from './review-window.entity';
import { reviewFindingLoader, reviewWindowLoader } from './review-window.loaders';
import { ReviewFindingResolver, ReviewWindowResolver } from './review-window.resolver';
import { FINDINGS_OF_WINDOW, WINDOWS } from './review-window.service';

export const reviewWindowsModule = defineModule({
  name: 'review-windows',
  entities: [ReviewWindow, ReviewFinding],
  resolvers: [
    ReviewWindowResolver,
    ReviewFindingResolver,
    timelineOf(ReviewWindow, 'The window timeline, oldest first.'),
    timelineOf(ReviewFinding, 'The finding timeline, oldest first.'),
  ],
  nodes: [
    { type: 'ReviewWindow', load: (ctx, id) => reviewWindowLoader(ctx).load(id) },
    { type: 'ReviewFinding', load: (ctx, id) => reviewFindingLoader(ctx).load(id) },
  ],
  reads: { lists: { 'Query.reviewWindows': WINDOWS, 'ReviewWindow.findings': FINDINGS_OF_WINDOW } },
});
