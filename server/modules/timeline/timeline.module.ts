import { defineModule } from '../../core/module';
import { TimelineEventResolver } from './timeline.resolver';
import { timelineService } from './timeline.service';
import { timelinePolicy } from './timeline.policy';

/** Timeline reads (the entity lives in core/, which records every move). */
export const timelineModule = defineModule({
  name: 'timeline',
  policy: timelinePolicy,
  resolvers: [TimelineEventResolver],
  nodes: [{ type: 'TimelineEvent', load: (ctx, id, resolve) => timelineService.byId(ctx, id, resolve) }],
});
